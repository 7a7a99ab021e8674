// GET /api/auth: who is signed in to the portal (the staff session), in ServiceStack's
// AuthenticateResponse shape. Without a session the portal answers 401 (errorCode
// 'NotSignedIn'), thrown as a Net3ApiError of kind 'unauthorized'.
// Read loosely: known fields are typed, nulls dropped, anything else passed through.
import { readObject, readOptionalText, readOptionalTextList } from './read-json.ts';
import { requestPortalJson, type PortalRequestOptions } from './request-portal-json.ts';

export type AuthenticateResponse = {
  userId?: string;
  sessionId?: string;
  userName?: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  profileUrl?: string;
  roles?: string[];
  permissions?: string[];
  [property: string]: unknown;
};

const textProperties = [
  'userId',
  'sessionId',
  'userName',
  'displayName',
  'firstName',
  'lastName',
  'email',
  'profileUrl',
] as const;
const textListProperties = ['roles', 'permissions'] as const;

/** Throws (read-json.ts) when a known property has the wrong type. */
export function readAuthenticateResponse(body: unknown): AuthenticateResponse {
  const response: AuthenticateResponse = { ...readObject(body, 'AuthenticateResponse') };
  const keep = (name: string, value: unknown) => {
    if (value === undefined) delete response[name];
    else response[name] = value;
  };
  for (const name of textProperties) keep(name, readOptionalText(response[name], name));
  for (const name of textListProperties) keep(name, readOptionalTextList(response[name], name));
  return response;
}

export function getSession(opts: PortalRequestOptions = {}): Promise<AuthenticateResponse> {
  return requestPortalJson({
    method: 'GET',
    path: '/api/auth',
    readResponse: readAuthenticateResponse,
    ...opts,
  });
}
