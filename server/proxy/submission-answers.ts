// What the portal answers the browser, and records in the ledger, for each way a submission to
// Net3 can end. The browser never gets Net3's error body as it came (a stack trace, internals):
// the portal rebuilds ServiceStack's shape from errorCode, message and field errors only,
// reading Net3's names in any letter case (camelCase or PascalCase JSON).
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';
import type { SubmissionOutcome } from '../ledger/submission-ledger.ts';
import {
  MAY_HAVE_BEEN_CREATED,
  timeoutMessage,
  UNREACHABLE_ADVICE,
  unreachableReason,
} from './upstream-failure-answers.ts';
import type { ForwardOutcome } from './upstream-outcome.ts';

type FieldError = { errorCode: string; fieldName: string; message: string };

// Socket errors that mean the request never reached Net3: nothing can have been created.
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function portalError(
  state: SubmissionOutcome['state'],
  status: number,
  errorCode: string,
  message: string,
  errors: FieldError[] = [],
): SubmissionOutcome {
  return {
    state,
    answer: { status, body: JSON.stringify({ responseStatus: { errorCode, message, errors } }) },
    errorCode,
    errorMessage: message,
    fieldErrors: errors,
  };
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function parseJsonObject(body: Buffer | null): Record<string, unknown> | null {
  if (body === null) return null;
  try {
    return asObject(JSON.parse(body.toString('utf8').replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
}

/** ServiceStack's responseStatus, read ignoring case, keeping only what a person may see. */
export function readResponseStatus(body: Record<string, unknown> | null): {
  errorCode?: string;
  message?: string;
  errors: FieldError[];
} {
  const status = asObject(body === null ? null : readIgnoringCase(body, 'responseStatus'));
  if (status === null) return { errors: [] };
  const list = readIgnoringCase(status, 'errors');
  const errors = (Array.isArray(list) ? list : []).flatMap((item): FieldError[] => {
    const error = asObject(item);
    if (error === null) return [];
    return [
      {
        errorCode: text(readIgnoringCase(error, 'errorCode')) ?? '',
        fieldName: text(readIgnoringCase(error, 'fieldName')) ?? '',
        message: text(readIgnoringCase(error, 'message')) ?? '',
      },
    ];
  });
  return {
    errorCode: text(readIgnoringCase(status, 'errorCode')),
    message: text(readIgnoringCase(status, 'message')),
    errors,
  };
}

export function submissionOutcomeOf(ended: ForwardOutcome, timeoutMs: number): SubmissionOutcome {
  const timedOut = portalError(
    'unknown',
    504,
    'GatewayTimeout',
    timeoutMessage('submission', timeoutMs),
  );
  switch (ended.kind) {
    case 'timeout':
      return timedOut;
    case 'dropped':
      // Net3 stalled halfway through its answer and the portal cut it off: a timeout too.
      if (ended.reason === 'timeout') return timedOut;
      return portalError(
        'unknown',
        502,
        'BadGateway',
        `The connection to the Net3 API broke before its answer was complete. ${MAY_HAVE_BEEN_CREATED}`,
      );
    case 'unreachable': {
      const reason = unreachableReason(ended.code);
      if (notSentCodes.has(ended.code ?? '')) {
        return portalError(
          'refused',
          502,
          'BadGateway',
          `${reason} Nothing was sent. ${UNREACHABLE_ADVICE}`,
        );
      }
      return portalError('unknown', 502, 'BadGateway', `${reason} ${MAY_HAVE_BEEN_CREATED}`);
    }
    case 'answered':
      return answeredOutcome(ended.status, parseJsonObject(ended.body));
  }
}

function answeredOutcome(status: number, body: Record<string, unknown> | null): SubmissionOutcome {
  if (status >= 200 && status < 300) {
    if (body === null) {
      return portalError(
        'unknown',
        502,
        'BadGateway',
        `The Net3 API answered HTTP ${status} without a ProvisionCustomerResponse: check in Net3 whether the customer was created before sending it again.`,
      );
    }
    return {
      state: 'accepted',
      answer: { status, body: JSON.stringify(body) },
      net3CustomerId: text(readIgnoringCase(body, 'customerId')),
      n3TLoginsCompanyId: text(readIgnoringCase(body, 'n3TLogins_CompanyId')),
    };
  }
  const read = readResponseStatus(body);
  const errorCode = read.errorCode ?? (status >= 500 ? 'InternalServerError' : `HTTP${status}`);
  const message =
    read.message ??
    read.errors[0]?.message ??
    `The Net3 API answered HTTP ${status} without saying why.`;
  // A 5xx after the request was sent: Net3 may have created the customer before failing.
  const state = status >= 500 ? 'unknown' : 'refused';
  return portalError(state, status, errorCode, message, read.errors);
}
