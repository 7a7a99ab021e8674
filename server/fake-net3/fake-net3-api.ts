// A fake of the Net3 API (a ServiceStack service) on plain node:http, faithful to
// ../shared/net3-api/servicestack-conventions.md, so the portal can be developed, shown and
// tested without the real API. It answers POST /provisioning/customer, GET /auth and
// POST /auth/credentials like Net3 would, and adds a test backdoor under /__fake/ to read what
// arrived and queue faults. This module is the server and its routing; the answers live in
// provision-customer-endpoint.ts, fake-auth.ts and fake-backdoor.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createFakeAuth } from './fake-auth.ts';
import { handleBackdoor, type BackdoorState } from './fake-backdoor.ts';
import { createFaultQueue, faultAnswer, type faultRoutes } from './fake-faults.ts';
import {
  readBody,
  send,
  serviceStackError,
  TEXT_CONTENT_TYPE,
  tooLarge,
  type Answer,
} from './fake-http.ts';
import { provisionCustomer } from './provision-customer-endpoint.ts';
import { openProvisionedCustomers } from './provisioned-customers.ts';
import { createRequestRecorder, recordAnswer } from './request-recording.ts';

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

/** One of Net3's routes: the method it takes, and whether it needs the API key. */
type Net3Route = {
  method: string;
  needsApiKey: boolean;
  answer(rawBody: string): Answer;
};

export async function startFakeNet3Api(options: FakeNet3ApiOptions): Promise<FakeNet3Api> {
  if (!options.apiKey) throw new Error('startFakeNet3Api needs a non-empty apiKey');
  const log = options.log ?? (() => {});
  const customers = openProvisionedCustomers(options.dataFile);
  const faults = createFaultQueue();
  const recorder = createRequestRecorder();
  const auth = createFakeAuth(options.apiKey);
  const backdoor: BackdoorState = { recorder, faults, customers, log };
  const closing = new AbortController();

  // The routes Net3 has (the same ones a fault may name); anything else is ServiceStack's
  // plain-text 404.
  const net3Routes: Record<(typeof faultRoutes)[number], Net3Route> = {
    '/provisioning/customer': {
      method: 'POST',
      needsApiKey: true,
      answer: (rawBody) => provisionCustomer(rawBody, customers),
    },
    '/auth': { method: 'GET', needsApiKey: true, answer: () => auth.sessionAnswer() },
    // Signing in needs no API key, as in ServiceStack: the credentials are the authentication.
    '/auth/credentials': {
      method: 'POST',
      needsApiKey: false,
      answer: (rawBody) => auth.signIn(rawBody),
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    // ServiceStack matches routes ignoring case and a trailing slash.
    const route = url.pathname.toLowerCase().replace(/(.)\/+$/, '$1');
    if (route.startsWith('/__fake/')) return handleBackdoor(backdoor, req, res, route);

    const rawBody = await readBody(req);
    const record = recorder.record(req, url, route, rawBody);

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
    else {
      answer = answerNet3(req, route, rawBody);
      // A customer provisioned or a session returned (a 404, 405 or 401 is never 2xx).
      record.accepted = answer.status >= 200 && answer.status < 300;
    }

    recordAnswer(record, answer);
    log(`${record.method} ${record.path} -> ${answer.status}${fault ? ' (fault)' : ''}`);
    send(res, answer);
  }

  function isNet3Route(route: string): route is keyof typeof net3Routes {
    return Object.hasOwn(net3Routes, route);
  }

  function answerNet3(req: IncomingMessage, route: string, rawBody: string): Answer {
    if (!isNet3Route(route)) return { status: 404, body: '404', contentType: TEXT_CONTENT_TYPE };
    const { method, needsApiKey, answer } = net3Routes[route];
    if (req.method !== method) {
      return {
        ...serviceStackError(405, 'MethodNotAllowed', `${req.method} is not supported on ${route}`),
        headers: { allow: method },
      };
    }
    if (needsApiKey && !auth.isAuthenticated(req.headers.authorization)) {
      return serviceStackError(401, 'Unauthorized', 'Not Authenticated');
    }
    return answer(rawBody);
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
