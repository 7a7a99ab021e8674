// Staff sign-in and sign-out: POST /api/session checks the username and password with Net3
// and answers who signed in (AuthenticateResponse); the session itself stays in an HttpOnly
// cookie the browser code never sees. DELETE /api/session signs out. The password is sent
// once and kept nowhere. What a person reads when it fails is the Sign in page's choice
// (../sign-in-problems.ts).
import {
  readAuthenticateResponse,
  type AuthenticateResponse,
} from '../../provisioning/api/get-session.ts';
import {
  requestPortalJson,
  type PortalRequestOptions,
} from '../../provisioning/api/request-portal-json.ts';

export type SignInCredentials = { userName: string; password: string };

/**
 * Throws Net3ApiError: kind 'unauthorized' for a wrong username or password (whether or not
 * the user exists), 'too-many-requests' after repeated failures (the server's message says
 * how long to wait), 'validation' with fieldErrors UserName / Password when one is empty.
 */
export function signIn(
  credentials: SignInCredentials,
  opts: PortalRequestOptions = {},
): Promise<AuthenticateResponse> {
  return requestPortalJson({
    method: 'POST',
    path: '/api/session',
    body: { userName: credentials.userName, password: credentials.password },
    readResponse: readAuthenticateResponse,
    ...opts,
  });
}

/**
 * Ends the session (the portal clears its cookie), or with `everywhere` every session of the
 * person, in every browser. Throws Net3ApiError when it could not.
 */
export async function signOut(
  opts: PortalRequestOptions & { everywhere?: boolean } = {},
): Promise<void> {
  const { everywhere = false, ...requestOptions } = opts;
  await requestPortalJson({
    method: 'DELETE',
    path: everywhere ? '/api/sessions' : '/api/session',
    readResponse: (body) => body,
    ...requestOptions,
  });
}
