// The staff session: who signed in, kept in one HttpOnly, SameSite=Strict cookie sealed
// (encrypted and signed) with iron-session under SESSION_SECRET, and a row in the portal's
// database (staff-session-store.ts) whose id the cookie carries. The browser can neither read
// nor change the cookie: a tampered, foreign or idle-expired cookie is "not signed in", and so
// is one whose row is gone (signed out, on any instance) or whose absolute end has passed.
//
// Sealing and unsealing (key derivation, AES, HMAC) were most of what the proxy cost per
// request, so each instance remembers the cookies it has recently sealed or unsealed (an
// exact sealed text always unseals to the same session), and renews a session at most once
// a minute rather than on every request.
import type { IncomingMessage } from 'node:http';
import { sealData, unsealData } from 'iron-session';
import { forwardedProto } from '../proxy/client-address.ts';
import type { TrustProxy } from '../proxy/trusted-proxies.ts';
import { staffIdentityKeys, type StaffIdentity } from './staff-identity.ts';
import type { StaffSessionStore } from './staff-session-store.ts';

export const SESSION_COOKIE_NAME = 'net3_portal_session';

/**
 * What is sealed into the cookie. `v` lets a later shape refuse an older one (a v1 cookie had
 * no row, so it could not be ended: it is refused). `sid` is the row; `createdAt` the sign-in.
 */
type SealedSession = {
  v: 2;
  sid: string;
  createdAt: number;
  identity: StaffIdentity;
  lastSeenAt: number;
};

/** The session a valid cookie names, for renewing or ending it. */
export type StaffSessionRef = { sessionId: string; createdAt: number };

export type SessionRead =
  /** No session cookie at all. */
  | { state: 'none' }
  /** A cookie that is tampered, sealed with another secret, malformed or idle too long. */
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
};

export type PortalSessionsOptions = {
  /** At least 32 characters (iron-session's minimum). */
  secret: string;
  idleTimeoutMs: number;
  /** No renewal keeps a session past this long after sign-in. */
  absoluteTimeoutMs: number;
  trustProxy: TrustProxy;
  store: StaffSessionStore;
  /** The clock the idle timeout is measured with; tests move it forward. */
  now?: () => number;
  /** How many unsealed cookies to remember; UNSEALED_SESSION_CACHE_SIZE unless a test says. */
  unsealedCacheSize?: number;
};

/**
 * A session is renewed (re-sealed, sent as a new cookie) once it was last renewed this long
 * ago, or a tenth of the idle timeout if that is shorter; so a session ends between the idle
 * timeout minus this and the idle timeout after its last request.
 */
export const SESSION_RENEWAL_INTERVAL_MS = 60_000;

/**
 * What iron-session's seals look like: Fe26.2, password id, salt, IV, ciphertext, expiry, HMAC
 * salt and HMAC, then its version suffix ~2. iron-session reads the version with parseInt, so
 * "...~2anything" unsealed as a valid session; a cookie not exactly this shape is refused before
 * any unsealing is tried.
 */
const IRON_SEAL_SHAPE = /^Fe26\.2\*\w+\*[0-9a-f]+\*[\w-]+\*[\w-]+\*\d*\*[0-9a-f]+\*[\w-]+~2$/;

/** How many unsealed cookies one portal instance remembers (least recently used go first). */
export const UNSEALED_SESSION_CACHE_SIZE = 10_000;

// Iron refuses a seal this long after its expiration (its allowance for clock skew).
const IRON_TIMESTAMP_SKEW_MS = 60_000;

/** A cookie known to be good: what it holds, and when iron itself would stop accepting it. */
type Unsealed = { session: SealedSession; sealUsableUntil: number };

export function createPortalSessions(options: PortalSessionsOptions): PortalSessions {
  const { secret, idleTimeoutMs, absoluteTimeoutMs, trustProxy, store } = options;
  const now = options.now ?? Date.now;
  const unsealedCacheSize = options.unsealedCacheSize ?? UNSEALED_SESSION_CACHE_SIZE;
  const idleTimeoutSeconds = Math.max(1, Math.ceil(idleTimeoutMs / 1000));
  // iron-session's own expiry is a backstop on the real clock; the idle and absolute timeouts
  // proper are checked below, with the injectable clock.
  const sealTtlSeconds = idleTimeoutSeconds + 60;
  const renewalIntervalMs = Math.min(SESSION_RENEWAL_INTERVAL_MS, idleTimeoutMs / 10);
  // Keyed by the exact sealed text, which is authenticated: the same text always unseals to the
  // same session. Only seals that unsealed under the secret (or that this instance sealed) get
  // in, so nobody without the secret can add to it, or push sessions out of it.
  const unsealed = new Map<string, Unsealed>();

  function remember(sealed: string, session: SealedSession): void {
    unsealed.delete(sealed);
    unsealed.set(sealed, { session, sealUsableUntil: sealExpiration(sealed) });
    if (unsealed.size > unsealedCacheSize) {
      const oldest = unsealed.keys().next().value;
      if (oldest !== undefined) unsealed.delete(oldest);
    }
  }

  /** The session a seal holds, from memory when this instance has seen the seal recently. */
  async function unsealSession(sealed: string): Promise<SealedSession | null> {
    if (!IRON_SEAL_SHAPE.test(sealed)) return null;
    const known = unsealed.get(sealed);
    if (known !== undefined) {
      // Iron checks its expiry against the real clock too.
      if (Date.now() < known.sealUsableUntil) {
        // Most recently used last, so the least recently used is evicted first.
        unsealed.delete(sealed);
        unsealed.set(sealed, known);
        return known.session;
      }
      unsealed.delete(sealed);
      return null;
    }
    let data: unknown;
    try {
      data = await unsealData<unknown>(sealed, { password: secret, ttl: sealTtlSeconds });
    } catch {
      return null;
    }
    const session = asSealedSession(data);
    if (session !== null) remember(sealed, session);
    return session;
  }

  function cookieAttributes(req: IncomingMessage): string {
    const secure = isSecureRequest(req, trustProxy) ? '; Secure' : '';
    return `Path=/; HttpOnly; SameSite=Strict${secure}`;
  }

  return {
    async read(req) {
      const sealed = readCookie(req.headers.cookie, SESSION_COOKIE_NAME);
      if (sealed === undefined || sealed === '') return { state: 'none' };
      const session = await unsealSession(sealed);
      if (session === null) return { state: 'invalid' };
      // lastSeenAt is when the session was last renewed.
      const at = now();
      const idleFor = at - session.lastSeenAt;
      const over = idleFor > idleTimeoutMs || idleFor < -60_000;
      if (over || at >= session.createdAt + absoluteTimeoutMs) {
        unsealed.delete(sealed);
        return { state: 'invalid' };
      }
      // Asked every time: a sign-out on another instance must end this copy too.
      if (!(await store.isActive(session.sid, at))) {
        unsealed.delete(sealed);
        return { state: 'invalid' };
      }
      return {
        state: 'valid',
        identity: session.identity,
        session: { sessionId: session.sid, createdAt: session.createdAt },
        renewalDue: idleFor >= renewalIntervalMs,
      };
    },

    async issue(req, identity, existing) {
      const at = now();
      const createdAt = existing?.createdAt ?? at;
      const sid =
        existing?.sessionId ??
        (await store.create(identity.userName, createdAt, createdAt + absoluteTimeoutMs));
      // Frozen: remembered sessions are shared by every request that presents the cookie.
      const session: SealedSession = {
        v: 2,
        sid,
        createdAt,
        identity: Object.freeze({ ...identity }),
        lastSeenAt: at,
      };
      const sealed = await sealData(session, { password: secret, ttl: sealTtlSeconds });
      remember(sealed, session);
      const untilAbsoluteEnd = Math.ceil((createdAt + absoluteTimeoutMs - at) / 1000);
      const maxAge = Math.max(0, Math.min(idleTimeoutSeconds, untilAbsoluteEnd));
      return `${SESSION_COOKIE_NAME}=${sealed}; Max-Age=${maxAge}; ${cookieAttributes(req)}`;
    },

    clear(req) {
      return `${SESSION_COOKIE_NAME}=; Max-Age=0; ${cookieAttributes(req)}`;
    },

    async end(req) {
      const sealed = readCookie(req.headers.cookie, SESSION_COOKIE_NAME);
      const session = sealed ? await unsealSession(sealed) : null;
      if (sealed !== undefined) unsealed.delete(sealed);
      if (session !== null) await store.end(session.sid);
      return this.clear(req);
    },
  };
}

/**
 * Secure on https; not Secure on plain http to this machine (localhost, 127.0.0.1, ::1), where
 * browsers would otherwise refuse the cookie during development; Secure on any other plain http,
 * so a session never travels unencrypted across a network.
 */
export function isSecureRequest(req: IncomingMessage, trustProxy: TrustProxy): boolean {
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

/**
 * When iron stops accepting a seal, from the expiration it carries (the fifth field of
 * Fe26.2*id*salt*iv*data*expiration*salt*hmac, covered by the hmac); only called for seals
 * that unsealed, or that were just sealed.
 */
function sealExpiration(sealed: string): number {
  const expiration = Number(sealed.split('*')[5]);
  return Number.isFinite(expiration) ? expiration + IRON_TIMESTAMP_SKEW_MS : 0;
}

function asSealedSession(data: unknown): SealedSession | null {
  if (typeof data !== 'object' || data === null) return null;
  const { v, sid, createdAt, identity, lastSeenAt } = data as Partial<
    Record<keyof SealedSession, unknown>
  >;
  if (v !== 2 || typeof sid !== 'string' || sid === '') return null;
  if (typeof lastSeenAt !== 'number' || !Number.isFinite(lastSeenAt)) return null;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  if (typeof identity !== 'object' || identity === null) return null;
  const fields = identity as Record<string, unknown>;
  if (typeof fields.userName !== 'string' || fields.userName === '') return null;
  const checked: StaffIdentity = { userName: fields.userName };
  for (const key of staffIdentityKeys) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') checked[key] = value;
  }
  return { v, sid, createdAt, identity: Object.freeze(checked), lastSeenAt };
}
