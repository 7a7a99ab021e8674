// Test helpers for the proxy and its hosts: a recording stand-in for the Net3 API (which also
// answers sign-ins for one test user), the proxy on a loopback port, a staff session cookie
// minted with the test secret, and the portal's requests built on the raw client in
// loopback-http.ts.
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPortalDatabase, type PortalDatabase } from '../database/open-portal-database.ts';
import { createAttemptLimiter, type AttemptLimiter } from '../limits/attempt-limiter.ts';
import {
  createPortalSessions,
  SECURE_SESSION_COOKIE_NAME,
  SESSION_COOKIE_NAME,
} from '../session/portal-session.ts';
import type { StaffIdentity } from '../session/staff-identity.ts';
import { createStaffSessionStore } from '../session/staff-session-store.ts';
import { isPortalApiPath } from './api-path.ts';
import { createCapturingLogger } from '../portal-log.ts';
import { createNet3Proxy } from './net3-proxy.ts';
import type { Net3ProxyOptions } from './net3-proxy-options.ts';
import { closeServer, listenOnLoopback, sendRequest, type TestResponse } from './loopback-http.ts';

export type RecordedRequest = {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
};

export type UpstreamAnswer = (request: RecordedRequest, res: ServerResponse) => void;

export type RecordingUpstream = {
  url: string;
  /** Every request except sign-ins (POST /auth/credentials), in order. */
  requests: RecordedRequest[];
  /** The sign-ins, in order. */
  signInRequests: RecordedRequest[];
  /** How the next requests (but sign-ins) are answered; defaults to 200 {"customerId":"ACME-001"}. */
  answerWith(answer: UpstreamAnswer): void;
  /** How the next sign-ins are answered; defaults to answerTestStaffSignIn. */
  answerSignInWith(answer: UpstreamAnswer): void;
  close(): Promise<void>;
};

/** The staff member the recording upstream knows, and how Net3 describes them. */
export const testStaff = {
  userName: 'rep1',
  password: 'rep1-password-9c1f',
  authenticateResponse: {
    userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    sessionId: 'Xq3nVd0yKcE2bNw1T8sA',
    userName: 'rep1',
    displayName: 'Rep One',
    email: 'rep1@net3.example',
    firstName: 'Rep',
    lastName: 'One',
    roles: ['Sales'],
    bearerToken: 'upstream-bearer-token-never-to-the-browser',
  },
} as const;

/** The identity the portal keeps for testStaff. */
export const testStaffIdentity: StaffIdentity = {
  userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  userName: 'rep1',
  displayName: 'Rep One',
  email: 'rep1@net3.example',
  firstName: 'Rep',
  lastName: 'One',
};

/** ServiceStack's credentials auth for testStaff: 200 AuthenticateResponse, else 401. */
export const answerTestStaffSignIn: UpstreamAnswer = (request, res) => {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(request.body) as Record<string, unknown>;
  } catch {
    // an unreadable body is a wrong password
  }
  const right = body.userName === testStaff.userName && body.password === testStaff.password;
  answerJson(
    right ? 200 : 401,
    right
      ? testStaff.authenticateResponse
      : {
          responseStatus: {
            errorCode: 'Unauthorized',
            message: 'Invalid UserName or Password',
            errors: [],
          },
        },
  )(request, res);
};

export const answerJson =
  (status: number, body: unknown): UpstreamAnswer =>
  (_request, res) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };

/** A stand-in for the Net3 API that records every request it receives. */
export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const requests: RecordedRequest[] = [];
  const signInRequests: RecordedRequest[] = [];
  let answer: UpstreamAnswer = answerJson(200, { customerId: 'ACME-001' });
  let answerSignIn: UpstreamAnswer = answerTestStaffSignIn;
  const server = http.createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const isSignIn = request.url.endsWith('/auth/credentials');
      (isSignIn ? signInRequests : requests).push(request);
      (isSignIn ? answerSignIn : answer)(request, res);
    });
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    requests,
    signInRequests,
    answerWith(next) {
      answer = next;
    },
    answerSignInWith(next) {
      answerSignIn = next;
    },
    close: () => closeServer(server),
  };
}

export const TEST_API_KEY = 'net3-key-do-not-leak-7f3a9c';
export const TEST_SESSION_SECRET = 'test-session-secret-of-at-least-32-characters';
export const DEFAULT_CHOICE_LISTS = path.resolve(
  import.meta.dirname,
  '../../config/choice-lists.json',
);

/** What every state-changing request from the portal's own pages carries. */
export const portalHeader = { 'x-net3-portal': '1' } as const;

export type TestPortal = {
  url: string;
  logLines: string[];
  close(): Promise<void>;
};

export type TestPortalOverrides = Partial<Omit<Net3ProxyOptions, 'net3ApiUrl' | 'logger'>>;

let sharedTestDatabase: Promise<PortalDatabase> | undefined;

/**
 * The portal store the test portals of one test file share (an SQLite file in a temporary
 * folder), so a session minted here is one the portal knows. database-test-dialects.ts runs
 * the store's own tests on both SQLite and PostgreSQL.
 */
export function testPortalDatabase(): Promise<PortalDatabase> {
  sharedTestDatabase ??= openPortalDatabase({
    dialect: 'sqlite',
    file: path.join(mkdtempSync(path.join(tmpdir(), 'portal-proxy-test-')), 'portal.sqlite'),
  });
  return sharedTestDatabase;
}

/** A memory limiter that allows `attempts` per window (default: as good as unlimited). */
export function testLimiter(attempts = 1_000, windowSeconds = 3_600): AttemptLimiter {
  return createAttemptLimiter({ name: 'test', attempts, windowSeconds });
}

/** The proxy alone on a loopback port, as the hosts mount it; anything outside /api is a 418. */
export async function startTestPortal(
  net3ApiUrl: string,
  overrides: TestPortalOverrides = {},
): Promise<TestPortal> {
  const { logger, lines: logLines } = createCapturingLogger();
  const proxy = createNet3Proxy({
    net3ApiUrl,
    net3ApiKey: TEST_API_KEY,
    timeoutMs: 5_000,
    trustProxy: false,
    choiceListsFile: DEFAULT_CHOICE_LISTS,
    sessionSecret: TEST_SESSION_SECRET,
    sessionIdleTimeoutMs: 8 * 60 * 60 * 1000,
    sessionAbsoluteTimeoutMs: 12 * 60 * 60 * 1000,
    database: await testPortalDatabase(),
    signInLimiter: testLimiter(),
    signupLimiter: testLimiter(),
    signup: { serviceLevelId: 1, pricingTierId: 1, customerStatusId: 2 },
    ...overrides,
    logger,
  });
  const server: Server = http.createServer((req, res) => {
    if (isPortalApiPath(req.url)) proxy.handle(req, res);
    else res.writeHead(418).end();
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    logLines,
    close: async () => {
      proxy.close();
      await closeServer(server);
    },
  };
}

/**
 * A Cookie header value naming a staff session, signed with TEST_SESSION_SECRET, as a
 * sign-in would have set it; `now` dates it (the session's last use). Its row goes into
 * `database` (default: testPortalDatabase(), the one startTestPortal uses by default).
 */
export async function mintSessionCookie(
  identity: StaffIdentity = testStaffIdentity,
  options: { secret?: string; now?: number; database?: PortalDatabase } = {},
): Promise<string> {
  const database = options.database ?? (await testPortalDatabase());
  const sessions = createPortalSessions({
    secret: options.secret ?? TEST_SESSION_SECRET,
    idleTimeoutMs: 8 * 60 * 60 * 1000,
    absoluteTimeoutMs: 12 * 60 * 60 * 1000,
    maxSessionsPerPerson: 1_000,
    store: createStaffSessionStore(database.db),
    trustProxy: false,
    now: () => options.now ?? Date.now(),
  });
  const request = { headers: { host: '127.0.0.1' }, socket: {} } as IncomingMessage;
  return cookiePairOf(await sessions.issue(request, identity));
}

/** "name=value" from a Set-Cookie header value. */
export function cookiePairOf(setCookie: string): string {
  return setCookie.split(';')[0]!.trim();
}

/** The portal's session Set-Cookie of a response, if it set one. */
export function sessionSetCookie(response: TestResponse): string | undefined {
  const values = response.headers['set-cookie'] ?? [];
  return values.find(
    (value) =>
      value.startsWith(`${SESSION_COOKIE_NAME}=`) ||
      value.startsWith(`${SECURE_SESSION_COOKIE_NAME}=`),
  );
}

/** POSTs JSON with the portal's own header (and whatever else the test adds). */
export function postJson(
  url: string,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): Promise<TestResponse> {
  return sendRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...portalHeader, ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs in through the portal; resolves the response and its session cookie ("name=value"). */
export async function signInThrough(
  portalUrl: string,
  credentials: { userName: string; password: string } = testStaff,
  headers: OutgoingHttpHeaders = {},
): Promise<{ response: TestResponse; cookie: string | undefined }> {
  const response = await postJson(
    `${portalUrl}/api/session`,
    { userName: credentials.userName, password: credentials.password },
    headers,
  );
  const setCookie = sessionSetCookie(response);
  return { response, cookie: setCookie === undefined ? undefined : cookiePairOf(setCookie) };
}
