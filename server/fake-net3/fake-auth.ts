// The fake's authentication, as Net3's ServiceStack does it: the API key (Bearer, or Basic with
// the key as user name) that the portal's proxy presents, GET /auth (the key's own session) and
// POST /auth/credentials (ServiceStack's CredentialsAuthProvider, with the demo users in
// demo-users.ts).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';
import { fakeNet3DemoUsers } from './demo-users.ts';
import { jsonAnswer, parseRequestJson, serviceStackError, type Answer } from './fake-http.ts';

export type FakeAuth = {
  /** Whether the Authorization header presents the fake's API key. */
  isAuthenticated(authorization: string | undefined): boolean;
  /** GET /auth with the API key: the key's own session. */
  sessionAnswer(): Answer;
  /** POST /auth/credentials {userName, password}; needs no API key, as in ServiceStack. */
  signIn(rawBody: string): Answer;
};

type DemoUser = (typeof fakeNet3DemoUsers)[number];

/** The AuthenticateResponse of a demo user, as ServiceStack answers a sign-in or GET /auth. */
function authenticateResponseOf(user: DemoUser) {
  return {
    userId: user.userId,
    userName: user.userName,
    displayName: user.displayName,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    roles: user.roles,
    permissions: [],
  };
}

/** The user every GET /auth with the API key returns: the key's own session. */
const apiKeyUser = authenticateResponseOf(fakeNet3DemoUsers[0]!);

export function createFakeAuth(apiKey: string): FakeAuth {
  // One session for the fake's whole life: enough for a proxy to show it must not pass it on.
  const sessionId = randomBytes(15).toString('base64url');
  const permanentSessionId = randomBytes(15).toString('base64url');

  // Like ServiceStack's session feature; a proxy must not pass these on to the browser.
  function withSessionCookies(answer: Answer): Answer {
    answer.headers = {
      'set-cookie': [
        `ss-id=${sessionId}; path=/; samesite=lax; httponly`,
        `ss-pid=${permanentSessionId}; expires=Fri, 01 Jan 2100 00:00:00 GMT; path=/; samesite=lax; httponly`,
      ],
    };
    return answer;
  }

  return {
    isAuthenticated(authorization) {
      const presented = presentedApiKey(authorization);
      return presented !== null && sameSecret(presented, apiKey);
    },

    sessionAnswer: () => withSessionCookies(jsonAnswer(200, { ...apiKeyUser, sessionId })),

    signIn(rawBody) {
      let json: unknown;
      try {
        json = parseRequestJson(rawBody);
      } catch {
        return serviceStackError(
          400,
          'SerializationException',
          "Could not deserialize 'application/json' request using Authenticate",
        );
      }
      const fields =
        typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
      const userName = readIgnoringCase(fields, 'userName');
      const password = readIgnoringCase(fields, 'password');
      // User names match ignoring case, as in ServiceStack's user stores; passwords exactly.
      const user = fakeNet3DemoUsers.find(
        (candidate) =>
          typeof userName === 'string' &&
          candidate.userName.toLowerCase() === userName.trim().toLowerCase(),
      );
      const passwordMatches =
        user !== undefined && typeof password === 'string' && sameSecret(password, user.password);
      if (!passwordMatches) {
        return serviceStackError(401, 'Unauthorized', 'Invalid UserName or Password');
      }
      return withSessionCookies(jsonAnswer(200, { ...authenticateResponseOf(user), sessionId }));
    },
  };
}

/** The key from `Bearer <key>` or from Basic auth's user name; null for anything else. */
function presentedApiKey(authorization: string | undefined): string | null {
  const match = /^(\S+)\s+(.+)$/.exec(authorization?.trim() ?? '');
  if (!match) return null;
  const [, scheme = '', value = ''] = match;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() !== 'basic') return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : null;
}

/** Constant-time comparison; hashing first gives equal lengths without revealing the key's. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
