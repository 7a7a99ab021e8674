// Test helpers for the proxy and its hosts: a raw HTTP client (so tests control every header,
// chunking and lying Content-Lengths) and a recording stand-in for the Net3 API.
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type TestResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  /** Raw bytes as received (still compressed if Content-Encoding is set). */
  body: Buffer;
  text: string;
  json(): unknown;
};

export type TestRequest = {
  method?: string;
  headers?: OutgoingHttpHeaders;
  /** Sent in one piece with a Content-Length. */
  body?: string | Buffer;
  /** Sent with Transfer-Encoding: chunked, one write per chunk. */
  chunks?: Buffer[];
};

/** One request over a fresh connection; resolves when the whole response has arrived. */
export function sendRequest(url: string, request: TestRequest = {}): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    let responded = false;
    const outgoing = http.request(url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      agent: false,
    });
    outgoing.on('response', (res) => {
      responded = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text,
          json: () => JSON.parse(text) as unknown,
        });
      });
      res.on('error', reject);
    });
    // A server that refuses a body may close the connection while the client is still writing.
    outgoing.on('error', (error) => {
      if (!responded) reject(error);
    });
    if (request.chunks !== undefined) {
      for (const chunk of request.chunks) outgoing.write(chunk);
      outgoing.end();
    } else {
      outgoing.end(request.body);
    }
  });
}

/** Listens on a free loopback port and returns its base URL. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A port nothing listens on (it was free a moment ago). */
export async function unusedLoopbackUrl(): Promise<string> {
  const server = http.createServer();
  const url = await listenOnLoopback(server);
  await closeServer(server);
  return url;
}

export type RecordedRequest = {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
};

export type UpstreamAnswer = (request: RecordedRequest, res: ServerResponse) => void;

export type RecordingUpstream = {
  url: string;
  requests: RecordedRequest[];
  /** How the next requests are answered; defaults to 200 {"customerId":"ACME-001"}. */
  answerWith(answer: UpstreamAnswer): void;
  close(): Promise<void>;
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
  let answer: UpstreamAnswer = answerJson(200, { customerId: 'ACME-001' });
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
      requests.push(request);
      answer(request, res);
    });
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    requests,
    answerWith(next) {
      answer = next;
    },
    close: () => closeServer(server),
  };
}
