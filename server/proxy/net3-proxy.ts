// The proxy core behind the portal's /api: the only way the browser reaches the Net3 API.
// Two audiences use it. Staff sign in (POST /api/session: Net3's credentials auth checks them,
// the portal keeps who they are in a session row) and submit customers with any settings, the
// portal stamping who they are into createdBy. Resellers sign up from the public internet
// (POST /api/signup): no session, but only what the signup policy lets through, with a rate
// limit per address. Every state-changing request must come from the portal's own pages
// (cross-site guard). Everything forwarded carries the portal's API key instead of anything
// from the browser, and the requester's address the portal saw. Anything else under /api is
// refused before it goes upstream. The portal's one server (production-server.ts, also under
// `npm run dev`) mounts this handler.
//
// This module is the router: the route table, 404 and 405, the cross-site guard, a request id
// on every answer (X-Request-Id) and one structured log line per request with it, and a 500 for
// a route that failed. Each route is a module under routes/; all of
// them talk to Net3 through the one upstream client (net3-upstream.ts). See decision 005.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { REQUEST_ID_HEADER } from '../../src/provisioning/contract/portal-wire.ts';
import { DatabaseUnavailable, isDataError } from '../database/open-portal-database.ts';
import { createPortalLogger } from '../portal-log.ts';
import { pathOfUrl } from './api-path.ts';
import { crossSiteRefusal, isSafeMethod } from './cross-site-guard.ts';
import { ClientWentAway } from './json-request-body.ts';
import type { Net3ProxyOptions } from './net3-proxy-options.ts';
import { refuse } from './refusals.ts';
import type { StaffIdentity } from '../session/staff-identity.ts';
import {
  createRouteContext,
  forRequest,
  type ProxyRoute,
  type RequestNotes,
  type RouteMethod,
  type RouteParams,
} from './route-context.ts';
import {
  retrySubmissionRoute,
  submissionRoute,
  submissionsRoute,
} from './routes/submissions-routes.ts';
import { choiceListsRoute } from './routes/choice-lists-route.ts';
import { deleteDraftRoute, getDraftRoute, putDraftRoute } from './routes/draft-routes.ts';
import { currentSessionRoute } from './routes/current-session-route.ts';
import { duplicatesRoute } from './routes/duplicates-route.ts';
import { provisionCustomerRoute } from './routes/provision-customer-route.ts';
import { signInRoute } from './routes/sign-in-route.ts';
import { signOutEverywhereRoute } from './routes/sign-out-everywhere-route.ts';
import { signOutRoute } from './routes/sign-out-route.ts';
import { signupRoute } from './routes/signup-route.ts';

const DATABASE_UNAVAILABLE_MESSAGE =
  'The portal cannot reach its database right now, so nothing was done. Try again in a minute; what you entered is kept.';

export type Net3Proxy = {
  /** Answers one request whose path is under /api (see isPortalApiPath). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Who is signed in on this request (RouteContext.currentStaff), for the entry pages. */
  currentStaff(req: IncomingMessage, res: ServerResponse): Promise<StaffIdentity | null>;
  /** Closes the kept-alive upstream connections. */
  close(): void;
};

/** Everything the portal's /api answers; the order is the order the 404 lists them in. */
const proxyRoutes: readonly ProxyRoute[] = [
  signInRoute,
  signOutRoute,
  signOutEverywhereRoute,
  currentSessionRoute,
  provisionCustomerRoute,
  signupRoute,
  choiceListsRoute,
  submissionsRoute,
  submissionRoute,
  retrySubmissionRoute,
  duplicatesRoute,
  getDraftRoute,
  putDraftRoute,
  deleteDraftRoute,
];

type RoutesByPath = ReadonlyMap<string, Partial<Record<RouteMethod, ProxyRoute>>>;

/** The route table's path for a request path, and its `:id`: exact paths first. */
function matchRoutePath(
  byPath: RoutesByPath,
  path: string,
): { routePath: string; params: RouteParams } | null {
  if (byPath.has(path)) return { routePath: path, params: {} };
  for (const routePath of byPath.keys()) {
    const [before, after] = routePath.split(':id');
    if (after === undefined || !path.startsWith(before!) || !path.endsWith(after)) continue;
    const segment = path.slice(before!.length, path.length - after.length);
    if (segment === '' || segment.includes('/')) continue;
    try {
      const id = decodeURIComponent(segment);
      // No id holds a NUL; PostgreSQL would refuse to look it up (a 500), so it names nothing.
      return id.includes('\u0000') ? null : { routePath, params: { id } };
    } catch {
      return null;
    }
  }
  return null;
}

function routesByPath(routes: readonly ProxyRoute[]): RoutesByPath {
  const byPath = new Map<string, Partial<Record<RouteMethod, ProxyRoute>>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? {};
    if (methods[route.method] !== undefined)
      throw new Error(`Two routes answer ${route.method} ${route.path}.`);
    methods[route.method] = route;
    byPath.set(route.path, methods);
  }
  return byPath;
}

/** "POST and DELETE /api/session, GET /api/auth and GET /api/choice-lists" */
function describeRoutes(byPath: RoutesByPath): string {
  const each = [...byPath].map(([path, methods]) => `${listed(Object.keys(methods))} ${path}`);
  return listed(each);
}

function listed(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function createNet3Proxy(options: Net3ProxyOptions): Net3Proxy {
  const baseContext = createRouteContext(
    options,
    options.logger ?? createPortalLogger({ level: 'info' }),
  );
  const routes = routesByPath(proxyRoutes);
  const notFoundHint = `It answers ${describeRoutes(routes)}.`;

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const method = req.method ?? '';
    const path = pathOfUrl(req.url);
    // Made here, never taken from the request: a browser could otherwise make lines collide.
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const notes: RequestNotes = {};
    const context = forRequest(baseContext, requestId, notes);
    const matched = matchRoutePath(routes, path);
    const methods = matched === null ? undefined : routes.get(matched.routePath);
    res.once('close', () => {
      // The route's pattern, not the path: a path's id or query (a search) stays out of the log.
      context.logger.info(
        {
          method,
          route: matched?.routePath ?? null,
          status: res.headersSent ? res.statusCode : null,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(res.writableFinished ? {} : { closedEarly: true }),
          ...notes,
        },
        'request',
      );
    });
    if (methods === undefined || matched === null) {
      const message = `The portal has no API at ${path.slice(0, 100)}. ${notFoundHint}`;
      refuse(req, res, 404, 'NotFound', message);
      return;
    }
    const route = methods[method as RouteMethod];
    if (route === undefined) {
      const allowed = Object.keys(methods).join(', ');
      refuse(req, res, 405, 'MethodNotAllowed', `${path} accepts ${allowed} only, not ${method}.`, {
        allow: allowed,
      });
      return;
    }
    const nulParameter = queryParameterWithNul(req.url);
    if (nulParameter !== null) {
      refuse(
        req,
        res,
        400,
        'InvalidCharacter',
        `The query parameter ${JSON.stringify(nulParameter.slice(0, 40))} contains an invisible NUL character (U+0000), which the portal cannot search for. Remove it (retype it if it was pasted) and try again.`,
      );
      return;
    }
    if (!isSafeMethod(method)) {
      const refusal = crossSiteRefusal(req, options.trustProxy, options.allowedOrigins);
      if (refusal !== null) {
        refuse(req, res, 403, 'Forbidden', refusal);
        return;
      }
    }
    const fail = (error: unknown) => {
      if (error instanceof ClientWentAway) {
        res.destroy();
        return;
      }
      context.logger.error({ err: error }, 'the route failed');
      if (!res.headersSent && error instanceof DatabaseUnavailable && !isDataError(error.cause)) {
        refuse(req, res, 503, 'DatabaseUnavailable', DATABASE_UNAVAILABLE_MESSAGE);
      } else if (!res.headersSent) {
        refuse(req, res, 500, 'InternalServerError', 'The portal failed to handle this request.');
      } else {
        res.destroy();
      }
    };
    try {
      const pending = route.answer(context, req, res, matched.params);
      // A rejection means the client went away mid-body, a limiter store failed, or a bug.
      if (pending !== undefined) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  return {
    handle,
    currentStaff: baseContext.currentStaff,
    close: () => baseContext.upstream.close(),
  };
}

/**
 * The name of the first query parameter whose name or value holds a NUL (U+0000), or null:
 * PostgreSQL refuses such text outright (a 500 once) and SQLite reads it as the end of the
 * pattern (every row matched), so it is refused before any route looks it up.
 */
function queryParameterWithNul(url: string | undefined): string | null {
  // Everything after the first '?', as the routes read it (URL's searchParams): a second '?'
  // is part of the query, not its end.
  const start = url?.indexOf('?') ?? -1;
  if (url === undefined || start === -1) return null;
  const query = url.slice(start + 1);
  if (!(query.includes('%00') || query.includes('\u0000'))) return null;
  for (const [name, value] of new URLSearchParams(query)) {
    if (name.includes('\u0000') || value.includes('\u0000')) return name.replaceAll('\u0000', '');
  }
  return null;
}
