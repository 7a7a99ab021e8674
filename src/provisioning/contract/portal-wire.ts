// What the portal's browser code and its server must spell the same way on the wire between
// them (not Net3's wire: that is provision-customer-model.ts). Both sides import these; neither
// writes them out again.

/** The header the portal's own pages send on every /api request; the server requires it on
 * anything that changes state (a cross-site form cannot set a header). */
export const PORTAL_REQUEST_HEADER = 'X-Net3-Portal';
export const PORTAL_REQUEST_HEADER_VALUE = '1';

/**
 * The errorCode of the portal's own 401 for a missing or ended session, so the browser can
 * tell "sign in again" from Net3 refusing the portal's key (ServiceStack's 'Unauthorized').
 */
export const NOT_SIGNED_IN_ERROR_CODE = 'NotSignedIn';

/**
 * One key per customer being onboarded (Stripe's convention): the same key again is answered
 * from the portal's ledger and never reaches Net3 twice.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The portal's 409 while an attempt with the same key is still on its way to Net3. */
export const IN_PROGRESS_ERROR_CODE = 'InProgress';

/** The 503 when the portal cannot record a submission: nothing was sent to Net3. */
export const LEDGER_UNAVAILABLE_ERROR_CODE = 'LedgerUnavailable';

/** Names the ledger row of a submission the portal answered, for a link to /submissions/<id>. */
export const SUBMISSION_ID_HEADER = 'X-Net3-Portal-Submission';

/**
 * On every /api answer: the id of that request in the portal's log. The browser shows it as
 * "Reference: <id>" beside every error, so a person can quote it and an operator find the line.
 */
export const REQUEST_ID_HEADER = 'X-Request-Id';
