// Issue 11, item 3, on a raw socket against the production server: a body that stops arriving
// (Content-Length 1000, two bytes, then silence) or headers that never end get 408 and the
// connection closed. The deadlines are 200 ms here instead of the production 10 s. The same
// under `npm run dev` (Vite serving the browser code from source) as under `npm start`.
import { createCapturingLogger } from './portal-log.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalConfig, type PortalConfig } from './config.ts';
import { viteFromSource } from './dev-server.ts';
import { buildProductionServer } from './production-server.ts';
import { REQUEST_TIMEOUT_MESSAGE, type RequestDeadlines } from './request-deadlines.ts';

let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'portal-deadlines-'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Portal</title>');
});

afterAll(async () => {
  await rm(distDir, { recursive: true, force: true });
});

// The portal as it starts with nothing set (the built-in fake), its store beside the test's dist.
function config(): PortalConfig {
  return loadPortalConfig({
    DATABASE_URL: `file:${path.join(distDir, 'portal.sqlite')}`,
    LOG_LEVEL: 'silent',
  });
}

type Host = 'npm start' | 'npm run dev';

async function startServer(requestDeadlines?: RequestDeadlines, host: Host = 'npm start') {
  const { logger } = createCapturingLogger();
  const app = await buildProductionServer(config(), {
    distDir,
    logger,
    ...(host === 'npm run dev' ? { developmentBrowserCode: viteFromSource(logger) } : {}),
    ...(requestDeadlines === undefined ? {} : { requestDeadlines }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as net.AddressInfo).port };
}

/** Writes `text` on a fresh connection and waits for the server to close it. */
function sendAndWaitForClose(
  port: number,
  text: string,
): Promise<{ received: string; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ received, elapsedMs: Date.now() - started }));
    // Far beyond the deadlines below: the test fails rather than hangs when nothing is closed.
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after 5 s; received ${JSON.stringify(received)}`));
    }, 5_000);
  });
}

describe.each<Host>(['npm start', 'npm run dev'])('%s with deadlines of 200 ms', (host) => {
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    ({ app, port } = await startServer({ headersMs: 200, bodyMs: 200 }, host));
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers 408 and closes the connection when the body stops arriving', async () => {
    const { received, elapsedMs } = await sendAndWaitForClose(
      port,
      'POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'X-Net3-Portal: 1\r\nContent-Length: 1000\r\n\r\n{"',
    );

    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(received).toMatch(/\r\nconnection: close\r\n/i);
    expect(received).toContain(JSON.stringify(REQUEST_TIMEOUT_MESSAGE));
    expect(elapsedMs).toBeGreaterThanOrEqual(190);
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it('does not keep a connection open for a slow body outside /api either', async () => {
    const { received, elapsedMs } = await sendAndWaitForClose(
      port,
      'POST /somewhere HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nab',
    );

    // Fastify answers there without reading the body (404); the connection still ends.
    expect(received).toMatch(/^HTTP\/1\.1 (404|408) /);
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it('closes a connection whose headers never end, with 408', async () => {
    const { received, elapsedMs } = await sendAndWaitForClose(
      port,
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ',
    );

    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it('leaves a body that arrives in time alone', async () => {
    const { received } = await sendAndWaitForClose(
      port,
      'POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'X-Net3-Portal: 1\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}',
    );

    expect(received).toMatch(/^HTTP\/1\.1 400 /);
  });
});

it.each<Host>(['npm start', 'npm run dev'])(
  '%s gives a request 10 s for its headers and 10 s more for its body',
  async (host) => {
    const { app } = await startServer(undefined, host);
    try {
      expect(app.server.headersTimeout).toBe(10_000);
      expect(app.server.requestTimeout).toBe(20_000);
    } finally {
      await app.close();
    }
  },
);
