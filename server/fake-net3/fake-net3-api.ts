// A fake of the Net3 API (a ServiceStack service) on plain node:http, faithful to
// ../shared/net3-api/servicestack-conventions.md, so the portal can be developed, shown and
// tested without the real API. It answers POST /provisioning/customer, GET /auth and
// POST /auth/credentials (ServiceStack's credentials sign-in, with the demo users in
// demo-users.ts) like Net3 would, and adds a test backdoor under /__fake/ to read what
// arrived and queue faults.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';
import { fakeNet3DemoUsers } from './demo-users.ts';
import { createFaultQueue, parseFault, type FakeNet3Fault } from './fake-faults.ts';
import { validateProvisionCustomer } from './provision-customer-rules.ts';
import { openProvisionedCustomers } from './provisioned-customers.ts';
import { EMPTY_GUID, readProvisionCustomerModel } from './read-provision-customer-model.ts';

export type FakeNet3ApiOptions = {
  /** The key callers must present, as `Authorization: Bearer <key>` or Basic with it as user name. */
  apiKey: string;
  /** 0 or undefined: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** JSON file the provisioned customers are loaded from at start and saved to after each. */
  dataFile?: string;
  /** One line per request answered; never includes credentials. */
  log?: (line: string) => void;
};

export type FakeNet3Api = {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Stops listening and ends every open connection, keep-alive ones included. */
  close(): Promise<void>;
};

/** One request the fake received outside /__fake/, as listed by GET /__fake/requests. */
export type FakeNet3RequestRecord = {
  /** 1, 2, 3... in order of arrival. */
  id: number;
  receivedAt: string;
  method: string;
  /** As received, without the query string (`/provisioning/customer`). */
  path: string;
  /** `?a=b` or ''. */
  query: string;
  /** Every header as Node saw it, names in lower case. */
  headers: IncomingHttpHeaders;
  /**
   * The JSON as received, unmodified (except a sign-in's password, shown as "[redacted]"); the
   * raw text when it is not JSON; null when empty.
   */
  body: unknown;
  rawBody: string;
  /** True when the fake answered 2xx itself: a customer provisioned, or a session returned. */
  accepted: boolean;
  /** The queued fault this request used, if any. */
  fault: FakeNet3Fault | null;
  /** What the fake answered (a JSON body parsed, any other as text); null while still waiting or when dropped. */
  response: { status: number; body: unknown } | null;
};

type Answer = {
  status: number;
  body: string;
  contentType: string;
  headers?: Record<string, string | string[]>;
};

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The AuthenticateResponse of a demo user, as ServiceStack answers a sign-in or GET /auth. */
function authenticateResponseOf(user: (typeof fakeNet3DemoUsers)[number]) {
  return {
    userId: user.userId,
    userName: user.userName,
    displayName: user.displayName,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    roles: user.roles,
    permissions: [],
  };
}

/** The user every GET /auth with the API key returns: the key's own session. */
const apiKeyUser = authenticateResponseOf(fakeNet3DemoUsers[0]!);

const REDACTED = '[redacted]';

export async function startFakeNet3Api(options: FakeNet3ApiOptions): Promise<FakeNet3Api> {
  if (!options.apiKey) throw new Error('startFakeNet3Api needs a non-empty apiKey');
  const log = options.log ?? (() => {});
  const customers = openProvisionedCustomers(options.dataFile);
  const faults = createFaultQueue();
  const sessionId = randomBytes(15).toString('base64url');
  const permanentSessionId = randomBytes(15).toString('base64url');
  const closing = new AbortController();
  let requests: FakeNet3RequestRecord[] = [];
  let lastRequestId = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    // ServiceStack matches routes ignoring case and a trailing slash.
    const route = url.pathname.toLowerCase().replace(/(.)\/+$/, '$1');
    if (route.startsWith('/__fake/')) return handleBackdoor(req, res, route);

    const rawBody = await readBody(req);
    // A sign-in's password is never kept, not even in the fake's own list of requests.
    const recordedBody = route === '/auth/credentials' ? redactPassword(rawBody) : rawBody;
    const record: FakeNet3RequestRecord = {
      id: ++lastRequestId,
      receivedAt: new Date().toISOString(),
      method: req.method ?? '',
      path: url.pathname,
      query: url.search,
      headers: { ...req.headers },
      body: recordedBody === null ? null : parseRecordedBody(recordedBody),
      rawBody: recordedBody ?? '',
      accepted: false,
      fault: null,
      response: null,
    };
    requests.push(record);

    const fault = faults.take(route);
    record.fault = fault;
    if (fault?.delayMs) await sleep(fault.delayMs, undefined, { signal: closing.signal });
    if (fault?.dropConnection) {
      log(`${record.method} ${record.path} -> connection dropped (fault)`);
      req.socket.destroy();
      return;
    }

    let answer: Answer;
    if (fault?.status !== undefined) answer = faultAnswer(fault);
    else if (rawBody === null) answer = tooLarge();
    else answer = answerNet3(req, route, rawBody, record);

    const isJson = answer.contentType.includes('json');
    record.response = {
      status: answer.status,
      body: isJson ? parseRecordedBody(answer.body) : answer.body,
    };
    log(`${record.method} ${record.path} -> ${answer.status}${fault ? ' (fault)' : ''}`);
    send(res, answer);
  }

  /** The routes Net3 has; everything else is ServiceStack's plain-text 404. */
  function answerNet3(
    req: IncomingMessage,
    route: string,
    rawBody: string,
    record: FakeNet3RequestRecord,
  ): Answer {
    const methods: Record<string, string> = {
      '/provisioning/customer': 'POST',
      '/auth': 'GET',
      '/auth/credentials': 'POST',
    };
    const allowed = methods[route];
    if (allowed === undefined) {
      return { status: 404, body: '404', contentType: 'text/plain; charset=utf-8' };
    }
    if (req.method !== allowed) {
      return {
        ...serviceStackError(405, 'MethodNotAllowed', `${req.method} is not supported on ${route}`),
        headers: { allow: allowed },
      };
    }
    // Signing in needs no API key, as in ServiceStack: the credentials are the authentication.
    if (route === '/auth/credentials') {
      const answer = signIn(rawBody);
      record.accepted = answer.status === 200;
      return answer;
    }
    if (!isAuthenticated(req.headers.authorization)) {
      return serviceStackError(401, 'Unauthorized', 'Not Authenticated');
    }
    const answer = route === '/auth' ? sessionAnswer() : provisionCustomer(rawBody);
    record.accepted = answer.status >= 200 && answer.status < 300;
    return answer;
  }

  function isAuthenticated(authorization: string | undefined): boolean {
    const presented = presentedApiKey(authorization);
    return presented !== null && sameSecret(presented, options.apiKey);
  }

  function sessionAnswer(): Answer {
    return withSessionCookies(jsonAnswer(200, { ...apiKeyUser, sessionId }));
  }

  // Like ServiceStack's session feature; a proxy must not pass these on to the browser.
  function withSessionCookies(answer: Answer): Answer {
    answer.headers = {
      'set-cookie': [
        `ss-id=${sessionId}; path=/; samesite=lax; httponly`,
        `ss-pid=${permanentSessionId}; expires=Fri, 01 Jan 2100 00:00:00 GMT; path=/; samesite=lax; httponly`,
      ],
    };
    return answer;
  }

  /** POST /auth/credentials {userName, password}: ServiceStack's CredentialsAuthProvider. */
  function signIn(rawBody: string): Answer {
    let json: unknown;
    try {
      json = JSON.parse(rawBody.replace(/^\uFEFF/, ''));
    } catch {
      return serviceStackError(
        400,
        'SerializationException',
        "Could not deserialize 'application/json' request using Authenticate",
      );
    }
    const fields =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    const userName = readIgnoringCase(fields, 'userName');
    const password = readIgnoringCase(fields, 'password');
    // User names match ignoring case, as in ServiceStack's user stores; passwords exactly.
    const user = fakeNet3DemoUsers.find(
      (candidate) =>
        typeof userName === 'string' &&
        candidate.userName.toLowerCase() === userName.trim().toLowerCase(),
    );
    const passwordMatches =
      user !== undefined && typeof password === 'string' && sameSecret(password, user.password);
    if (!passwordMatches) {
      return serviceStackError(401, 'Unauthorized', 'Invalid UserName or Password');
    }
    return withSessionCookies(jsonAnswer(200, { ...authenticateResponseOf(user), sessionId }));
  }

  function provisionCustomer(rawBody: string): Answer {
    let json: unknown = null;
    try {
      // An empty body binds an empty DTO, as ServiceStack does; its validation then answers.
      if (rawBody.trim() !== '') json = JSON.parse(rawBody.replace(/^\uFEFF/, ''));
    } catch {
      json = undefined;
    }
    if (
      json === undefined ||
      (json !== null && (typeof json !== 'object' || Array.isArray(json)))
    ) {
      return serviceStackError(
        400,
        'SerializationException',
        "Could not deserialize 'application/json' request using ProvisionCustomerModel",
      );
    }
    const model = readProvisionCustomerModel(json as Record<string, unknown> | null);

    const errors = validateProvisionCustomer(model);
    const [first] = errors;
    if (first) {
      return jsonAnswer(400, {
        responseStatus: { errorCode: first.errorCode, message: first.message, errors },
      });
    }

    const givenId = model.customer?.customerId;
    const email = model.customer?.email ?? null;
    const conflict = customers.findConflict(givenId ?? null, email);
    if (conflict === 'customerId') {
      return serviceStackError(409, 'Conflict', 'A customer with this Customer ID already exists.');
    }
    if (conflict === 'email') {
      return serviceStackError(
        409,
        'Conflict',
        'A customer with this email address already exists.',
      );
    }

    const customerId = givenId && givenId.trim() !== '' ? givenId : customers.nextCustomerId();
    const givenCompanyId = model.customer?.n3TLogins_CompanyId ?? EMPTY_GUID;
    const companyId =
      givenCompanyId !== EMPTY_GUID ? givenCompanyId : randomBytes(16).toString('hex');
    customers.add({
      customerId,
      n3TLogins_CompanyId: companyId,
      customerName: model.customer?.customerName ?? null,
      email,
      provisionedAt: new Date().toISOString(),
      request: json,
    });
    return jsonAnswer(200, { customerId, n3TLogins_CompanyId: companyId });
  }

  // The backdoor needs no key on purpose: it is a test hook on a private loopback port, never
  // reachable through the portal (its proxy forwards only Net3's own routes). It lists the
  // headers as received, Authorization included: do not expose this port to anyone else.
  async function handleBackdoor(req: IncomingMessage, res: ServerResponse, route: string) {
    const methods: Record<string, string> = {
      '/__fake/requests': 'GET',
      '/__fake/customers': 'GET',
      '/__fake/faults': 'GET POST',
      '/__fake/reset': 'POST',
    };
    const allowed = methods[route];
    if (!allowed) return send(res, jsonAnswer(404, { error: `no backdoor route ${route}` }));
    if (!allowed.split(' ').includes(req.method ?? '')) {
      return send(res, {
        ...jsonAnswer(405, { error: `use ${allowed}` }),
        headers: { allow: allowed },
      });
    }

    if (route === '/__fake/requests') return send(res, jsonAnswer(200, requests));
    if (route === '/__fake/customers') return send(res, jsonAnswer(200, customers.list()));
    if (route === '/__fake/faults' && req.method === 'GET') {
      return send(res, jsonAnswer(200, faults.pending()));
    }
    if (route === '/__fake/reset') {
      requests = [];
      faults.clear();
      customers.clear();
      log('reset: requests, faults and provisioned customers cleared');
      return send(res, jsonAnswer(200, { reset: true }));
    }

    const rawBody = (await readBody(req)) ?? '';
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      return send(res, jsonAnswer(400, { error: 'the fault must be JSON' }));
    }
    const fault = parseFault(json);
    if ('error' in fault) return send(res, jsonAnswer(400, { error: fault.error }));
    faults.add(fault);
    log(`fault queued: ${JSON.stringify(fault)}`);
    return send(res, jsonAnswer(200, { pending: faults.pending() }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (closing.signal.aborted) return; // a delayed answer cut short by close()
      log(`${req.method} ${req.url} -> 500 (${String(error)})`);
      if (!res.headersSent) send(res, serviceStackError(500, 'Exception', String(error)));
      else res.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closed: Promise<void> | null = null;
  return {
    url,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** The key from `Bearer <key>` or from Basic auth's user name; null for anything else. */
function presentedApiKey(authorization: string | undefined): string | null {
  const match = /^(\S+)\s+(.+)$/.exec(authorization?.trim() ?? '');
  if (!match) return null;
  const [, scheme = '', value = ''] = match;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() !== 'basic') return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : null;
}

/** Constant-time comparison; hashing first gives equal lengths without revealing the key's. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}


/** The body with every "password" property (any letter case) replaced; null stays null. */
function redactPassword(rawBody: string | null): string | null {
  if (rawBody === null || rawBody.trim() === '') return rawBody;
  let json: unknown;
  try {
    json = JSON.parse(rawBody.replace(/^\uFEFF/, ''));
  } catch {
    return REDACTED; // not JSON: it may be nothing but the password
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return REDACTED;
  const redacted = Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      key.toLowerCase() === 'password' ? REDACTED : (value as unknown),
    ]),
  );
  return JSON.stringify(redacted);
}

/** The body as text; null when it is larger than the fake accepts. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : null;
}

function parseRecordedBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function faultAnswer(fault: FakeNet3Fault): Answer {
  const body = fault.body ?? '';
  const isText = typeof body === 'string';
  return {
    status: fault.status ?? 500,
    body: isText ? body : JSON.stringify(body),
    contentType: fault.contentType ?? (isText ? 'text/plain; charset=utf-8' : JSON_CONTENT_TYPE),
  };
}

function tooLarge(): Answer {
  return serviceStackError(413, 'RequestEntityTooLarge', 'The request body is too large.');
}

function jsonAnswer(status: number, body: unknown): Answer {
  return { status, body: JSON.stringify(body), contentType: JSON_CONTENT_TYPE };
}

function serviceStackError(status: number, errorCode: string, message: string): Answer {
  return jsonAnswer(status, { responseStatus: { errorCode, message, errors: [] } });
}

function send(res: ServerResponse, answer: Answer): void {
  // The caller may have gone (a timed-out proxy); the request still counts, as it would on Net3.
  if (res.destroyed) return;
  res.writeHead(answer.status, {
    'content-type': answer.contentType,
    'content-length': Buffer.byteLength(answer.body),
    ...answer.headers,
  });
  res.end(answer.body);
}
