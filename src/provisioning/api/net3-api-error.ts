// The one error every portal API call throws (except a caller's own abort, which stays an
// AbortError). It carries what the wizard needs to act: the kind of failure, a message a
// person can act on, the server's own message, and field errors mapped to form paths.

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
  message: string;
  serverMessage?: string;
  fieldErrors?: Net3FieldError[];
  cause?: unknown;
};

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

  constructor(init: Net3ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.kind = init.kind;
    this.errorCode = init.errorCode;
    this.serverMessage = init.serverMessage;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryable = retryableKinds.includes(init.kind);
  }
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
