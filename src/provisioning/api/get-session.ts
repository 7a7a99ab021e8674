// GET /api/auth: who is signed in to the portal (the staff session), in ServiceStack's
// AuthenticateResponse shape. Without a session the portal answers 401 (errorCode
// 'NotSignedIn'), thrown as a Net3ApiError of kind 'unauthorized'.
// Read loosely: known fields are typed, nulls dropped, anything else passed through.
import { z } from 'zod';
import { requestPortalJson, type PortalRequestOptions } from './request-portal-json.ts';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const optionalTextList = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? undefined);

export const authenticateResponseSchema = z.looseObject({
  userId: optionalText,
  sessionId: optionalText,
  userName: optionalText,
  displayName: optionalText,
  firstName: optionalText,
  lastName: optionalText,
  email: optionalText,
  profileUrl: optionalText,
  roles: optionalTextList,
  permissions: optionalTextList,
});

export type AuthenticateResponse = z.output<typeof authenticateResponseSchema>;

export function getSession(opts: PortalRequestOptions = {}): Promise<AuthenticateResponse> {
  return requestPortalJson({
    method: 'GET',
    path: '/api/auth',
    responseSchema: authenticateResponseSchema,
    ...opts,
  });
}
