// Staff sessions that really end, over real HTTP: after Sign out (DELETE /api/session) a copied
// cookie is refused on this portal and on a second one sharing the PostgreSQL database (even
// one that had the cookie in its memory), and a session renewed every few minutes still ends
// at SESSION_ABSOLUTE_TIMEOUT_MINUTES.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOT_SIGNED_IN_ERROR_CODE } from '../../src/provisioning/contract/portal-wire.ts';
import { sendRequest, type TestResponse } from '../proxy/loopback-http.ts';
import {
  cookiePairOf,
  portalHeader,
  sessionSetCookie,
  signInThrough,
  startRecordingUpstream,
  startTestPortal,
  type RecordingUpstream,
  type TestPortal,
} from '../proxy/proxy-test-support.ts';
import {
  customerRequest,
  openOwnTestDatabase,
  submitCustomer,
  type OwnTestDatabase,
} from '../proxy/submission-test-support.ts';

const minute = 60_000;

function currentSession(portalUrl: string, cookie: string): Promise<TestResponse> {
  return sendRequest(`${portalUrl}/api/auth`, { headers: { cookie } });
}

function expectNotSignedIn(response: TestResponse): void {
  expect(response.status).toBe(401);
  expect(response.json()).toMatchObject({
    responseStatus: { errorCode: NOT_SIGNED_IN_ERROR_CODE },
  });
}

const setups = [
  { name: 'one portal on SQLite', dialect: 'SQLite', instances: 1 },
  { name: 'two portals sharing PostgreSQL', dialect: 'PostgreSQL', instances: 2 },
] as const;

describe.each(setups)('signing out, $name', ({ dialect, instances }) => {
  let own: OwnTestDatabase;
  let upstream: RecordingUpstream;
  let portals: TestPortal[];

  beforeAll(async () => {
    own = await openOwnTestDatabase(dialect);
  });
  afterAll(() => own.remove());
  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    portals = [];
    for (let index = 0; index < instances; index += 1) {
      portals.push(await startTestPortal(upstream.url, { database: own.database }));
    }
  });
  afterEach(async () => {
    for (const portal of portals) await portal.close();
    await upstream.close();
  });

  it('refuses every copy of the cookie afterwards, on every portal', async () => {
    const first = portals[0]!.url;
    const last = portals[portals.length - 1]!.url;
    const { cookie } = await signInThrough(first);
    const copy = cookie!;
    // Both portals have answered for the cookie before the sign-out.
    expect((await currentSession(first, copy)).status).toBe(200);
    expect((await currentSession(last, copy)).status).toBe(200);

    const signOut = await sendRequest(`${first}/api/session`, {
      method: 'DELETE',
      headers: { cookie: copy, ...portalHeader },
    });

    expect(signOut.status).toBe(204);
    expect(sessionSetCookie(signOut)).toMatch(/^net3_portal_session=; Max-Age=0;/);
    for (const url of [first, last]) {
      expectNotSignedIn(await currentSession(url, copy));
      expectNotSignedIn(await submitCustomer(url, copy, customerRequest(), randomUUID()));
    }
    expect(upstream.requests).toHaveLength(0);
    // Signing in again starts a new session that works everywhere.
    const { cookie: fresh } = await signInThrough(last);
    expect((await currentSession(first, fresh!)).status).toBe(200);
  });

  it('ends only the session signed out, not the same person’s other sessions', async () => {
    const { cookie: laptop } = await signInThrough(portals[0]!.url);
    const { cookie: phone } = await signInThrough(portals[0]!.url);

    await sendRequest(`${portals[0]!.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: laptop!, ...portalHeader },
    });

    const lastUrl = portals[portals.length - 1]!.url;
    expectNotSignedIn(await currentSession(lastUrl, laptop!));
    expect((await currentSession(lastUrl, phone!)).status).toBe(200);
  });
  it('Sign out everywhere ends every session of the person, on every portal', async () => {
    const first = portals[0]!.url;
    const last = portals[portals.length - 1]!.url;
    const { cookie: laptop } = await signInThrough(first);
    const { cookie: phone } = await signInThrough(last);

    const everywhere = await sendRequest(`${first}/api/sessions`, {
      method: 'DELETE',
      headers: { cookie: laptop!, ...portalHeader },
    });

    expect(everywhere.status).toBe(204);
    expect(sessionSetCookie(everywhere)).toMatch(/^net3_portal_session=; Max-Age=0;/);
    for (const url of [first, last]) {
      expectNotSignedIn(await currentSession(url, laptop!));
      expectNotSignedIn(await currentSession(url, phone!));
    }
  });

  it('signing in again from a browser ends the session it already had', async () => {
    const { cookie: before } = await signInThrough(portals[0]!.url);

    const { cookie: after } = await signInThrough(portals[0]!.url, undefined, { cookie: before! });

    expect(after).not.toBe(before);
    expectNotSignedIn(await currentSession(portals[portals.length - 1]!.url, before!));
    expect((await currentSession(portals[portals.length - 1]!.url, after!)).status).toBe(200);
  });

  it('refuses a request carrying two session cookies and clears it, never reading the first', async () => {
    const { cookie: mine } = await signInThrough(portals[0]!.url);
    const { cookie: planted } = await signInThrough(portals[0]!.url);

    const response = await currentSession(portals[0]!.url, `${planted!}; ${mine!}`);

    expectNotSignedIn(response);
    expect(sessionSetCookie(response)).toMatch(/^net3_portal_session=; Max-Age=0;/);
    expect((await currentSession(portals[0]!.url, mine!)).status).toBe(200);
  });
});

describe('the absolute timeout', () => {
  let own: OwnTestDatabase;
  let upstream: RecordingUpstream;
  let portal: TestPortal;
  let clock: number;

  beforeAll(async () => {
    own = await openOwnTestDatabase('SQLite');
  });
  afterAll(() => own.remove());
  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    clock = Date.now();
    portal = await startTestPortal(upstream.url, {
      database: own.database,
      now: () => clock,
      sessionIdleTimeoutMs: 30 * minute,
      sessionAbsoluteTimeoutMs: 60 * minute,
    });
  });
  afterEach(async () => {
    await portal.close();
    await upstream.close();
  });

  it('ends a session renewed every 3 minutes when the absolute timeout is reached', async () => {
    const signedInAt = clock;
    const { cookie: signedIn } = await signInThrough(portal.url);
    let cookie = signedIn!;
    let renewals = 0;
    let lastMaxAge = Number.NaN;

    // Every request is renewed (more than a minute since the last), so the idle timeout never
    // comes near: only the absolute end can stop it.
    for (clock += 3 * minute; clock < signedInAt + 60 * minute; clock += 3 * minute) {
      const response = await currentSession(portal.url, cookie);
      expect(response.status, `${(clock - signedInAt) / minute} minutes in`).toBe(200);
      const renewed = sessionSetCookie(response);
      if (renewed !== undefined) {
        renewals += 1;
        cookie = cookiePairOf(renewed);
        lastMaxAge = Number(/Max-Age=(\d+)/.exec(renewed)?.[1]);
      }
    }

    expect(renewals).toBe(19);
    // The last renewal, 57 minutes in, keeps the cookie no longer than the 3 minutes left.
    expect(lastMaxAge).toBe(3 * 60);
    expect(clock).toBe(signedInAt + 60 * minute);
    expectNotSignedIn(await currentSession(portal.url, cookie));
    expectNotSignedIn(await submitCustomer(portal.url, cookie, customerRequest(), randomUUID()));
    expect(upstream.requests).toHaveLength(0);
  });
});
