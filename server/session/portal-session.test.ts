// The sealed session cookie on its own: what it carries, when it stops being good, and when
// it is marked Secure.
import { mkdtempSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unsealData } from 'iron-session';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPortalDatabase } from '../database/open-portal-database.ts';
import { createStaffSessionStore } from './staff-session-store.ts';
import {
  createPortalSessions,
  isSecureRequest,
  readCookie,
  SESSION_COOKIE_NAME,
} from './portal-session.ts';

// The real iron-session, with unsealData counted: remembered cookies must not be unsealed again.
vi.mock('iron-session', async (importOriginal) => {
  const actual = await importOriginal<typeof import('iron-session')>();
  return { ...actual, unsealData: vi.fn(actual.unsealData) };
});

beforeEach(() => {
  vi.mocked(unsealData).mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

const secret = 'unit-test-session-secret-32-chars-or-more';
const identity = { userName: 'rep1', userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };

// Sessions live in a real store (an SQLite file); staff-session-store is tested on both dialects
// through the proxy's tests and its own.
const storeDatabase = await openPortalDatabase({
  dialect: 'sqlite',
  file: path.join(mkdtempSync(path.join(tmpdir(), 'portal-session-test-')), 'portal.sqlite'),
});
afterAll(() => storeDatabase.close());
const storedSessions = {
  store: createStaffSessionStore(storeDatabase.db),
  absoluteTimeoutMs: 24 * 60 * 60 * 1000,
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

  it('seals the identity: the cookie shows none of it', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: 60_000,
      trustProxy: false,
    });
    const setCookie = await sessions.issue(request('localhost'), identity);

    expect(setCookie).not.toContain('rep1');
    expect(setCookie).not.toContain(identity.userId);
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
      `${SESSION_COOKIE_NAME}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure`,
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

  it('treats garbage, a truncated seal and another secret as invalid', async () => {
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

    for (const value of ['garbage', cookie.slice(0, -10), foreign]) {
      const header = value.includes('=') ? value : `${SESSION_COOKIE_NAME}=${value}`;
      expect((await sessions.read(request('localhost', header))).state).toBe('invalid');
    }
  });
});

describe('renewal and remembered cookies', () => {
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

  it('unseals a cookie once, then reads it from memory, still checking its idle time', async () => {
    // Sealed by another instance (as after a restart, or behind a load balancer).
    const issuing = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
    });
    const cookie = pair(await issuing.issue(request('localhost'), identity));
    let now = Date.now();
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
      now: () => now,
    });

    const reads = [];
    for (let index = 0; index < 3; index += 1) {
      reads.push((await sessions.read(request('localhost', cookie))).state);
    }
    now += minute + 1;
    reads.push((await sessions.read(request('localhost', cookie))).state);

    expect(reads).toEqual(['valid', 'valid', 'valid', 'invalid']);
    expect(unsealData).toHaveBeenCalledTimes(1);
  });

  it('never unseals a cookie it sealed itself', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    expect((await sessions.read(request('localhost', cookie))).state).toBe('valid');
    expect(unsealData).not.toHaveBeenCalled();
  });

  it('refuses a tampered copy of a remembered cookie', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));
    const position = cookie.length - 5;
    const tampered =
      cookie.slice(0, position) +
      (cookie[position] === 'A' ? 'B' : 'A') +
      cookie.slice(position + 1);

    expect((await sessions.read(request('localhost', cookie))).state).toBe('valid');
    expect((await sessions.read(request('localhost', tampered))).state).toBe('invalid');
  });

  it('stops accepting a remembered cookie when iron would: after its seal expires on the real clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000_000);
    // The idle clock stands still, so only the seal's own expiry can end the session.
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
      now: () => 1_000_000_000,
    });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    // Sealed for the idle timeout plus a minute; iron allows another minute of clock skew.
    vi.setSystemTime(1_000_000_000 + 3 * minute - 1);
    const lastMoment = (await sessions.read(request('localhost', cookie))).state;
    vi.setSystemTime(1_000_000_000 + 3 * minute + 1);
    const expired = (await sessions.read(request('localhost', cookie))).state;

    expect(lastMoment).toBe('valid');
    expect(expired).toBe('invalid');
  });

  it('forgets the least recently used cookie when full, and unseals it again when it comes back', async () => {
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
      unsealedCacheSize: 2,
    });
    const first = pair(await sessions.issue(request('localhost'), identity));
    const second = pair(await sessions.issue(request('localhost'), identity));
    await sessions.read(request('localhost', first)); // first is now the most recently used
    await sessions.issue(request('localhost'), identity); // a third pushes out second

    expect((await sessions.read(request('localhost', first))).state).toBe('valid');
    expect(unsealData).not.toHaveBeenCalled();
    expect((await sessions.read(request('localhost', second))).state).toBe('valid');
    expect(unsealData).toHaveBeenCalledTimes(1);
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

  it('refuses a cookie sealed without a session row (the shape before sessions could end)', async () => {
    const { sealData } = await import('iron-session');
    const sessions = createPortalSessions({
      ...storedSessions,
      secret,
      idleTimeoutMs: minute,
      trustProxy: false,
    });
    const v1 = await sealData({ v: 1, identity, lastSeenAt: Date.now() }, { password: secret });
    const unknownRow = await sealData(
      { v: 2, sid: 'no-such-session', createdAt: Date.now(), identity, lastSeenAt: Date.now() },
      { password: secret },
    );

    for (const sealed of [v1, unknownRow]) {
      const read = await sessions.read(request('localhost', `${SESSION_COOKIE_NAME}=${sealed}`));
      expect(read.state).toBe('invalid');
    }
  });
});

describe('isSecureRequest', () => {
  it('is false only for plain http to this machine', () => {
    expect(isSecureRequest(request('localhost:5173'), false)).toBe(false);
    expect(isSecureRequest(request('127.0.0.1:8080'), false)).toBe(false);
    expect(isSecureRequest(request('[::1]:8080'), false)).toBe(false);
    expect(isSecureRequest(request('portal.example'), false)).toBe(true);
    expect(isSecureRequest(request('192.168.1.10:8080'), false)).toBe(true);
    expect(isSecureRequest(request('localhost.evil.example'), false)).toBe(true);
  });

  it('is true for https, believing X-Forwarded-Proto only behind a trusted proxy', () => {
    const forwarded = request('localhost', undefined, { 'x-forwarded-proto': 'https' });

    expect(isSecureRequest(forwarded, { hops: 1 })).toBe(true);
    expect(isSecureRequest(forwarded, false)).toBe(false);
  });
});

describe('readCookie', () => {
  it('finds one cookie among several, the first when it repeats', () => {
    expect(readCookie('a=1; b=2=x; b=3', 'b')).toBe('2=x');
    expect(readCookie('a=1', 'b')).toBeUndefined();
    expect(readCookie(undefined, 'b')).toBeUndefined();
  });
});
