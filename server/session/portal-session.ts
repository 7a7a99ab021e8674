// The staff session: an opaque random id (256 bits) in one signed HttpOnly, SameSite=Strict
// cookie, and a row in the portal's database (staff-session-store.ts) that is the session: who
// signed in, when, and when it was last used. Only a hash of the id is stored, so a copy of the
// database signs nobody in. A cookie that is unsigned, foreign, idle too long or past its
// absolute end is "not signed in", and so is one whose row is gone (signed out, on any
// instance). The signature (@fastify/cookie's signer, HMAC-SHA256 under SESSION_SECRET) lets a
// forged id be refused without asking the database.
//
// Over HTTPS the cookie is named with the __Host- prefix, which browsers accept only from the
// portal's own origin (Secure, Path=/, no Domain), so a sibling subdomain cannot plant one. On
// plain http to this machine (npm run dev) browsers do not all keep Secure cookies, so the
// cookie there has its plain name. A request carrying the cookie twice is refused, never read
// as the first one: one of the two was planted.
import type { IncomingMessage } from 'node:http';
import { Signer } from '@fastify/cookie';
import { forwardedProto } from '../proxy/client-address.ts';
import type { TrustProxy } from '../proxy/trusted-proxies.ts';
import type { StaffIdentity } from './staff-identity.ts';
import { hashSessionId, newSessionId, type StaffSessionStore } from './staff-session-store.ts';

/** The cookie's name on plain http to this machine (development). */
export const SESSION_COOKIE_NAME = 'net3_portal_session';
/** The cookie's name over HTTPS: only the portal's own origin can set it. */
export const SECURE_SESSION_COOKIE_NAME = `__Host-${SESSION_COOKIE_NAME}`;

/** The session a valid cookie names, for renewing or ending it. */
export type StaffSessionRef = { sessionId: string; createdAt: number };

export type SessionRead =
  /** No session cookie at all. */
  | { state: 'none' }
  /** A cookie that is unsigned, foreign, repeated, ended or idle too long. */
  | { state: 'invalid' }
  | {
      state: 'valid';
      identity: StaffIdentity;
      session: StaffSessionRef;
      /**
       * The session was last renewed longer ago than the renewal interval: answer with a
       * renewed cookie (issue) so the idle timeout slides.
       */
      renewalDue: boolean;
    };

export type PortalSessions = {
  read(req: IncomingMessage): Promise<SessionRead>;
  /**
   * The Set-Cookie value for a new session (a new row), or for renewing `existing` (sliding
   * idle timeout, never past the absolute end).
   */
  issue(req: IncomingMessage, identity: StaffIdentity, existing?: StaffSessionRef): Promise<string>;
  /** The Set-Cookie value that removes the session cookie. */
  clear(req: IncomingMessage): string;
  /** Signs out: deletes the cookie's row (every copy is refused from now on), then clear(). */
  end(req: IncomingMessage): Promise<string>;
  /** Signs `userName` out everywhere: every session of theirs ends, on every instance. */
  endEverywhere(userName: string): Promise<void>;
};

export type PortalSessionsOptions = {
  /** At least 32 characters. */
  secret: string;
  idleTimeoutMs: number;
  /** No renewal keeps a session past this long after sign-in. */
  absoluteTimeoutMs: number;
  /** Live sessions one person may have; signing in once more ends their oldest. */
  maxSessionsPerPerson: number;
  trustProxy: TrustProxy;
  store: StaffSessionStore;
  /** The clock the timeouts are measured with; tests move it forward. */
  now?: () => number;
};

/**
 * A session is renewed (its row's last use written, a new cookie sent) once it was last renewed
 * this long ago, or a tenth of the idle timeout if that is shorter; so a session ends between
 * the idle timeout minus this and the idle timeout after its last request.
 */
export const SESSION_RENEWAL_INTERVAL_MS = 60_000;

export function createPortalSessions(options: PortalSessionsOptions): PortalSessions {
  const { idleTimeoutMs, absoluteTimeoutMs, maxSessionsPerPerson, trustProxy, store } = options;
  const now = options.now ?? Date.now;
  const signer = new Signer(options.secret, 'sha256');
  const idleTimeoutSeconds = Math.max(1, Math.ceil(idleTimeoutMs / 1000));
  const renewalIntervalMs = Math.min(SESSION_RENEWAL_INTERVAL_MS, idleTimeoutMs / 10);

  function cookieName(req: IncomingMessage): string {
    return usesSecureCookie(req, trustProxy) ? SECURE_SESSION_COOKIE_NAME : SESSION_COOKIE_NAME;
  }

  function cookieAttributes(req: IncomingMessage): string {
    const secure = usesSecureCookie(req, trustProxy) ? '; Secure' : '';
    return `Path=/; HttpOnly; SameSite=Strict${secure}`;
  }

  /** The signed id the request carries: none, exactly one, or a conflict (two or more). */
  function presentedId(req: IncomingMessage): { state: 'none' | 'invalid' } | { id: string } {
    const values = readCookies(req.headers.cookie, cookieName(req));
    if (values.length === 0 || (values.length === 1 && values[0] === '')) return { state: 'none' };
    if (values.length > 1) return { state: 'invalid' };
    const unsigned = signer.unsign(values[0]!);
    if (!unsigned.valid || unsigned.value === null) return { state: 'invalid' };
    return { id: unsigned.value };
  }

  return {
    async read(req) {
      const presented = presentedId(req);
      if (!('id' in presented)) return presented;
      const at = now();
      const row = await store.find(hashSessionId(presented.id), at);
      if (row === undefined) return { state: 'invalid' };
      const idleFor = at - row.lastSeenAt;
      if (idleFor > idleTimeoutMs) {
        await store.end(hashSessionId(presented.id));
        return { state: 'invalid' };
      }
      return {
        state: 'valid',
        identity: row.identity,
        session: { sessionId: presented.id, createdAt: row.createdAt },
        renewalDue: idleFor >= renewalIntervalMs,
      };
    },

    async issue(req, identity, existing) {
      const at = now();
      let sessionId: string;
      let createdAt: number;
      if (existing === undefined) {
        sessionId = newSessionId();
        createdAt = at;
        await store.create(hashSessionId(sessionId), Object.freeze({ ...identity }), {
          createdAt,
          expiresAt: createdAt + absoluteTimeoutMs,
          maxSessionsPerPerson,
        });
      } else {
        ({ sessionId, createdAt } = existing);
        await store.touch(hashSessionId(sessionId), at);
      }
      const untilAbsoluteEnd = Math.ceil((createdAt + absoluteTimeoutMs - at) / 1000);
      const maxAge = Math.max(0, Math.min(idleTimeoutSeconds, untilAbsoluteEnd));
      return `${cookieName(req)}=${signer.sign(sessionId)}; Max-Age=${maxAge}; ${cookieAttributes(req)}`;
    },

    clear(req) {
      return `${cookieName(req)}=; Max-Age=0; ${cookieAttributes(req)}`;
    },

    async end(req) {
      const presented = presentedId(req);
      if ('id' in presented) await store.end(hashSessionId(presented.id));
      return this.clear(req);
    },

    endEverywhere: (userName) => store.endAllOf(userName),
  };
}

/**
 * The __Host- name and Secure on https; neither on plain http to this machine (localhost,
 * 127.0.0.1, ::1), where browsers do not all keep Secure cookies during development; both on
 * any other plain http, so a session never travels unencrypted across a network.
 */
export function usesSecureCookie(req: IncomingMessage, trustProxy: TrustProxy): boolean {
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

/** Every value a Cookie header gives `name`, in order (a repeated name is a planted cookie). */
export function readCookies(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    if (part.slice(0, equals).trim() === name) values.push(part.slice(equals + 1).trim());
  }
  return values;
}
