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
