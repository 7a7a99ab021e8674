// The signed session cookie on its own: what it carries (an id, nothing else), when it stops
// being good, what its name and attributes are, and what the store keeps (a hash of the id).
import { mkdtempSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPortalDatabase } from '../database/open-portal-database.ts';
import { createStaffSessionStore, hashSessionId } from './staff-session-store.ts';
import {
  createPortalSessions,
  readCookies,
  SECURE_SESSION_COOKIE_NAME,
  SESSION_COOKIE_NAME,
  usesSecureCookie,
  type PortalSessionsOptions,
} from './portal-session.ts';

const secret = 'unit-test-session-secret-32-chars-or-more';
const identity = { userName: 'rep1', userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };

// Sessions live in a real store (an SQLite file); staff-session-store is tested on both dialects
// through the proxy's tests.
const storeDatabase = await openPortalDatabase({
  dialect: 'sqlite',
  file: path.join(mkdtempSync(path.join(tmpdir(), 'portal-session-test-')), 'portal.sqlite'),
});
afterAll(() => storeDatabase.close());
const storedSessions = {
  store: createStaffSessionStore(storeDatabase.db),
  absoluteTimeoutMs: 24 * 60 * 60 * 1000,
  maxSessionsPerPerson: 1_000,
};

function request(host: string, cookie?: string, extra: Record<string, string> = {}) {
  return {
    headers: { host, ...(cookie === undefined ? {} : { cookie }), ...extra },
    socket: {},
  } as unknown as IncomingMessage;
}

function pair(setCookie: string): string {
  return setCookie.split(';')[0]!;
}

describe('createPortalSessions', () => {
  it('reads back what it issued, and nothing for a request without the cookie', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 60_000,
      trustProxy: false,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    expect(await sessions.read(request('localhost', `other=1; ${cookie}`))).toEqual({
      state: 'valid',
      identity,
      session: { sessionId: expect.any(String), createdAt: expect.any(Number) },
      renewalDue: false,
    });
    expect(await sessions.read(request('localhost', 'other=1'))).toEqual({ state: 'none' });
  });

  it('carries only a signed random id: the identity stays on the server, which keeps only a hash of the id', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 60_000,
      trustProxy: false,
    });
    const setCookie = await sessions.issue(request('localhost'), identity);
    const value = pair(setCookie).slice(`${SESSION_COOKIE_NAME}=`.length);
    const [id = '', signature] = value.split('.');

    expect(setCookie).not.toContain('rep1');
    expect(setCookie).not.toContain(identity.userId);
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    expect(signature).toBeTruthy();
    const rows = await storeDatabase.db.selectFrom('staff_sessions').selectAll().execute();
    expect(rows.some((row) => row.id_hash === hashSessionId(id))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it('sets Max-Age to the idle timeout and removes the cookie on clear', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 30 * 60_000,
      trustProxy: false,
    });

    expect(await sessions.issue(request('localhost'), identity)).toMatch(
      /; Max-Age=1800; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(sessions.clear(request('portal.example'))).toBe(
      `${SECURE_SESSION_COOKIE_NAME}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure`,
    );
  });

  it('treats a session idle for longer than the timeout as invalid', async () => {
    let now = 1_000_000;
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 60_000,
      trustProxy: false,
      now: () => now,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    now += 60_000;
    expect((await sessions.read(request('localhost', cookie))).state).toBe('valid');
    now += 1;
    expect((await sessions.read(request('localhost', cookie))).state).toBe('invalid');
  });

  it('treats garbage, an unsigned or re-signed id, a truncated signature and another secret as invalid', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 60_000,
      trustProxy: false,
    });
    const other = createPortalSessions({
      ...storedSessions,
      secret: `${secret}-other`,
      idleTimeoutMs: 60_000,
      trustProxy: false,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));
    const foreign = pair(await other.issue(request('localhost'), identity));

    const id = cookie.slice(`${SESSION_COOKIE_NAME}=`.length).split('.')[0]!;
    for (const value of ['garbage', id, `${id}.forged`, cookie.slice(0, -10), foreign]) {
      const header = value.includes('=') ? value : `${SESSION_COOKIE_NAME}=${value}`;
      expect((await sessions.read(request('localhost', header))).state).toBe('invalid');
    }
  });
});

describe('renewal', () => {
  const minute = 60_000;

  it('asks for renewal once the session was last renewed a minute ago, not on every request', async () => {
    let now = 1_000_000;
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 8 * 60 * minute,
      trustProxy: false,
      now: () => now,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    now += minute - 1;
    const early = await sessions.read(request('localhost', cookie));
    now += 1;
    const due = await sessions.read(request('localhost', cookie));

    // Both name the one session issued, signed in at 1_000_000.
    const session = { sessionId: expect.any(String), createdAt: 1_000_000 };
    expect(early).toEqual({ state: 'valid', identity, session, renewalDue: false });
    expect(due).toEqual({ state: 'valid', identity, session, renewalDue: true });
    expect(due.state === 'valid' && due.session).toEqual(early.state === 'valid' && early.session);
  });

  it('asks for renewal after a tenth of an idle timeout shorter than ten minutes', async () => {
    let now = 1_000_000;
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 5 * minute,
      trustProxy: false,
      now: () => now,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    now += 30_000;

    expect(await sessions.read(request('localhost', cookie))).toMatchObject({ renewalDue: true });
  });
});

describe('session rows and the absolute end', () => {
  const minute = 60_000;

  it('signing out deletes the row: every copy of the cookie, on every instance, is refused', async () => {
    const options = {
      ...storedSessions,
      secret,
      idleTimeoutMs: 60 * minute,
      trustProxy: false as const,
    };
    const here = createPortalSessions(options);
    const elsewhere = createPortalSessions(options); // another instance, the same store
    const cookie = pair(await here.issue(request('localhost'), identity));
    expect((await elsewhere.read(request('localhost', cookie))).state).toBe('valid');

    const cleared = await here.end(request('localhost', cookie));

    expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=; Max-Age=0;`));
    expect((await here.read(request('localhost', cookie))).state).toBe('invalid');
    expect((await elsewhere.read(request('localhost', cookie))).state).toBe('invalid');
  });

  it('keeps no renewed session past the absolute end, and shortens Max-Age to what is left', async () => {
    let now = 5_000_000;
    const sessions = createPortalSessions({
      store: storedSessions.store,
      maxSessionsPerPerson: 1_000,
      absoluteTimeoutMs: 60 * minute,
      secret,
      idleTimeoutMs: 30 * minute,
      trustProxy: false,
      now: () => now,
    });
    let setCookie = await sessions.issue(request('localhost'), identity);
    expect(setCookie).toMatch(/; Max-Age=1800;/);

    // Renewed every 5 minutes, as a busy person's requests would.
    for (now += 5 * minute; now < 5_000_000 + 60 * minute; now += 5 * minute) {
      const read = await sessions.read(request('localhost', pair(setCookie)));
      expect(read.state).toBe('valid');
      if (read.state !== 'valid') return;
      setCookie = await sessions.issue(request('localhost'), read.identity, read.session);
    }
    // The last renewal, 55 minutes in, may last only the 5 minutes left.
    expect(setCookie).toMatch(/; Max-Age=300;/);

    expect(now).toBe(5_000_000 + 60 * minute);
    expect((await sessions.read(request('localhost', pair(setCookie)))).state).toBe('invalid');
  });

  it('refuses a well-signed id that has no row', async () => {
    const { Signer } = await import('@fastify/cookie');
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
    });
    const signed = new Signer(secret, 'sha256').sign('no-such-session');

    const read = await sessions.read(request('localhost', `${SESSION_COOKIE_NAME}=${signed}`));

    expect(read.state).toBe('invalid');
  });

  it('ends a session idle too long for good: its row goes, so a later renewal cannot bring it back', async () => {
    let now = 9_000_000;
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
      now: () => now,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));
    const id = cookie.slice(`${SESSION_COOKIE_NAME}=`.length).split('.')[0]!;

    now += minute + 1;
    expect((await sessions.read(request('localhost', cookie))).state).toBe('invalid');

    expect(await storedSessions.store.find(hashSessionId(id), now)).toBeUndefined();
  });
});

describe('planted and repeated cookies', () => {
  const options: PortalSessionsOptions = {
    ...storedSessions,
    secret,
    idleTimeoutMs: 60 * 60_000,
    trustProxy: { hops: 1 },
  };
  const https = (cookie?: string) =>
    request('portal.example', cookie, { 'x-forwarded-proto': 'https' });

  it('refuses a request carrying the session cookie twice, even when both are good', async () => {
    const sessions = createPortalSessions(options);
    const mine = pair(await sessions.issue(https(), identity));
    const someoneElses = pair(await sessions.issue(https(), { userName: 'attacker' }));

    for (const header of [
      `${mine}; ${someoneElses}`,
      `${someoneElses}; ${mine}`,
      `${mine}; ${mine}`,
    ]) {
      expect((await sessions.read(https(header))).state).toBe('invalid');
    }
    expect(await sessions.read(https(mine))).toMatchObject({ state: 'valid', identity });
  });

  it('over HTTPS names the cookie __Host-, and ignores one of the plain name (which a sibling subdomain could set)', async () => {
    const sessions = createPortalSessions(options);
    const setCookie = await sessions.issue(https(), identity);
    const planted = pair(setCookie).replace(SECURE_SESSION_COOKIE_NAME, SESSION_COOKIE_NAME);

    expect(setCookie).toMatch(
      new RegExp(
        `^${SECURE_SESSION_COOKIE_NAME}=[^;]+; Max-Age=3600; Path=/; HttpOnly; SameSite=Strict; Secure$`,
      ),
    );
    expect(sessions.clear(https())).toBe(
      `${SECURE_SESSION_COOKIE_NAME}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure`,
    );
    expect(await sessions.read(https(planted))).toEqual({ state: 'none' });
    expect(await sessions.read(https(`${planted}; ${pair(setCookie)}`))).toMatchObject({
      state: 'valid',
    });
  });
});

describe('ending sessions', () => {
  it("Sign out everywhere ends every session of the person, on every instance, and no one else's", async () => {
    const options = {
      ...storedSessions,
      secret,
      idleTimeoutMs: 60 * 60_000,
      trustProxy: false as const,
    };
    const here = createPortalSessions(options);
    const elsewhere = createPortalSessions(options);
    const person = { userName: 'everywhere.rep' };
    const desk = pair(await here.issue(request('localhost'), person));
    const laptop = pair(await elsewhere.issue(request('localhost'), person));
    const colleague = pair(await here.issue(request('localhost'), { userName: 'colleague' }));

    await here.endEverywhere(person.userName);

    expect((await here.read(request('localhost', desk))).state).toBe('invalid');
    expect((await elsewhere.read(request('localhost', laptop))).state).toBe('invalid');
    expect((await elsewhere.read(request('localhost', colleague))).state).toBe('valid');
  });

  it('keeps at most the configured number of live sessions per person: a new sign-in ends the oldest', async () => {
    let now = 20_000_000;
    const sessions = createPortalSessions({
      ...storedSessions,
      maxSessionsPerPerson: 3,
      secret,
      idleTimeoutMs: 60 * 60_000,
      trustProxy: false,
      now: () => now,
    });
    const person = { userName: 'capped.rep' };
    const cookies: string[] = [];
    for (let signIn = 0; signIn < 5; signIn += 1) {
      cookies.push(pair(await sessions.issue(request('localhost'), person)));
      now += 1_000;
    }
    const other = pair(await sessions.issue(request('localhost'), { userName: 'other.rep' }));

    const states = [];
    for (const cookie of cookies)
      states.push((await sessions.read(request('localhost', cookie))).state);
    expect(states).toEqual(['invalid', 'invalid', 'valid', 'valid', 'valid']);
    expect((await sessions.read(request('localhost', other))).state).toBe('valid');
  });
});

describe('usesSecureCookie', () => {
  it('is false only for plain http to this machine', () => {
    expect(usesSecureCookie(request('localhost:5173'), false)).toBe(false);
    expect(usesSecureCookie(request('127.0.0.1:8080'), false)).toBe(false);
    expect(usesSecureCookie(request('[::1]:8080'), false)).toBe(false);
    expect(usesSecureCookie(request('portal.example'), false)).toBe(true);
    expect(usesSecureCookie(request('192.168.1.10:8080'), false)).toBe(true);
    expect(usesSecureCookie(request('localhost.evil.example'), false)).toBe(true);
  });

  it('is true for https, believing X-Forwarded-Proto only behind a trusted proxy', () => {
    const forwarded = request('localhost', undefined, { 'x-forwarded-proto': 'https' });

    expect(usesSecureCookie(forwarded, { hops: 1 })).toBe(true);
    expect(usesSecureCookie(forwarded, false)).toBe(false);
  });
});

describe('readCookies', () => {
  it('gives every value of a name, in order', () => {
    expect(readCookies('a=1; b=2=x; b=3', 'b')).toEqual(['2=x', '3']);
    expect(readCookies('a=1', 'b')).toEqual([]);
    expect(readCookies(undefined, 'b')).toEqual([]);
  });
});
