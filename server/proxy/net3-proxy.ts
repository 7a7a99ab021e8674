// The proxy core behind the portal's /api: the only way the browser reaches the Net3 API.
// Two audiences use it. Staff sign in (POST /api/session: Net3's credentials auth checks them,
// the portal keeps who they are in a sealed cookie) and submit customers with any settings, the
// portal stamping who they are into createdBy. Resellers sign up from the public internet
// (POST /api/signup): no session, but only what the signup policy lets through, with a rate
// limit per address. Every state-changing request must come from the portal's own pages
// (cross-site guard). Everything forwarded carries the portal's API key instead of anything
// from the browser, and the requester's address the portal saw. Anything else under /api is
// refused before it goes upstream. The Vite dev server, `vite preview` and the production
// server all mount this one handler.
import http, {
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { NOT_SIGNED_IN_ERROR_CODE } from '../../src/provisioning/contract/portal-wire.ts';
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';
import { formatServiceStackDate } from '../../src/provisioning/contract/servicestack-date.ts';
import { clientLimitKey, describeWait, type AttemptLimiter } from '../limits/attempt-limiter.ts';
import { createPortalSessions } from '../session/portal-session.ts';
import {
  authenticateResponseOf,
  createdByOf,
  identityFromAuthenticateResponse,
  type StaffIdentity,
} from '../session/staff-identity.ts';
import { applySignupPolicy, isHoneypotFilled } from '../signup/signup-policy.ts';
import { ChoiceListsFileError, readChoiceLists } from './choice-lists.ts';
import { clientAddress, forwardedFor, forwardedProto } from './client-address.ts';
import { crossSiteRefusal, isSafeMethod } from './cross-site-guard.ts';
import { ClientWentAway, readJsonObjectBody, type JsonBodyRead } from './json-request-body.ts';
import { apiResponseHeaders, sendJson, sendServiceStackError } from './servicestack-error.ts';

export { MAX_REQUEST_BODY_BYTES } from './json-request-body.ts';

// Responses smaller than this are sent as they are: compressing them costs more time than it saves.
const COMPRESSION_THRESHOLD_BYTES = 1024;

// Net3's answer to a sign-in is a small AuthenticateResponse; anything bigger is not one.
const MAX_SIGN_IN_ANSWER_BYTES = 256 * 1024;

/** The one answer to a refused sign-in, whether or not the user exists. */
export const WRONG_CREDENTIALS_MESSAGE =
  'The username or password is not right. Check them and try again.';

export const NOT_SIGNED_IN_MESSAGE =
  'You are not signed in, or your session has ended. Sign in and try again; nothing you entered is lost.';

/** The ids every public signup is given, whatever the browser sent. */
export type SignupSettings = {
  serviceLevelId: number;
  pricingTierId: number;
  customerStatusId: number;
};

export type Net3ProxyOptions = {
  /** Net3 API base URL without a trailing slash. */
  net3ApiUrl: string;
  net3ApiKey: string;
  timeoutMs: number;
  trustProxy: boolean;
  choiceListsFile: string;
  /** Seals the staff session cookie; at least 32 characters. */
  sessionSecret: string;
  /**
   * A session unused this long is over; authenticated requests renew it, at most once a minute
   * (portal-session.ts).
   */
  sessionIdleTimeoutMs: number;
  /** Counts failed staff sign-ins per client address. */
  signInLimiter: AttemptLimiter;
  /** Counts public signups per client address. */
  signupLimiter: AttemptLimiter;
  signup: SignupSettings;
  /** The clock for session idle time and requestCreated; tests move it. */
  now?: () => number;
  /** One line per request (method, path, status, ms); never headers or bodies. */
  log?: (line: string) => void;
};

export type Net3Proxy = {
  /** Answers one request whose path is under /api (see isPortalApiPath). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Closes the kept-alive upstream connections. */
  close(): void;
};

/** The path part of a request URL, without query string. */
export function pathOfUrl(url: string | undefined): string {
  if (url === undefined) return '';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** True for /api and everything under /api/: the proxy answers these, nothing else does. */
export function isPortalApiPath(url: string | undefined): boolean {
  const path = pathOfUrl(url);
  return path === '/api' || path.startsWith('/api/');
}

function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (acceptEncoding === undefined) return null;
  let gzip = false;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';');
    const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(parameter));
    if (refused) continue;
    const coding = name.trim().toLowerCase();
    if (coding === 'br') return 'br';
    if (coding === 'gzip') gzip = true;
  }
  return gzip ? 'gzip' : null;
}

const compressibleType = /^\s*(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|javascript))/i;

function hasUnreadBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

// Upstream response headers the browser gets. Everything else stays behind, notably Set-Cookie
// (an upstream session is the portal's, not the browser's) and WWW-Authenticate (it would make
// the browser pop up its own sign-in dialog).
const relayedResponseHeaders = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'retry-after',
] as const;

// Browser request headers Net3 gets. Authorization, Cookie and anything else the browser sends
// is dropped; the proxy sets its own Authorization.
const relayedRequestHeaders = ['accept-language', 'user-agent'] as const;

type RouteAnswer = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
type Method = 'GET' | 'POST' | 'DELETE';

/** Why a sign-in could not be checked with Net3 (as opposed to Net3 refusing it). */
class Net3Unavailable extends Error {
  constructor(
    readonly reason: 'timeout' | 'unreachable',
    readonly code: string | undefined,
  ) {
    super(reason);
  }
}

export function createNet3Proxy(options: Net3ProxyOptions): Net3Proxy {
  const { timeoutMs, trustProxy, choiceListsFile, signInLimiter, signupLimiter } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const sessions = createPortalSessions({
    secret: options.sessionSecret,
    idleTimeoutMs: options.sessionIdleTimeoutMs,
    trustProxy,
    now,
  });
  const base = new URL(options.net3ApiUrl);
  const secure = base.protocol === 'https:';
  const transport = secure ? https : http;
  const basePath = base.pathname.replace(/\/+$/, '');
  const target = {
    protocol: base.protocol,
    hostname: base.hostname.replace(/^\[|\]$/g, ''),
    port: base.port === '' ? undefined : Number(base.port),
  };
  const authorization = `Bearer ${options.net3ApiKey}`;
  // Kept-alive connections: a new TCP (and TLS) handshake per request would dominate the
  // proxy's added latency. Idle sockets are dropped before a typical 5 s server keep-alive ends.
  const agent = new transport.Agent({
    keepAlive: true,
    maxFreeSockets: 64,
    scheduling: 'lifo',
    timeout: 4_000,
  });

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    errorCode: string,
    message: string,
    headers: OutgoingHttpHeaders = {},
  ): void {
    // An unread body would otherwise be drained to keep the connection alive, however big it is.
    const close: OutgoingHttpHeaders = hasUnreadBody(req) ? { connection: 'close' } : {};
    sendServiceStackError(res, status, errorCode, message, { ...close, ...headers });
  }

  function refuseBody(
    req: IncomingMessage,
    res: ServerResponse,
    body: Extract<JsonBodyRead, { ok: false }>,
  ) {
    refuse(req, res, body.status, body.errorCode, body.message);
  }

  /** `withApiKey` false: the sign-in check goes to Net3 as the person, not as the portal. */
  function upstreamHeaders(
    req: IncomingMessage,
    body: Buffer | null,
    withApiKey: boolean,
  ): OutgoingHttpHeaders {
    const headers: OutgoingHttpHeaders = {
      accept: 'application/json',
      'x-forwarded-for': forwardedFor(req, trustProxy),
      'x-forwarded-proto': forwardedProto(req, trustProxy),
    };
    if (withApiKey) headers.authorization = authorization;
    for (const name of relayedRequestHeaders) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    if (body !== null) {
      headers['content-type'] = 'application/json; charset=utf-8';
      headers['content-length'] = body.length;
    }
    return headers;
  }

  function relayResponse(
    req: IncomingMessage,
    res: ServerResponse,
    upstream: IncomingMessage,
    done: () => void,
  ): void {
    const status = upstream.statusCode ?? 502;
    const headers: OutgoingHttpHeaders = { ...apiResponseHeaders };
    for (const name of relayedResponseHeaders) {
      const value = upstream.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const length = upstream.headers['content-length'];
    const contentType = upstream.headers['content-type'];
    const compressible =
      status !== 204 &&
      status !== 304 &&
      upstream.headers['content-encoding'] === undefined &&
      contentType !== undefined &&
      compressibleType.test(contentType);
    // Without a Content-Length the size is unknown; Net3's answers are small, so leave those be.
    const encoding =
      compressible && length !== undefined && Number(length) >= COMPRESSION_THRESHOLD_BYTES
        ? preferredEncoding(headersValue(req.headers['accept-encoding']))
        : null;
    if (compressible) headers.vary = 'accept-encoding';
    if (encoding !== null) {
      delete headers['content-length'];
      headers['content-encoding'] = encoding;
    }
    res.writeHead(status, headers);
    // Plain pipe() rather than stream.pipeline(): pipeline allocates an AbortController (and an
    // AbortError with a stack trace) per call, a measurable cost at thousands of requests a second.
    upstream.on('error', () => {}); // reported through 'close' below
    upstream.once('close', () => {
      done();
      // Cut off mid-body (timeout, Net3 went away): end the browser's response as broken too.
      if (!upstream.complete) res.destroy();
    });
    if (encoding === null) {
      upstream.pipe(res);
      return;
    }
    const encoder =
      encoding === 'br'
        ? zlib.createBrotliCompress({
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Number(length),
            },
          })
        : zlib.createGzip();
    encoder.once('error', () => res.destroy());
    upstream.pipe(encoder).pipe(res);
  }

  /**
   * Sends a POST to Net3 with the portal's key and relays the answer to the browser. Never sent
   * twice: the connection may drop after Net3 read the request, and a second send could
   * provision the customer twice.
   */
  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    upstreamPath: string,
    body: Buffer,
  ): void {
    const headers = upstreamHeaders(req, body, true);
    let timedOut = false;
    let clientGone = false;
    const outgoing = transport.request({
      ...target,
      agent,
      method: 'POST',
      path: basePath + upstreamPath,
      headers,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      outgoing.destroy(new Error('Net3 API timeout'));
    }, timeoutMs);
    res.once('close', () => {
      // The browser went away: stop waiting for Net3 on its behalf.
      if (!res.writableFinished) {
        clientGone = true;
        clearTimeout(timer);
        outgoing.destroy();
      }
    });
    let responded = false;
    outgoing.on('response', (upstream) => {
      responded = true;
      relayResponse(req, res, upstream, () => clearTimeout(timer));
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (responded) return; // relayResponse handles failures from here on
      clearTimeout(timer);
      if (clientGone || res.headersSent) {
        res.destroy();
        return;
      }
      if (timedOut) {
        sendServiceStackError(
          res,
          504,
          'GatewayTimeout',
          `The Net3 API did not answer within ${formatSeconds(timeoutMs)}. ` +
            'The customer may still have been created: check Net3 before sending it again.',
        );
        return;
      }
      sendServiceStackError(res, 502, 'BadGateway', unreachableMessage(error.code));
    });
    outgoing.end(body);
  }

  /**
   * Posts JSON to Net3 without the portal's key and reads the whole answer: the sign-in check.
   * Checking credentials changes nothing in Net3, so when a kept-alive connection turns out to
   * have been closed by Net3, it is sent once more on a fresh one.
   */
  function askNet3(
    req: IncomingMessage,
    upstreamPath: string,
    json: unknown,
  ): Promise<{ status: number; text: string }> {
    const body = Buffer.from(JSON.stringify(json));
    const headers = upstreamHeaders(req, body, false);
    return new Promise((resolve, reject) => {
      let settled = false;
      let timedOut = false;
      let current: ClientRequest | undefined;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const timer = setTimeout(() => {
        timedOut = true;
        current?.destroy(new Error('Net3 API timeout'));
      }, timeoutMs);
      const send = (isRetry: boolean) => {
        let responded = false;
        const outgoing = transport.request({
          ...target,
          agent,
          method: 'POST',
          path: basePath + upstreamPath,
          headers,
        });
        current = outgoing;
        outgoing.on('response', (upstream) => {
          responded = true;
          const chunks: Buffer[] = [];
          let size = 0;
          upstream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_SIGN_IN_ANSWER_BYTES) chunks.push(chunk);
          });
          upstream.on('error', () => {}); // reported through 'close' below
          upstream.once('close', () => {
            if (!upstream.complete) {
              const reason = timedOut ? 'timeout' : 'unreachable';
              finish(() => reject(new Net3Unavailable(reason, 'ECONNRESET')));
              return;
            }
            const text = size <= MAX_SIGN_IN_ANSWER_BYTES ? Buffer.concat(chunks).toString() : '';
            finish(() => resolve({ status: upstream.statusCode ?? 502, text }));
          });
        });
        outgoing.on('error', (error: NodeJS.ErrnoException) => {
          if (responded) return; // the response's 'close' settles it
          if (!isRetry && !timedOut && outgoing.reusedSocket && error.code === 'ECONNRESET') {
            send(true);
            return;
          }
          const reason = timedOut ? 'timeout' : 'unreachable';
          finish(() => reject(new Net3Unavailable(reason, error.code)));
        });
        outgoing.end(body);
      };
      send(false);
    });
  }

  function unreachableMessage(code: string | undefined): string {
    return (
      `The portal could not reach the Net3 API (${code ?? 'connection failed'}). ` +
      'Try again in a moment; if it keeps failing, the portal operator should check NET3_API_URL and that the Net3 API is up.'
    );
  }

  /**
   * The signed-in staff member, with the session renewed on the response when its renewal is
   * due (the idle timeout slides, to within a minute); or null after answering 401, clearing a
   * cookie that is no longer good.
   */
  async function requireSession(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<StaffIdentity | null> {
    const session = await sessions.read(req);
    if (session.state !== 'valid') {
      const clear: OutgoingHttpHeaders =
        session.state === 'invalid' ? { 'set-cookie': sessions.clear(req) } : {};
      refuse(req, res, 401, NOT_SIGNED_IN_ERROR_CODE, NOT_SIGNED_IN_MESSAGE, clear);
      return null;
    }
    if (session.renewalDue)
      res.setHeader('set-cookie', await sessions.issue(req, session.identity));
    return session.identity;
  }

  function tooManyRequests(
    req: IncomingMessage,
    res: ServerResponse,
    retryAfterSeconds: number,
    message: string,
  ): void {
    refuse(req, res, 429, 'TooManyRequests', message, { 'retry-after': String(retryAfterSeconds) });
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = clientAddress(req, trustProxy);
    const limitKey = clientLimitKey(address);
    const limit = await signInLimiter.check(limitKey);
    if (!limit.allowed) {
      log(`[net3-portal] sign-in from ${address} refused: too many failed sign-ins`);
      tooManyRequests(
        req,
        res,
        limit.retryAfterSeconds,
        `Too many sign-in attempts that did not work from your network. Try again in ${describeWait(limit.retryAfterSeconds)}.`,
      );
      return;
    }
    const body = await readJsonObjectBody(req, 'your username and password');
    if (!body.ok) {
      refuseBody(req, res, body);
      return;
    }
    const userName = readIgnoringCase(body.value, 'userName');
    const password = readIgnoringCase(body.value, 'password');
    const missing = [
      ...(typeof userName === 'string' && userName.trim() !== '' ? [] : ['UserName']),
      ...(typeof password === 'string' && password !== '' ? [] : ['Password']),
    ];
    if (missing.length > 0 || typeof userName !== 'string' || typeof password !== 'string') {
      const message = 'Enter your username and password.';
      sendJson(res, 400, {
        responseStatus: {
          errorCode: 'NotEmpty',
          message,
          errors: missing.map((fieldName) => ({
            errorCode: 'NotEmpty',
            fieldName,
            message: `Enter your ${fieldName === 'UserName' ? 'username' : 'password'}.`,
            meta: {},
          })),
        },
      });
      return;
    }

    let answer: { status: number; text: string };
    try {
      answer = await askNet3(req, '/auth/credentials', { userName: userName.trim(), password });
    } catch (error) {
      if (!(error instanceof Net3Unavailable)) throw error;
      if (error.reason === 'timeout') {
        sendServiceStackError(
          res,
          504,
          'GatewayTimeout',
          `The Net3 API did not check the sign-in within ${formatSeconds(timeoutMs)}. Try again in a moment.`,
        );
      } else {
        sendServiceStackError(res, 502, 'BadGateway', unreachableMessage(error.code));
      }
      return;
    }
    // 401 wrong password or unknown user, 403 a locked account, 400 a refused form of the
    // request: all one answer, so nobody can learn which user names exist.
    if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
      // Logged without the user name: people sometimes type their password into it.
      log(`[net3-portal] sign-in from ${address} refused by Net3 (HTTP ${answer.status})`);
      await signInLimiter.consume(limitKey);
      sendServiceStackError(res, 401, 'Unauthorized', WRONG_CREDENTIALS_MESSAGE);
      return;
    }
    const json = answer.status >= 200 && answer.status <= 299 ? parseJson(answer.text) : undefined;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      sendServiceStackError(
        res,
        502,
        'BadGateway',
        `The Net3 API could not check the sign-in (it answered HTTP ${answer.status}${answer.status < 300 ? ' without an AuthenticateResponse' : ''}). ` +
          'Try again in a moment; if it keeps happening, contact an administrator.',
      );
      return;
    }
    const identity = identityFromAuthenticateResponse(json, userName);
    const cookie = await sessions.issue(req, identity);
    sendJson(res, 200, authenticateResponseOf(identity), { 'set-cookie': cookie });
  }

  function signOut(req: IncomingMessage, res: ServerResponse): void {
    // The sealed cookie is the whole session: removing it from the browser ends it.
    const close: OutgoingHttpHeaders = hasUnreadBody(req) ? { connection: 'close' } : {};
    res.writeHead(204, { ...apiResponseHeaders, ...close, 'set-cookie': sessions.clear(req) });
    res.end();
  }

  async function currentSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    sendJson(res, 200, authenticateResponseOf(identity));
  }

  async function provisionCustomer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    const body = await readJsonObjectBody(req, 'the customer');
    if (!body.ok) {
      refuseBody(req, res, body);
      return;
    }
    // Net3 matches property names case-insensitively, so a "RequesterIp" or "CreatedBY" from
    // the browser must not survive beside ours.
    const customer = body.value;
    for (const key of Object.keys(customer)) {
      const name = key.toLowerCase();
      if (name === 'requesterip' || name === 'createdby') delete customer[key];
    }
    customer.createdBy = createdByOf(identity);
    customer.requesterIP = clientAddress(req, trustProxy);
    forward(req, res, '/provisioning/customer', Buffer.from(JSON.stringify(customer)));
  }

  async function signup(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObjectBody(req, 'the signup');
    if (!body.ok) {
      refuseBody(req, res, body);
      return;
    }
    const address = clientAddress(req, trustProxy);
    // Counted when attempted, whatever happens next, so a burst is limited too.
    const limit = await signupLimiter.consume(clientLimitKey(address));
    if (!limit.allowed) {
      log(`[net3-portal] signup from ${address} refused: too many signups from this network`);
      tooManyRequests(
        req,
        res,
        limit.retryAfterSeconds,
        `Too many signups from your network. Try again in ${describeWait(limit.retryAfterSeconds)}. What you entered is still here.`,
      );
      return;
    }
    if (isHoneypotFilled(body.value)) {
      log(
        `[net3-portal] a signup from ${address} filled in the hidden "website" field: answered as accepted, not sent to Net3`,
      );
      sendJson(res, 200, {});
      return;
    }
    const request = applySignupPolicy(body.value, {
      serviceLevelId: options.signup.serviceLevelId,
      typePricingTierId: options.signup.pricingTierId,
      typeCustomerStatusId: options.signup.customerStatusId,
      requesterIP: address,
      requestCreated: formatServiceStackDate(new Date(now())),
    });
    forward(req, res, '/provisioning/customer', Buffer.from(JSON.stringify(request)));
  }

  function choiceLists(_req: IncomingMessage, res: ServerResponse): void {
    readChoiceLists(choiceListsFile).then(
      (lists) => sendJson(res, 200, lists),
      (error: unknown) => {
        const message =
          error instanceof ChoiceListsFileError
            ? error.message
            : `The choice lists file ${choiceListsFile} could not be read.`;
        log(message);
        sendServiceStackError(res, 500, 'ChoiceListsFileInvalid', message);
      },
    );
  }

  const routes = new Map<string, Partial<Record<Method, RouteAnswer>>>([
    ['/api/session', { POST: signIn, DELETE: signOut }],
    ['/api/auth', { GET: currentSession }],
    ['/api/provisioning/customer', { POST: provisionCustomer }],
    ['/api/signup', { POST: signup }],
    ['/api/choice-lists', { GET: choiceLists }],
  ]);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const method = req.method ?? '';
    const path = pathOfUrl(req.url);
    res.once('close', () => {
      const ms = (performance.now() - started).toFixed(1);
      const status = res.headersSent ? String(res.statusCode) : '-';
      const aborted = res.writableFinished ? '' : ' (connection closed early)';
      log(`[net3-proxy] ${method} ${path} ${status} ${ms} ms${aborted}`);
    });
    const route = routes.get(path);
    if (route === undefined) {
      refuse(
        req,
        res,
        404,
        'NotFound',
        `The portal has no API at ${path.slice(0, 100)}. ` +
          'It answers POST and DELETE /api/session, GET /api/auth, POST /api/provisioning/customer, ' +
          'POST /api/signup and GET /api/choice-lists.',
      );
      return;
    }
    const answer = route[method as Method];
    if (answer === undefined) {
      const allowed = Object.keys(route).join(', ');
      refuse(req, res, 405, 'MethodNotAllowed', `${path} accepts ${allowed} only, not ${method}.`, {
        allow: allowed,
      });
      return;
    }
    if (!isSafeMethod(method)) {
      const refusal = crossSiteRefusal(req, trustProxy);
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
      log(`[net3-proxy] ${method} ${path} failed: ${(error as Error).message}`);
      if (!res.headersSent) {
        refuse(req, res, 500, 'InternalServerError', 'The portal failed to handle this request.');
      } else {
        res.destroy();
      }
    };
    try {
      const pending = answer(req, res);
      // A rejection means the client went away mid-body, a limiter store failed, or a bug.
      if (pending !== undefined) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  return {
    handle,
    close: () => agent.destroy(),
  };
}

function headersValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

