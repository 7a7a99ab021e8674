// The staff session: who signed in, kept in one HttpOnly, SameSite=Strict cookie sealed
// (encrypted and signed) with iron-session under SESSION_SECRET. Nothing is stored on the
// server, so every portal instance that shares the secret reads the same cookie. The browser
// can neither read nor change it: a tampered, foreign or idle-expired cookie is simply
// "not signed in".
import type { IncomingMessage } from 'node:http';
import { sealData, unsealData } from 'iron-session';
import { forwardedProto } from '../proxy/client-address.ts';
import { staffIdentityKeys, type StaffIdentity } from './staff-identity.ts';

export const SESSION_COOKIE_NAME = 'net3_portal_session';

/** What is sealed into the cookie. `v` lets a later shape refuse an older one. */
type SealedSession = { v: 1; identity: StaffIdentity; lastSeenAt: number };

export type SessionRead =
  /** No session cookie at all. */
  | { state: 'none' }
  /** A cookie that is tampered, sealed with another secret, malformed or idle too long. */
  | { state: 'invalid' }
  | { state: 'valid'; identity: StaffIdentity };

export type PortalSessions = {
  read(req: IncomingMessage): Promise<SessionRead>;
  /** The Set-Cookie value for a new session, or for renewing one (sliding idle timeout). */
  issue(req: IncomingMessage, identity: StaffIdentity): Promise<string>;
  /** The Set-Cookie value that removes the session cookie. */
  clear(req: IncomingMessage): string;
};

export type PortalSessionsOptions = {
  /** At least 32 characters (iron-session's minimum). */
  secret: string;
  idleTimeoutMs: number;
  trustProxy: boolean;
  /** The clock the idle timeout is measured with; tests move it forward. */
  now?: () => number;
};

export function createPortalSessions(options: PortalSessionsOptions): PortalSessions {
  const { secret, idleTimeoutMs, trustProxy } = options;
  const now = options.now ?? Date.now;
  const idleTimeoutSeconds = Math.max(1, Math.ceil(idleTimeoutMs / 1000));
  // iron-session's own expiry is a backstop on the real clock; the idle timeout proper is
  // checked against lastSeenAt below, with the injectable clock.
  const sealTtlSeconds = idleTimeoutSeconds + 60;

  function cookieAttributes(req: IncomingMessage): string {
    const secure = isSecureRequest(req, trustProxy) ? '; Secure' : '';
    return `Path=/; HttpOnly; SameSite=Strict${secure}`;
  }

  return {
    async read(req) {
      const sealed = readCookie(req.headers.cookie, SESSION_COOKIE_NAME);
      if (sealed === undefined || sealed === '') return { state: 'none' };
      let data: unknown;
      try {
        data = await unsealData<unknown>(sealed, { password: secret, ttl: sealTtlSeconds });
      } catch {
        return { state: 'invalid' };
      }
      const session = asSealedSession(data);
      if (session === null) return { state: 'invalid' };
      const idleFor = now() - session.lastSeenAt;
      if (idleFor > idleTimeoutMs || idleFor < -60_000) return { state: 'invalid' };
      return { state: 'valid', identity: session.identity };
    },

    async issue(req, identity) {
      const session: SealedSession = { v: 1, identity, lastSeenAt: now() };
      const sealed = await sealData(session, { password: secret, ttl: sealTtlSeconds });
      return `${SESSION_COOKIE_NAME}=${sealed}; Max-Age=${idleTimeoutSeconds}; ${cookieAttributes(req)}`;
    },

    clear(req) {
      return `${SESSION_COOKIE_NAME}=; Max-Age=0; ${cookieAttributes(req)}`;
    },
  };
}

/**
 * Secure on https; not Secure on plain http to this machine (localhost, 127.0.0.1, ::1), where
 * browsers would otherwise refuse the cookie during development; Secure on any other plain http,
 * so a session never travels unencrypted across a network.
 */
export function isSecureRequest(req: IncomingMessage, trustProxy: boolean): boolean {
  if (forwardedProto(req, trustProxy) === 'https') return true;
  return !isLoopbackHostName(hostNameOf(req.headers.host));
}

function hostNameOf(host: string | undefined): string {
  const text = (host ?? '').trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  return text.replace(/:\d+$/, '');
}

function isLoopbackHostName(hostName: string): boolean {
  return hostName === 'localhost' || hostName === '127.0.0.1' || hostName === '::1';
}

/** One cookie's value from a Cookie header; the first one when the name repeats. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    if (part.slice(0, equals).trim() === name) return part.slice(equals + 1).trim();
  }
  return undefined;
}

function asSealedSession(data: unknown): SealedSession | null {
  if (typeof data !== 'object' || data === null) return null;
  const { v, identity, lastSeenAt } = data as Partial<Record<keyof SealedSession, unknown>>;
  if (v !== 1 || typeof lastSeenAt !== 'number' || !Number.isFinite(lastSeenAt)) return null;
  if (typeof identity !== 'object' || identity === null) return null;
  const fields = identity as Record<string, unknown>;
  if (typeof fields.userName !== 'string' || fields.userName === '') return null;
  const checked: StaffIdentity = { userName: fields.userName };
  for (const key of staffIdentityKeys) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') checked[key] = value;
  }
  return { v, identity: checked, lastSeenAt };
}
