// The production server over real HTTP, serving a small stand-in for dist/: security headers,
// caching, compression, the SPA fallback, /healthz, and the same /api proxy as in development.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PortalConfig } from './config.ts';
import { createCapturingLogger } from './portal-log.ts';
import { buildProductionServer } from './production-server.ts';
import { productionTestConfig } from './production-server-test-support.ts';
import { sendRequest } from './proxy/loopback-http.ts';
import {
  portalHeader,
  sessionSetCookie,
  signInThrough,
  startRecordingUpstream,
  type RecordingUpstream,
} from './proxy/proxy-test-support.ts';

const API_KEY = 'production-test-key-5d1e';
const indexHtml =
  '<!doctype html><html><head><script type="module" src="/assets/index-a1b2c3.js"></script></head>' +
  '<body><div id="root"></div></body></html>';
// Big and repetitive enough to be worth compressing.
const appScript = `console.log(${JSON.stringify('Net3 Customer Portal '.repeat(400))});\n`;

let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'portal-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), indexHtml);
  await writeFile(path.join(distDir, 'assets', 'index-a1b2c3.js'), appScript);
  await writeFile(path.join(distDir, 'assets', 'index-a1b2c3.js.map'), '{"version":3}');
  await writeFile(path.join(distDir, 'extra.js.map'), '{"version":3}');
  await writeFile(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(async () => {
  await rm(distDir, { recursive: true, force: true });
});

function configFor(net3Api: PortalConfig['net3Api']): PortalConfig {
  return productionTestConfig(net3Api, distDir);
}

async function startServer(
  config: PortalConfig,
  logLines: string[] = [],
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildProductionServer(config, {
    distDir,
    logger: createCapturingLogger(logLines).logger,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('not listening');
  return { app, url: `http://127.0.0.1:${address.port}` };
}

describe('with a Net3 API configured', () => {
  let upstream: RecordingUpstream;
  let app: FastifyInstance;
  let url: string;
  let logLines: string[];

  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    logLines = [];
    ({ app, url } = await startServer(configFor({ url: upstream.url, apiKey: API_KEY }), logLines));
  });

  afterEach(async () => {
    await app.close();
    await upstream.close();
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await sendRequest(`${url}/`);

    const csp = response.headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('turns off camera, microphone, geolocation, payment, usb and the like (Permissions-Policy)', async () => {
    const policy = (await sendRequest(`${url}/`)).headers['permissions-policy'] ?? '';

    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial']) {
      expect(policy).toContain(`${feature}=()`);
    }
  });

  it('never serves source maps', async () => {
    for (const map of ['/assets/index-a1b2c3.js.map', '/extra.js.map']) {
      const response = await sendRequest(`${url}${map}`);
      expect(response.status, map).toBe(404);
      expect(response.text).not.toContain('"version"');
    }
  });

  it.each([
    ['a request it cannot parse', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', 400],
    ['headers too large', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ])("gives Node's own answer to %s the security headers", async (_name, raw, status) => {
    const answer = await rawExchange(new URL(url), raw);

    expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(answer).toMatch(/\r\ncontent-security-policy: default-src 'self'/i);
    expect(answer).toMatch(/\r\npermissions-policy: [^\r]*camera=\(\)/i);
    expect(answer).toMatch(/\r\nx-frame-options: DENY/i);
  });

  it('answers GET /healthz', async () => {
    const response = await sendRequest(`${url}/healthz`);

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('lets browsers keep hashed assets for a year and revalidate index.html', async () => {
    const asset = await sendRequest(`${url}/assets/index-a1b2c3.js`);
    const index = await sendRequest(`${url}/`);
    const favicon = await sendRequest(`${url}/favicon.svg`);

    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(index.status).toBe(200);
    expect(index.text).toBe(indexHtml);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('serves index.html for client-side routes, but not for missing assets', async () => {
    const route = await sendRequest(`${url}/customers/new/review?step=3`);
    const missingAsset = await sendRequest(`${url}/assets/index-old.js`);
    const post = await sendRequest(`${url}/customers/new`, { method: 'POST' });

    expect(route.status).toBe(200);
    expect(route.headers['content-type']).toMatch(/^text\/html/);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.text).toBe(indexHtml);
    expect(missingAsset.status).toBe(404);
    expect(post.status).toBe(404);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ])('compresses static files with %s when the browser accepts it', async (encoding, decode) => {
    const response = await sendRequest(`${url}/assets/index-a1b2c3.js`, {
      headers: { 'accept-encoding': encoding },
    });

    expect(response.headers['content-encoding']).toBe(encoding);
    expect(decode(response.body).toString('utf8')).toBe(appScript);
  });

  it('serves the compressed copies of the built app it wrote at start, byte for byte', async () => {
    const onDisk = await readFile(path.join(distDir, 'assets', 'index-a1b2c3.js.br'));
    const response = await sendRequest(`${url}/assets/index-a1b2c3.js`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });

    expect(brotliDecompressSync(onDisk).toString('utf8')).toBe(appScript);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^application\/javascript|^text\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body.equals(onDisk)).toBe(true);
  });

  it('sends the same security headers on /api answers as on pages', async () => {
    const page = await sendRequest(`${url}/`);
    const api = await sendRequest(`${url}/api/auth`);
    const securityHeaders = [
      'content-security-policy',
      'cross-origin-opener-policy',
      'permissions-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];

    expect(api.status).toBe(401);
    for (const name of securityHeaders) {
      expect(page.headers[name], name).toBeDefined();
      expect(api.headers[name], name).toBe(page.headers[name]);
    }
  });

  it('proxies /api to Net3 with the key, before Fastify looks at the body', async () => {
    // Signed in through this server, so the session is in its own database.
    const { cookie } = await signInThrough(url);
    const session = cookie!;
    const response = await sendRequest(`${url}/api/provisioning/customer`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `ss-id=browser; ${session}`,
        ...portalHeader,
      },
      body: JSON.stringify({ customer: { customerId: 'ACME-001' }, requesterIP: '1.2.3.4' }),
    });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ customerId: 'ACME-001' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-store');
    const forwarded = upstream.requests[0]!;
    expect(forwarded.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(forwarded.headers.cookie).toBeUndefined();
    expect(JSON.parse(forwarded.body)).toMatchObject({
      customer: { customerId: 'ACME-001' },
      createdBy: { username: 'rep1' },
      requesterIP: '127.0.0.1',
    });
    await expect
      .poll(() => logLines.map((line) => JSON.parse(line) as Record<string, unknown>))
      .toContainEqual(
        expect.objectContaining({
          method: 'POST',
          route: '/api/provisioning/customer',
          status: 200,
          requestId: response.headers['x-request-id'],
        }),
      );
  });

  it('answers refusals under /api in the ServiceStack shape, not Fastify’s', async () => {
    const { cookie } = await signInThrough(url);
    const session = cookie!;
    const unknown = await sendRequest(`${url}/api/customers`);
    const wrongMethod = await sendRequest(`${url}/api/auth`, { method: 'PUT', body: '{}' });
    const notJson = await sendRequest(`${url}/api/provisioning/customer`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: session, ...portalHeader },
      body: 'hello',
    });
    const tooBig = await sendRequest(`${url}/api/provisioning/customer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session, ...portalHeader },
      chunks: [Buffer.from(`{"notes":"${'x'.repeat(70_000)}"}`)],
    });
    const signedOut = await sendRequest(`${url}/api/provisioning/customer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...portalHeader },
      body: '{}',
    });
    const crossSite = await sendRequest(`${url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    expect(
      [unknown, wrongMethod, notJson, tooBig, signedOut, crossSite].map((r) => r.status),
    ).toEqual([404, 405, 415, 413, 401, 403]);
    expect(wrongMethod.headers.allow).toBe('GET');
    for (const response of [unknown, wrongMethod, notJson, tooBig, signedOut, crossSite]) {
      expect(response.json()).toMatchObject({ responseStatus: { errorCode: expect.any(String) } });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('never serves index.html for an /api path', async () => {
    const response = await sendRequest(`${url}/api`);

    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('without NET3_API_URL', () => {
  it('starts the built-in fake Net3 API, prints its demo users, and signs one in through it', async () => {
    const logLines: string[] = [];
    const { app, url } = await startServer(configFor(null), logLines);
    try {
      const { response: signIn, cookie } = await signInThrough(url, {
        userName: 'demo.sales',
        password: 'demo-sales-password',
      });
      const session = await sendRequest(`${url}/api/auth`, { headers: { cookie: cookie! } });

      expect(signIn.status).toBe(200);
      expect(sessionSetCookie(signIn)).toMatch(/HttpOnly; SameSite=Strict$/);
      expect(session.status).toBe(200);
      expect(session.json()).toMatchObject({
        userName: 'demo.sales',
        userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
      });
      expect(logLines).toContainEqual(
        expect.stringMatching(
          /NET3_API_URL is not set: \/api goes to the built-in fake Net3 API at http:\/\/127\.0\.0\.1:\d+/,
        ),
      );
      expect(logLines).toContainEqual(
        expect.stringMatching(
          /Demo staff sign-ins \(username \/ password\): demo\.sales \/ demo-sales-password, /,
        ),
      );
      expect(logLines).toContainEqual(expect.stringMatching(/SESSION_SECRET is not set/));
    } finally {
      await app.close();
    }
  });
});

describe('buildProductionServer', () => {
  it('refuses to start without a built app and says how to build it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'portal-empty-'));
    try {
      await expect(
        buildProductionServer(configFor(null), {
          distDir: empty,
          logger: createCapturingLogger().logger,
        }),
      ).rejects.toThrow(/index\.html does not exist\. Run `npm run build` first/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('start-up', () => {
  it('writes nothing outside its JSON log: no deprecation or other process warning', async () => {
    // A fresh process, since Node prints each warning once per process.
    const script = `
      import { buildProductionServer } from './server/production-server.ts';
      import { productionTestConfig } from './server/production-server-test-support.ts';
      import { createCapturingLogger } from './server/portal-log.ts';
      const distDir = ${JSON.stringify(distDir)};
      const config = productionTestConfig(null, distDir);
      const app = await buildProductionServer(config, { distDir, logger: createCapturingLogger([]).logger });
      await app.close();
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: path.resolve(import.meta.dirname, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
  }, 20_000);
});

describe('npm start', () => {
  it('exits with the configuration problem when NET3_API_URL is set without a key', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve(import.meta.dirname, 'production-server.ts')],
      {
        env: { ...process.env, NET3_API_URL: 'https://n3tapi.example', NET3_API_KEY: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/NET3_API_KEY is not set, but NET3_API_URL is/);
  }, 20_000);

  it('exits with a clear message when NET3_API_URL is set without SESSION_SECRET', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve(import.meta.dirname, 'production-server.ts')],
      {
        env: {
          ...process.env,
          NET3_API_URL: 'https://n3tapi.example',
          NET3_API_KEY: 'a-key',
          SESSION_SECRET: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/SESSION_SECRET is not set, but NET3_API_URL is/);
  }, 20_000);

  it('exits naming the forms DATABASE_URL takes when it is neither SQLite nor PostgreSQL', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve(import.meta.dirname, 'production-server.ts')],
      {
        env: { ...process.env, NET3_API_URL: '', NET3_API_KEY: '', DATABASE_URL: 'mysql://x' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/cannot start/);
    expect(stderr).toMatch(/DATABASE_URL must be file:<path>.*postgres:\/\//);
  }, 20_000);
});

/** Writes `raw` on a fresh connection; resolves everything the server sent before closing. */
function rawExchange(url: URL, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(raw));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}
