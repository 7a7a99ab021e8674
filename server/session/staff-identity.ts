// Who a signed-in staff member is, and the three shapes that identity takes: read from Net3's
// AuthenticateResponse at sign-in, answered to the browser (GET /api/auth, POST /api/session)
// in the same AuthenticateResponse shape, and stamped into a submission's createdBy.
import { EMPTY_GUID, formatGuid } from '../../src/provisioning/contract/servicestack-guid.ts';
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';

export type StaffIdentity = {
  userId?: string;
  userName: string;
  displayName?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
};

export const staffIdentityKeys = [
  'userId',
  'userName',
  'displayName',
  'email',
  'firstName',
  'lastName',
] as const satisfies readonly (keyof StaffIdentity)[];

/** What the browser is told about the session: ServiceStack's AuthenticateResponse names. */
export type StaffAuthenticateResponse = StaffIdentity;

/** TypeCreatedBy as Net3 reads it (userId a 32-hex Guid). */
export type StaffCreatedBy = {
  userId?: string;
  username: string;
  email?: string;
  firstName?: string;
  lastName?: string;
};

// Upper bound for each value kept: what Net3 answers is stored in the session's row as is.
const MAX_VALUE_LENGTH = 256;

/**
 * Reads the identity from Net3's answer to POST /auth/credentials. ServiceStack's
 * AuthenticateResponse has userId, userName and displayName; email, firstName and lastName
 * are read when Net3 sends them, at the top level or in its `meta` dictionary. Property names
 * are matched ignoring case, as ServiceStack writes them either way. The user name falls back
 * to the one the person signed in with.
 */
export function identityFromAuthenticateResponse(body: unknown, signedInAs: string): StaffIdentity {
  const top = isObject(body) ? body : {};
  const metaValue = readIgnoringCase(top, 'meta');
  const meta = isObject(metaValue) ? metaValue : {};
  const text = (name: string): string | undefined => {
    for (const source of [top, meta]) {
      const value = readIgnoringCase(source, name);
      if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
      if (typeof value === 'string' && value.trim() !== '') {
        return value.trim().slice(0, MAX_VALUE_LENGTH);
      }
    }
    return undefined;
  };
  const identity: StaffIdentity = {
    userName: text('userName') ?? signedInAs.trim().slice(0, MAX_VALUE_LENGTH),
  };
  for (const key of staffIdentityKeys) {
    if (key === 'userName') continue;
    const value = text(key);
    if (value !== undefined) identity[key] = value;
  }
  return identity;
}

export function authenticateResponseOf(identity: StaffIdentity): StaffAuthenticateResponse {
  const response: StaffAuthenticateResponse = { userName: identity.userName };
  for (const key of staffIdentityKeys) {
    const value = identity[key];
    if (value !== undefined) response[key] = value;
  }
  return response;
}

/**
 * The createdBy the portal stamps into a staff submission. Names missing from the session
 * are taken from displayName ("Demo Sales" -> Demo, Sales); a userId that is not a Guid
 * (some ServiceStack user stores number their users) is left out rather than sent as one
 * Net3 would read as the empty Guid.
 */
export function createdByOf(identity: StaffIdentity): StaffCreatedBy {
  const createdBy: StaffCreatedBy = { username: identity.userName };
  const userId = identity.userId === undefined ? null : formatGuid(identity.userId);
  if (userId !== null && userId !== EMPTY_GUID) createdBy.userId = userId;
  if (identity.email !== undefined) createdBy.email = identity.email;
  const hasNames = identity.firstName !== undefined || identity.lastName !== undefined;
  const [displayFirst, ...displayRest] = (identity.displayName ?? '').split(/\s+/).filter(Boolean);
  const firstName = hasNames ? identity.firstName : displayFirst;
  const lastName = hasNames ? identity.lastName : displayRest.join(' ') || undefined;
  if (firstName !== undefined) createdBy.firstName = firstName;
  if (lastName !== undefined) createdBy.lastName = lastName;
  return createdBy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
