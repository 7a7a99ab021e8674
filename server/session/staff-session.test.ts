// Staff sign-in, the session cookie and what it unlocks, over real HTTP through the proxy to a
// recording stand-in for Net3 (which knows one user, rep1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WRONG_CREDENTIALS_MESSAGE } from '../proxy/routes/sign-in-route.ts';
import { sendRequest, unusedLoopbackUrl, type TestResponse } from '../proxy/loopback-http.ts';
import {
  answerJson,
  cookiePairOf,
  mintSessionCookie,
  portalHeader,
  postJson,
  sessionSetCookie,
  signInThrough,
  startRecordingUpstream,
  startTestPortal,
  testLimiter,
  testStaff,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal,
} from '../proxy/proxy-test-support.ts';

const customer = { customer: { customerName: 'Acme' } };

let upstream: RecordingUpstream;
let portal: TestPortal;

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  portal = await startTestPortal(upstream.url);
});

afterEach(async () => {
  await portal.close();
  await upstream.close();
});

function errorOf(response: TestResponse): { errorCode: string; message: string } {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const { errorCode, message } = (
    response.json() as { responseStatus: { errorCode: string; message: string } }
  ).responseStatus;
  return { errorCode, message };
}

function getAuth(url: string, cookie?: string) {
  return sendRequest(`${url}/api/auth`, { headers: cookie === undefined ? {} : { cookie } });
}

function attributesOf(setCookie: string): string[] {
  return setCookie
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase());
}

describe('POST /api/session (staff sign-in)', () => {
  it('checks the credentials with Net3 and answers the identity with an HttpOnly, SameSite=Strict cookie', async () => {
    const { response, cookie } = await signInThrough(portal.url);

    expect(response.status).toBe(200);
    expect(response.json()).toEqual(testStaffIdentity);
    const setCookie = sessionSetCookie(response)!;
    expect(attributesOf(setCookie)).toEqual(
      expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', 'max-age=28800']),
    );
    // Plain http to 127.0.0.1: a Secure cookie would not be stored there.
    expect(attributesOf(setCookie)).not.toContain('secure');
    // A signed random id: base64url (256 bits), a dot, the HMAC-SHA256 signature.
    expect(cookie).toMatch(/^net3_portal_session=[\w-]{43}\.[\w+/]{43}=?$/);

    const [check] = upstream.signInRequests;
    expect(check?.url).toBe('/auth/credentials');
    expect(JSON.parse(check!.body)).toEqual({
      userName: testStaff.userName,
      password: testStaff.password,
    });
    // The person's credentials are the authentication; the portal's key stays out of it.
    expect(check?.headers.authorization).toBeUndefined();
    expect(upstream.requests).toHaveLength(0);
  });

  it('never echoes the password or passes on what Net3 gave only the portal', async () => {
    const { response } = await signInThrough(portal.url);

    expect(response.text).not.toContain(testStaff.password);
    expect(response.text).not.toContain('upstream-bearer-token');
    expect(response.text).not.toContain(testStaff.authenticateResponse.sessionId);
    expect(portal.logLines.join('\n')).not.toContain(testStaff.password);
    expect(portal.logLines.join('\n')).not.toContain(testStaff.userName);
  });

  it('answers a wrong password and an unknown user with the same 401 and one message', async () => {
    const wrongPassword = await signInThrough(portal.url, {
      userName: testStaff.userName,
      password: 'not-it',
    });
    const unknownUser = await signInThrough(portal.url, {
      userName: 'nobody',
      password: 'not-it',
    });

    for (const { response, cookie } of [wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(errorOf(response)).toEqual({
        errorCode: 'Unauthorized',
        message: WRONG_CREDENTIALS_MESSAGE,
      });
      expect(cookie).toBeUndefined();
    }
    expect(wrongPassword.response.text).toBe(unknownUser.response.text);
    expect(WRONG_CREDENTIALS_MESSAGE).toBe(
      'The username or password is not right. Check them and try again.',
    );
  });

  it('answers a locked account (403 from Net3) the same way, so it reveals nothing', async () => {
    upstream.answerSignInWith(
      answerJson(403, { responseStatus: { errorCode: 'Forbidden', message: 'Account locked' } }),
    );

    const { response } = await signInThrough(portal.url);

    expect(response.status).toBe(401);
    expect(errorOf(response).message).toBe(WRONG_CREDENTIALS_MESSAGE);
  });

  it('asks for both fields, without asking Net3, when one is missing', async () => {
    const response = await postJson(`${portal.url}/api/session`, { userName: 'rep1' });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({
      responseStatus: { errors: [{ fieldName: 'Password', errorCode: 'NotEmpty' }] },
    });
    expect(upstream.signInRequests).toHaveLength(0);
  });

  it('matches userName and password ignoring letter case, as Net3 reads them', async () => {
    const response = await postJson(`${portal.url}/api/session`, {
      UserName: testStaff.userName,
      PASSWORD: testStaff.password,
    });

    expect(response.status).toBe(200);
  });

  it('refuses a sign-in after 5 failures from one address with 429 and Retry-After, without asking Net3', async () => {
    const limited = await startTestPortal(upstream.url, {
      signInLimiter: testLimiter(5, 15 * 60),
    });
    try {
      const wrong = { userName: testStaff.userName, password: 'guess' };
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push((await signInThrough(limited.url, wrong)).response.status);
      }
      const blocked = await signInThrough(limited.url, testStaff);

      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      expect(blocked.response.status).toBe(429);
      const retryAfter = Number(blocked.response.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(errorOf(blocked.response)).toEqual({
        errorCode: 'TooManyRequests',
        message:
          'Too many sign-in attempts that did not work from your network. Try again in 15 minutes.',
      });
      expect(blocked.cookie).toBeUndefined();
      expect(upstream.signInRequests).toHaveLength(5);
    } finally {
      await limited.close();
    }
  });

  it('does not count successful sign-ins towards the limit', async () => {
    const limited = await startTestPortal(upstream.url, { signInLimiter: testLimiter(2, 60) });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        statuses.push((await signInThrough(limited.url)).response.status);
      }

      expect(statuses).toEqual([200, 200, 200, 200]);
    } finally {
      await limited.close();
    }
  });

  it('answers 502 when Net3 fails the check, and counts it: guesses that make Net3 fail are not free', async () => {
    const limited = await startTestPortal(upstream.url, { signInLimiter: testLimiter(5, 60) });
    upstream.answerSignInWith(answerJson(500, { responseStatus: { errorCode: 'Exception' } }));
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const guess = { userName: testStaff.userName, password: `guess-${attempt}` };
        statuses.push((await signInThrough(limited.url, guess)).response.status);
      }
      const rightPassword = await signInThrough(limited.url);

      expect(statuses).toEqual([502, 502, 502, 502, 502, 429, 429, 429]);
      expect(rightPassword.response.status).toBe(429);
      expect(upstream.signInRequests).toHaveLength(5);
    } finally {
      await limited.close();
    }
  });

  it('says what Net3 answered when it fails the check', async () => {
    upstream.answerSignInWith(answerJson(500, { responseStatus: { errorCode: 'Exception' } }));
    const { response } = await signInThrough(portal.url);

    expect(response.status).toBe(502);
    expect(errorOf(response).message).toContain('HTTP 500');
  });

  it('counts a sign-in that fails because Net3 cannot be reached, as it would a timeout', async () => {
    const limited = await startTestPortal(await unusedLoopbackUrl(), {
      signInLimiter: testLimiter(2, 60),
    });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        statuses.push((await signInThrough(limited.url)).response.status);
      }

      expect(statuses).toEqual([502, 502, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers 502 when Net3 cannot be reached', async () => {
    const nowhere = await startTestPortal(await unusedLoopbackUrl());
    try {
      const { response } = await signInThrough(nowhere.url);

      expect(response.status).toBe(502);
      expect(errorOf(response).message).toContain('NET3_API_URL');
    } finally {
      await nowhere.close();
    }
  });
});

describe('the session cookie', () => {
  it('is Secure when the browser came over https (via a trusted reverse proxy)', async () => {
    const trusting = await startTestPortal(upstream.url, { trustProxy: { hops: 1 } });
    try {
      const { response } = await signInThrough(trusting.url, testStaff, {
        'x-forwarded-proto': 'https',
      });

      expect(attributesOf(sessionSetCookie(response)!)).toContain('secure');
      // Only the portal's own origin can set a __Host- cookie: no sibling subdomain plants one.
      expect(sessionSetCookie(response)).toMatch(/^__Host-net3_portal_session=/);
    } finally {
      await trusting.close();
    }
  });

  it('is Secure on plain http to any host but this machine, so it never crosses a network unencrypted', async () => {
    const { response } = await signInThrough(portal.url, testStaff, {
      host: 'portal.internal.example',
    });
    const localhost = await signInThrough(portal.url, testStaff, { host: 'localhost:5173' });
    const ipv6Loopback = await signInThrough(portal.url, testStaff, { host: '[::1]:5173' });

    expect(attributesOf(sessionSetCookie(response)!)).toContain('secure');
    expect(attributesOf(sessionSetCookie(localhost.response)!)).not.toContain('secure');
    expect(attributesOf(sessionSetCookie(ipv6Loopback.response)!)).not.toContain('secure');
  });
});

describe('GET /api/auth', () => {
  it('answers 401 in the ServiceStack shape without a session', async () => {
    const response = await getAuth(portal.url);

    expect(response.status).toBe(401);
    expect(errorOf(response).errorCode).toBe('NotSignedIn');
    expect(errorOf(response).message).toMatch(/not signed in/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers the signed-in identity, renewing the cookie once it was last renewed a minute ago', async () => {
    let now = Date.UTC(2026, 0, 5, 9, 0, 0);
    const clocked = await startTestPortal(upstream.url, { now: () => now });
    try {
      const { cookie } = await signInThrough(clocked.url);
      now += 59_000;
      const soon = await getAuth(clocked.url, cookie);
      now += 1_000;
      const aMinuteOn = await getAuth(clocked.url, cookie);

      for (const response of [soon, aMinuteOn]) {
        expect(response.status).toBe(200);
        expect(response.json()).toEqual(testStaffIdentity);
      }
      expect(sessionSetCookie(soon)).toBeUndefined();
      // The same id, kept a full idle timeout longer.
      expect(cookiePairOf(sessionSetCookie(aMinuteOn)!)).toBe(cookie);
      expect(attributesOf(sessionSetCookie(aMinuteOn)!)).toContain('max-age=28800');
    } finally {
      await clocked.close();
    }
  });

  it('answers 401 to a tampered cookie and clears it', async () => {
    const { cookie } = await signInThrough(portal.url);
    const [name, value] = cookie!.split('=') as [string, string];
    const flipped = value.slice(0, 40) + (value[40] === 'A' ? 'B' : 'A') + value.slice(41);

    const response = await getAuth(portal.url, `${name}=${flipped}`);

    expect(response.status).toBe(401);
    expect(attributesOf(sessionSetCookie(response)!)).toContain('max-age=0');
  });

  it('answers 401 to a cookie with anything after its signature, and clears it', async () => {
    const { cookie } = await signInThrough(portal.url);

    for (const trailing of ['0', 'junk', '.x', '*x']) {
      const response = await getAuth(portal.url, `${cookie!}${trailing}`);
      expect(response.status, trailing).toBe(401);
      expect(attributesOf(sessionSetCookie(response)!)).toContain('max-age=0');
    }
    expect((await getAuth(portal.url, cookie)).status).toBe(200);
  });

  it('answers 401 to a cookie signed with another secret', async () => {
    const foreign = await mintSessionCookie(testStaffIdentity, {
      secret: 'another-secret-that-is-also-32-characters-long',
    });

    expect((await getAuth(portal.url, foreign)).status).toBe(401);
  });

  it('ends a session left unused longer than the idle timeout, and a use renews it (the same id, a fresh Max-Age)', async () => {
    let now = Date.UTC(2026, 0, 5, 9, 0, 0);
    const minute = 60_000;
    const clocked = await startTestPortal(upstream.url, {
      now: () => now,
      sessionIdleTimeoutMs: 30 * minute,
    });
    try {
      const { cookie } = await signInThrough(clocked.url);
      now += 29 * minute;
      const stillIn = await getAuth(clocked.url, cookie);
      const renewed = cookiePairOf(sessionSetCookie(stillIn)!);
      now += 29 * minute; // 58 minutes after sign-in, 29 after the last use
      const renewedStillIn = await getAuth(clocked.url, renewed);
      now += 31 * minute;
      const idle = await getAuth(clocked.url, renewed);

      expect(stillIn.status).toBe(200);
      expect(renewed).toBe(cookie);
      expect(renewedStillIn.status).toBe(200);
      expect(idle.status).toBe(401);
      expect(errorOf(idle).message).toMatch(/session has ended/);
    } finally {
      await clocked.close();
    }
  });

  it('measures idle time from the last renewal, so a session ends up to a minute early', async () => {
    let now = Date.UTC(2026, 0, 5, 9, 0, 0);
    const minute = 60_000;
    const clocked = await startTestPortal(upstream.url, {
      now: () => now,
      sessionIdleTimeoutMs: 30 * minute,
    });
    try {
      const { cookie } = await signInThrough(clocked.url);
      now += 30_000;
      const notRenewed = await getAuth(clocked.url, cookie); // too soon to renew
      now += 30 * minute - 30_000 + 1; // 30 minutes after sign-in, 29.5 after that request

      const ended = await getAuth(clocked.url, cookie);

      expect(notRenewed.status).toBe(200);
      expect(sessionSetCookie(notRenewed)).toBeUndefined();
      expect(ended.status).toBe(401);
    } finally {
      await clocked.close();
    }
  });
});

describe('DELETE /api/session (sign out)', () => {
  it('answers 204 and clears the cookie', async () => {
    const { cookie } = await signInThrough(portal.url);

    const response = await sendRequest(`${portal.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: cookie!, ...portalHeader },
    });

    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    const cleared = sessionSetCookie(response)!;
    expect(cleared).toMatch(/^net3_portal_session=;/);
    expect(attributesOf(cleared)).toEqual(
      expect.arrayContaining(['max-age=0', 'httponly', 'samesite=strict', 'path=/']),
    );
  });
});

describe('POST /api/provisioning/customer (staff only)', () => {
  it('answers 401 without a session and forwards nothing', async () => {
    const response = await postJson(`${portal.url}/api/provisioning/customer`, customer);

    expect(response.status).toBe(401);
    expect(errorOf(response).errorCode).toBe('NotSignedIn');
    expect(upstream.requests).toHaveLength(0);
  });

  it('stamps createdBy from the session, whatever the browser sent, in any letter case', async () => {
    const { cookie } = await signInThrough(portal.url);

    const response = await postJson(
      `${portal.url}/api/provisioning/customer`,
      {
        ...customer,
        createdBy: { username: 'someone.else', userId: 'ffffffffffffffffffffffffffffffff' },
        CreatedBY: { email: 'forged@example.com' },
      },
      { cookie: cookie! },
    );

    expect(response.status).toBe(200);
    const forwarded = JSON.parse(upstream.requests[0]!.body) as Record<string, unknown>;
    expect(forwarded).toEqual({
      ...customer,
      createdBy: {
        userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        username: 'rep1',
        email: 'rep1@net3.example',
        firstName: 'Rep',
        lastName: 'One',
      },
      requesterIP: '127.0.0.1',
    });
  });

  it('answers 401 after sign-out when the browser no longer has the cookie', async () => {
    const { cookie } = await signInThrough(portal.url);
    const signOut = await sendRequest(`${portal.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: cookie!, ...portalHeader },
    });
    // The browser applies Max-Age=0 by dropping the cookie.
    expect(sessionSetCookie(signOut)).toMatch(/Max-Age=0/);

    const response = await postJson(`${portal.url}/api/provisioning/customer`, customer);

    expect(response.status).toBe(401);
    expect(upstream.requests).toHaveLength(0);
  });
});
