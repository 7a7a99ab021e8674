// What every /api route gets from the proxy (createNet3Proxy builds it once): the options, the
// clock and log, the staff sessions, the one Net3 upstream client, and the session check. A
// route is a method, a path and an answer; the router (net3-proxy.ts) finds it, refuses other
// methods and cross-site requests, and logs each request. The router hands each request its own
// copy (forRequest): its log lines carry the request id, and what a route notes (`note`) goes
// into the request's one summary line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NOT_SIGNED_IN_ERROR_CODE } from '../../src/provisioning/contract/portal-wire.ts';
import { DatabaseUnavailable } from '../database/open-portal-database.ts';
import { createSubmissionLedger, type SubmissionLedger } from '../ledger/submission-ledger.ts';
import { createPortalSessions, type PortalSessions } from '../session/portal-session.ts';
import { createStaffSessionStore } from '../session/staff-session-store.ts';
import type { StaffIdentity } from '../session/staff-identity.ts';
import type { Net3ProxyOptions } from './net3-proxy-options.ts';
import { createNet3Upstream, type Net3Upstream } from './net3-upstream.ts';
import type { PortalLogger } from '../portal-log.ts';
import { refuse } from './refusals.ts';

export const NOT_SIGNED_IN_MESSAGE =
  'You are not signed in, or your session has ended. Sign in and try again; nothing you entered is lost.';

/** Fields for a request's summary line, beside method, route, status and duration. */
export type RequestNotes = {
  /** Net3's user id of the signed-in staff member (never the user name or anything typed). */
  staffUserId?: string | null;
  /** The ledger row a submission was recorded in, and how it ended. */
  submissionId?: string;
  outcome?: string;
  /** Net3's id for the customer it created. */
  net3CustomerId?: string;
};

export type RouteContext = {
  options: Net3ProxyOptions;
  /** Structured lines; within a request, each carries its request id. */
  logger: PortalLogger;
  /** A plain line (info) for this request; `logger` for fields or another level. */
  log: (message: string) => void;
  /** Adds fields to this request's summary line (the router writes it when the answer ends). */
  note: (fields: RequestNotes) => void;
  now: () => number;
  sessions: PortalSessions;
  upstream: Net3Upstream;
  ledger: SubmissionLedger;
  /**
   * The signed-in staff member, with the session renewed on the response when its renewal is
   * due (the idle timeout slides, to within a minute); or null after answering 401, clearing
   * a cookie that is no longer good.
   */
  requireSession(req: IncomingMessage, res: ServerResponse): Promise<StaffIdentity | null>;
  /**
   * The signed-in staff member, or null, without answering the request (the production server
   * asks before choosing which page to send): renews the cookie when due, clears a broken one.
   */
  currentStaff(req: IncomingMessage, res: ServerResponse): Promise<StaffIdentity | null>;
};

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The path's `:id` segment, decoded, when the route has one. */
export type RouteParams = { id?: string };

export type ProxyRoute = {
  method: RouteMethod;
  /** The path under /api, without query string; a `:id` segment matches any one segment. */
  path: `/api/${string}`;
  /** Answers the request; a rejection is answered 500 (or ends the response) by the router. */
  answer(
    context: RouteContext,
    req: IncomingMessage,
    res: ServerResponse,
    params: RouteParams,
  ): void | Promise<void>;
};

export function createRouteContext(options: Net3ProxyOptions, logger: PortalLogger): RouteContext {
  const log = (message: string) => logger.info(message);
  const now = options.now ?? Date.now;
  const sessions = createPortalSessions({
    secret: options.sessionSecret,
    idleTimeoutMs: options.sessionIdleTimeoutMs,
    absoluteTimeoutMs: options.sessionAbsoluteTimeoutMs,
    maxSessionsPerPerson: options.sessionLimitPerPerson ?? 10,
    trustProxy: options.trustProxy,
    store: createStaffSessionStore(options.database.db),
    now,
  });
  const ledger = createSubmissionLedger(options.database.db, {
    now,
    // Past Net3's own timeout (and a margin), a row still "sending" was left by a crash.
    staleSendingMs: options.timeoutMs * 2 + 60_000,
  });
  const upstream = createNet3Upstream({
    net3ApiUrl: options.net3ApiUrl,
    net3ApiKey: options.net3ApiKey,
    timeoutMs: options.timeoutMs,
    trustProxy: options.trustProxy,
  });

  async function currentStaff(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<StaffIdentity | null> {
    let session: Awaited<ReturnType<PortalSessions['read']>>;
    try {
      session = await sessions.read(req);
    } catch (error) {
      throw new DatabaseUnavailable(error);
    }
    if (session.state !== 'valid') {
      if (session.state === 'invalid') res.setHeader('set-cookie', sessions.clear(req));
      return null;
    }
    if (session.renewalDue) {
      try {
        res.setHeader('set-cookie', await sessions.issue(req, session.identity, session.session));
      } catch (error) {
        // The session is good; only its renewal could not be written. The next request renews it.
        logger.warn({ err: error }, 'could not renew a staff session');
      }
    }
    return session.identity;
  }

  async function requireSession(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<StaffIdentity | null> {
    const identity = await currentStaff(req, res);
    if (identity === null) refuse(req, res, 401, NOT_SIGNED_IN_ERROR_CODE, NOT_SIGNED_IN_MESSAGE);
    return identity;
  }

  return {
    options,
    logger,
    log,
    note: () => {},
    now,
    sessions,
    upstream,
    ledger,
    currentStaff,
    requireSession,
  };
}

/**
 * The context one request's route gets: its own logger (lines carry `requestId`), notes
 * collected into `notes`, and the signed-in staff member's id noted by requireSession.
 */
export function forRequest(
  context: RouteContext,
  requestId: string,
  notes: RequestNotes,
): RouteContext {
  const logger = context.logger.child({ requestId });
  const note = (fields: RequestNotes) => void Object.assign(notes, fields);
  return {
    ...context,
    logger,
    log: (message) => logger.info(message),
    note,
    async requireSession(req, res) {
      const identity = await context.requireSession(req, res);
      if (identity !== null) note({ staffUserId: identity.userId ?? null });
      return identity;
    },
  };
}
