// The one way the browser calls the portal's own /api routes: same origin, JSON in and
// out, one attempt (never a retry: a repeated POST could provision a customer twice), a
// client timeout, and every failure turned into a Net3ApiError that says what happened
// (kind, code, status, the server's message, field errors). It chooses no words for a
// person: the page showing the failure does (steps/submit-problem.ts).
// A caller's own abort is not a failure: its AbortError is rethrown unchanged. While the
// browser says it is offline nothing is sent at all (OFFLINE_ERROR_CODE): the person is told
// at once that nothing went, instead of waiting on a request that cannot leave. Every error
// from an answer keeps the answer's X-Request-Id, the reference a person can quote.
// Every request carries X-Net3-Portal: 1, which the portal requires on anything that changes
// state: another site cannot make a browser send it (cross-site request forgery).
import {
  INVALID_RESPONSE_ERROR_CODE,
  Net3ApiError,
  NETWORK_ERROR_CODE,
  OFFLINE_ERROR_CODE,
  TIMEOUT_ERROR_CODE,
  toFormPath,
  type Net3ApiErrorInit,
  type Net3ApiErrorKind,
  type Net3FieldError,
} from './net3-api-error.ts';
import {
  PORTAL_REQUEST_HEADER,
  PORTAL_REQUEST_HEADER_VALUE,
  REQUEST_ID_HEADER,
} from '../contract/portal-wire.ts';
import { readIgnoringCase } from '../contract/read-ignoring-case.ts';
import { isJsonObject } from './read-json.ts';

/** How long a call may take, headers and body together, before it counts as a timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export type PortalRequestOptions = {
  /** Aborting it rejects the call with the signal's AbortError (not a Net3ApiError). */
  signal?: AbortSignal;
  /** Overrides DEFAULT_TIMEOUT_MS (tests use a few milliseconds). */
  timeoutMs?: number;
};

export type PortalRequest<T> = PortalRequestOptions & {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** An absolute path on the portal, e.g. '/api/auth'. */
  path: string;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
  /**
   * Reads a successful answer (an empty body is read as {}): returns what the caller gets,
   * or throws when the answer is not what it should be (see read-json.ts).
   */
  readResponse: (body: unknown, headers: Headers) => T;
};

type ResponseStatusError = { errorCode: string; fieldName: string; message: string };
type ResponseStatus = {
  errorCode?: string;
  message?: string;
  errors?: (ResponseStatusError | null)[];
};

function textOr<Fallback>(value: unknown, fallback: Fallback): string | Fallback {
  return typeof value === 'string' ? value : fallback;
}

// Read loosely: a proxy or an older server may send part of it, or junk in one field. Names in
// any letter case, as @servicestack/client reads them: a Net3 set up for PascalCase JSON
// answers `ResponseStatus`, `ErrorCode`, `FieldName`.
function readResponseStatus(body: ReadBody): ResponseStatus {
  const status =
    body.kind === 'json' && isJsonObject(body.value)
      ? readIgnoringCase(body.value, 'responseStatus')
      : undefined;
  if (!isJsonObject(status)) return {};
  const errors = readIgnoringCase(status, 'errors');
  return {
    errorCode: textOr(readIgnoringCase(status, 'errorCode'), undefined),
    message: textOr(readIgnoringCase(status, 'message'), undefined),
    errors: Array.isArray(errors)
      ? errors.map((error: unknown) =>
          isJsonObject(error)
            ? {
                errorCode: textOr(readIgnoringCase(error, 'errorCode'), ''),
                fieldName: textOr(readIgnoringCase(error, 'fieldName'), ''),
                message: textOr(readIgnoringCase(error, 'message'), ''),
              }
            : null,
        )
      : undefined,
  };
}

type ReadBody = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'not-json' };

export async function requestPortalJson<T>(request: PortalRequest<T>): Promise<T> {
  if (!navigator.onLine) {
    throw new Net3ApiError({ status: 0, kind: 'network', errorCode: OFFLINE_ERROR_CODE });
  }
  const timeoutSignal = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = request.signal ? AbortSignal.any([request.signal, timeoutSignal]) : timeoutSignal;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [PORTAL_REQUEST_HEADER]: PORTAL_REQUEST_HEADER_VALUE,
  };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, request.headers);

  let status: number;
  let bodyText: string;
  let responseHeaders = new Headers();
  try {
    const response = await fetch(portalUrl(request.path), {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
    });
    status = response.status;
    responseHeaders = response.headers;
    bodyText = await readTextUntilAborted(response, signal);
  } catch (error) {
    if (request.signal?.aborted) throw error;
    if (timeoutSignal.aborted) {
      throw new Net3ApiError({
        status: 0,
        kind: 'timeout',
        errorCode: TIMEOUT_ERROR_CODE,
        cause: error,
      });
    }
    throw new Net3ApiError({
      status: 0,
      kind: 'network',
      errorCode: NETWORK_ERROR_CODE,
      cause: error,
    });
  }

  const body = readBody(bodyText);
  const requestId = responseHeaders.get(REQUEST_ID_HEADER) ?? undefined;
  if (status < 200 || status > 299) throw errorFromResponse(status, body, requestId);
  return checkSuccessBody(
    { status, kind: 'unexpected', errorCode: INVALID_RESPONSE_ERROR_CODE, requestId },
    body,
    (value) => request.readResponse(value, responseHeaders),
  );
}

// fetch in the browser resolves '/api/...' against the page; outside a browser (jsdom
// under Node's fetch) a relative URL is refused, so resolve it against the page's origin
// explicitly. Either way the request stays on the portal's own origin.
function portalUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

// The timeout must also cover a body that stops arriving half way. A browser's fetch
// already fails the body read on abort; a mocked or polyfilled Response may not, so the
// read is raced against the signal rather than trusting every fetch to do it.
function readTextUntilAborted(response: Response, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    response
      .text()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function readBody(text: string): ReadBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'not-json' };
  }
}

function checkSuccessBody<T>(
  invalid: Net3ApiErrorInit,
  body: ReadBody,
  read: (body: unknown) => T,
): T {
  if (body.kind === 'not-json') throw new Net3ApiError(invalid);
  try {
    return read(body.kind === 'empty' ? {} : body.value);
  } catch (error) {
    throw new Net3ApiError({ ...invalid, cause: error });
  }
}

function errorFromResponse(
  status: number,
  body: ReadBody,
  requestId: string | undefined,
): Net3ApiError {
  const responseStatus = readResponseStatus(body);
  return new Net3ApiError({
    status,
    requestId,
    kind: kindOfStatus(status),
    errorCode: responseStatus.errorCode || `Http${status}`,
    serverMessage: responseStatus.message,
    fieldErrors: toFieldErrors(responseStatus),
  });
}

function toFieldErrors(responseStatus: ResponseStatus): Net3FieldError[] {
  // An entry without a fieldName cannot be placed on a field; its text is in serverMessage.
  return (responseStatus.errors ?? []).flatMap((error) =>
    error && error.fieldName.trim() !== ''
      ? [
          {
            fieldName: error.fieldName,
            formPath: toFormPath(error.fieldName),
            errorCode: error.errorCode,
            message: error.message,
          },
        ]
      : [],
  );
}

function kindOfStatus(status: number): Net3ApiErrorKind {
  if (status === 400) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too-many-requests';
  if (status >= 500) return 'server';
  return 'unexpected';
}
