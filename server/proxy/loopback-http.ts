// Raw HTTP over loopback for tests: a client that lets a test control every header, chunking
// and lying Content-Length, and helpers to listen on, close and find free loopback ports.
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from 'node:http';
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
