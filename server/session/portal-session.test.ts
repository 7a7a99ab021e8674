// The sealed session cookie on its own: what it carries, when it stops being good, and when
// it is marked Secure.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  createPortalSessions,
  isSecureRequest,
  readCookie,
  SESSION_COOKIE_NAME,
} from './portal-session.ts';

const secret = 'unit-test-session-secret-32-chars-or-more';
const identity = { userName: 'rep1', userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };

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
    const sessions = createPortalSessions({ secret, idleTimeoutMs: 60_000, trustProxy: false });
    const cookie = pair(await sessions.issue(request('localhost'), identity));

    expect(await sessions.read(request('localhost', `other=1; ${cookie}`))).toEqual({
      state: 'valid',
      identity,
    });
    expect(await sessions.read(request('localhost', 'other=1'))).toEqual({ state: 'none' });
  });

  it('seals the identity: the cookie shows none of it', async () => {
    const sessions = createPortalSessions({ secret, idleTimeoutMs: 60_000, trustProxy: false });
    const setCookie = await sessions.issue(request('localhost'), identity);

    expect(setCookie).not.toContain('rep1');
    expect(setCookie).not.toContain(identity.userId);
  });

  it('sets Max-Age to the idle timeout and removes the cookie on clear', async () => {
    const sessions = createPortalSessions({
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
    const sessions = createPortalSessions({ secret, idleTimeoutMs: 60_000, trustProxy: false });
    const other = createPortalSessions({
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

    expect(isSecureRequest(forwarded, true)).toBe(true);
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
