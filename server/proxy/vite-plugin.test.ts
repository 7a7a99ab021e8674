// The Vite plugin in a real `vite` dev server and `vite preview`: /api goes through the proxy
// (to the built-in fake when NET3_API_URL is unset), everything else stays Vite's.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, createServer, preview, type InlineConfig, type Logger } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { net3PortalPlugin } from './vite-plugin.ts';
import { sendRequest } from './loopback-http.ts';
import {
  postJson,
  signInThrough,
  startRecordingUpstream,
  TEST_SESSION_SECRET,
  type RecordingUpstream,
} from './proxy-test-support.ts';

const indexHtml = '<!doctype html><html><body><div id="root"></div></body></html>';
const portalEnvNames = [
  'NET3_API_URL',
  'NET3_API_KEY',
  'NET3_API_TIMEOUT_MS',
  'TRUST_PROXY',
  'SESSION_SECRET',
  'SESSION_IDLE_TIMEOUT_MINUTES',
  'REDIS_URL',
];
const demoSales = { userName: 'demo.sales', password: 'demo-sales-password' };

let root: string;
let savedEnv: Record<string, string | undefined>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'portal-vite-'));
  await writeFile(path.join(root, 'index.html'), indexHtml);
  await mkdir(path.join(root, 'dist'));
  await writeFile(path.join(root, 'dist', 'index.html'), indexHtml);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  savedEnv = Object.fromEntries(portalEnvNames.map((name) => [name, process.env[name]]));
  for (const name of portalEnvNames) delete process.env[name];
});

afterEach(() => {
  for (const name of portalEnvNames) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

function capturingLogger(lines: string[]): Logger {
  const logger = createLogger('silent');
  return { ...logger, info: (message) => lines.push(message) };
}

function viteConfig(lines: string[]): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'silent',
    customLogger: capturingLogger(lines),
    plugins: [net3PortalPlugin()],
    server: { port: 0, host: '127.0.0.1' },
    preview: { port: 0, host: '127.0.0.1' },
    optimizeDeps: { noDiscovery: true, include: [] },
  };
}

function fakeUrlFrom(lines: string[]): string {
  const match = lines.join('\n').match(/built-in fake Net3 API at (http:\/\/127\.0\.0\.1:\d+)/);
  if (!match?.[1]) throw new Error(`no fake Net3 API start-up line in:\n${lines.join('\n')}`);
  return match[1];
}

async function expectUnreachable(url: string): Promise<void> {
  await expect(sendRequest(`${url}/auth`)).rejects.toThrow(/ECONNREFUSED/);
}

describe('in the Vite dev server', () => {
  it('answers /api through the built-in fake when NET3_API_URL is unset, and stops it on close', async () => {
    const lines: string[] = [];
    const server = await createServer(viteConfig(lines));
    await server.listen();
    const url = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
    const fakeUrl = fakeUrlFrom(lines);
    try {
      const signedOut = await sendRequest(`${url}/api/auth`);
      const { cookie } = await signInThrough(url, demoSales);
      const auth = await sendRequest(`${url}/api/auth`, { headers: { cookie: cookie! } });
      const unknown = await sendRequest(`${url}/api/nothing`);
      const page = await sendRequest(`${url}/customers/new`, { headers: { accept: 'text/html' } });

      expect(signedOut.status).toBe(401);
      expect(auth.status).toBe(200);
      expect(auth.json()).toMatchObject({ userName: 'demo.sales' });
      expect(unknown.status).toBe(404);
      expect(unknown.json()).toMatchObject({ responseStatus: { errorCode: 'NotFound' } });
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="root">');
      // The portal's JSON log lines, through Vite's logger.
      await expect
        .poll(() => lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)))
        .toContainEqual(
          expect.objectContaining({ method: 'GET', route: '/api/auth', status: 200 }),
        );
    } finally {
      await server.close();
    }
    await expectUnreachable(fakeUrl);
  });

  it('forwards to NET3_API_URL with NET3_API_KEY when they are set', async () => {
    const upstream: RecordingUpstream = await startRecordingUpstream();
    process.env.NET3_API_URL = upstream.url;
    process.env.NET3_API_KEY = 'dev-server-key-91b0';
    process.env.SESSION_SECRET = TEST_SESSION_SECRET;
    const lines: string[] = [];
    const server = await createServer(viteConfig(lines));
    await server.listen();
    const url = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
    try {
      const response = await postJson(
        `${url}/api/signup`,
        { customer: { customerName: 'Reseller Co' } },
        { authorization: 'Bearer from-the-browser' },
      );

      expect(response.status).toBe(200);
      expect(upstream.requests[0]!.headers.authorization).toBe('Bearer dev-server-key-91b0');
      expect(lines.join('\n')).not.toMatch(/built-in fake/);
    } finally {
      await server.close();
      await upstream.close();
    }
  });

  it('refuses to start with NET3_API_URL but no key', async () => {
    process.env.NET3_API_URL = 'https://n3tapi.example';

    await expect(createServer(viteConfig([]))).rejects.toThrow(
      /NET3_API_KEY is not set, but NET3_API_URL is/,
    );
  });

  it('refuses to start with NET3_API_URL but no SESSION_SECRET', async () => {
    process.env.NET3_API_URL = 'https://n3tapi.example';
    process.env.NET3_API_KEY = 'dev-server-key-91b0';

    await expect(createServer(viteConfig([]))).rejects.toThrow(
      /SESSION_SECRET is not set, but NET3_API_URL is/,
    );
  });
});

describe('in vite preview', () => {
  it('answers /api through the built-in fake and stops it on close', async () => {
    const lines: string[] = [];
    const server = await preview(viteConfig(lines));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    const fakeUrl = fakeUrlFrom(lines);
    try {
      const { cookie } = await signInThrough(url, demoSales);
      const auth = await sendRequest(`${url}/api/auth`, { headers: { cookie: cookie! } });
      const lists = await sendRequest(`${url}/api/choice-lists`);
      const page = await sendRequest(`${url}/`);

      expect(auth.status).toBe(200);
      expect(lists.status).toBe(200);
      expect(lists.json()).toMatchObject({ serviceLevels: expect.any(Array) });
      expect(page.text).toBe(indexHtml);
    } finally {
      await server.close();
    }
    await expectUnreachable(fakeUrl);
  });
});
