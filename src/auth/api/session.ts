// Staff sign-in and sign-out: POST /api/session checks the username and password with Net3
// and answers who signed in (AuthenticateResponse); the session itself stays in an HttpOnly
// cookie the browser code never sees. DELETE /api/session signs out. The password is sent
// once and kept nowhere.
import {
  readAuthenticateResponse,
  type AuthenticateResponse,
} from '../../provisioning/api/get-session.ts';
import { Net3ApiError } from '../../provisioning/api/net3-api-error.ts';
import {
  requestPortalJson,
  type PortalRequestOptions,
} from '../../provisioning/api/request-portal-json.ts';

export type SignInCredentials = { userName: string; password: string };

/** What the portal answers to a wrong username or password, if it sent no message itself. */
export const WRONG_CREDENTIALS_MESSAGE =
  'The username or password is not right. Check them and try again.';

/**
 * Throws Net3ApiError: kind 'unauthorized' with WRONG_CREDENTIALS_MESSAGE (whether or not the
 * user exists), 'too-many-requests' after repeated failures (its message says how long to
 * wait), 'validation' with fieldErrors UserName / Password when one is empty.
 */
export async function signIn(
  credentials: SignInCredentials,
  opts: PortalRequestOptions = {},
): Promise<AuthenticateResponse> {
  try {
    return await requestPortalJson({
      method: 'POST',
      path: '/api/session',
      body: { userName: credentials.userName, password: credentials.password },
      readResponse: readAuthenticateResponse,
      ...opts,
    });
  } catch (error) {
    // A 401 here is about the credentials typed, not about the portal's own access to Net3.
    if (error instanceof Net3ApiError && error.kind === 'unauthorized') {
      throw new Net3ApiError({
        status: error.status,
        kind: error.kind,
        errorCode: error.errorCode,
        message: error.serverMessage || WRONG_CREDENTIALS_MESSAGE,
        serverMessage: error.serverMessage,
        fieldErrors: error.fieldErrors,
        cause: error,
      });
    }
    throw error;
  }
}

/** Ends the session (the portal clears its cookie). Throws Net3ApiError when it could not. */
export async function signOut(opts: PortalRequestOptions = {}): Promise<void> {
  await requestPortalJson({
    method: 'DELETE',
    path: '/api/session',
    readResponse: (body) => body,
    ...opts,
  });
}
