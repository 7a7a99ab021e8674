// The one error every portal API call throws (except a caller's own abort, which stays an
// AbortError). It carries the facts of the failure: its kind, code and HTTP status, the
// server's own message, and field errors mapped to form paths. It carries no words for a
// person: what they read is chosen by the page that shows it (steps/submit-problem.ts), for
// its audience. Its Error message is a summary for logs and developers only.

export type Net3ApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-many-requests'
  | 'server'
  | 'timeout'
  | 'network'
  | 'unexpected';

export type Net3FieldError = {
  /** As the server sent it, e.g. 'Contacts[1].Email'. */
  fieldName: string;
  /** The matching form path, e.g. 'contacts.1.email'. */
  formPath: string;
  errorCode: string;
  message: string;
};

export type Net3ApiErrorInit = {
  status: number;
  kind: Net3ApiErrorKind;
  errorCode: string;
  serverMessage?: string;
  fieldErrors?: Net3FieldError[];
  /** The answer's X-Request-Id, when an answer came. */
  requestId?: string;
  cause?: unknown;
};

/** The portal's own codes for failures that never reached (or could not read) a response. */
export const TIMEOUT_ERROR_CODE = 'Timeout';
export const NETWORK_ERROR_CODE = 'NetworkError';
/** The browser says it is offline: the request was never sent. */
export const OFFLINE_ERROR_CODE = 'Offline';
export const INVALID_RESPONSE_ERROR_CODE = 'InvalidResponse';

// Failures where sending the same request again may well succeed.
const retryableKinds: readonly Net3ApiErrorKind[] = [
  'server',
  'timeout',
  'network',
  'too-many-requests',
];

export class Net3ApiError extends Error {
  override readonly name = 'Net3ApiError';
  /** HTTP status; 0 when no response arrived (network failure, timeout). */
  readonly status: number;
  readonly kind: Net3ApiErrorKind;
  /** responseStatus.errorCode, or the portal's own code ('NetworkError', 'Timeout', ...). */
  readonly errorCode: string;
  /** responseStatus.message exactly as the server sent it, if it sent one. */
  readonly serverMessage: string | undefined;
  readonly fieldErrors: Net3FieldError[];
  /** True when offering "Try again" makes sense (5xx, 429, timeout, network). */
  readonly retryable: boolean;
  /** The portal's id for the request (X-Request-Id), shown as "Reference: <id>" to quote. */
  readonly requestId: string | undefined;

  constructor(init: Net3ApiErrorInit) {
    super(summaryOf(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.kind = init.kind;
    this.errorCode = init.errorCode;
    this.serverMessage = init.serverMessage;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryable = retryableKinds.includes(init.kind);
    this.requestId = init.requestId;
  }
}

// E.g. "forbidden (Forbidden, HTTP 403): Invalid Role"; status 0 means no answer arrived.
function summaryOf(init: Net3ApiErrorInit): string {
  const where = init.status === 0 ? 'no answer' : `HTTP ${init.status}`;
  const said = init.serverMessage ? `: ${init.serverMessage}` : '';
  return `${init.kind} (${init.errorCode}, ${where})${said}`;
}

/**
 * Maps a ServiceStack fieldName to a form path: 'Contacts[1].Email' -> 'contacts.1.email',
 * 'Customer.N3TLogins_CompanyId' -> 'customer.n3TLogins_CompanyId'. Each segment's first
 * letter is lower-cased (the DTO's camelCase names); '[i]' becomes '.i'.
 */
export function toFormPath(fieldName: string): string {
  return fieldName
    .trim()
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '')
    .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1))
    .join('.');
}
