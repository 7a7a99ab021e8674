// `npm run dev` is `npm start` with Vite serving the browser code from source: the same security
// headers on pages and on /api, the same CSP but for a nonce on Vite's own inline scripts, the
// same /healthz (the database's answer, never the app's HTML). Deadlines and /healthz during an
// outage are pinned for both hosts in request-deadlines.test.ts and database-outage.test.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalConfig } from './config.ts';
import { viteFromSource } from './dev-server.ts';
import { createCapturingLogger } from './portal-log.ts';
import { buildProductionServer } from './production-server.ts';
import { sendRequest, type TestResponse } from './proxy/loopback-http.ts';
import { readSecurityHeaders } from './security-headers.ts';

let dataDir: string;
let production: { app: FastifyInstance; url: string };
let development: { app: FastifyInstance; url: string };

async function listening(app: FastifyInstance) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'portal-dev-server-'));
  await writeFile(path.join(dataDir, 'index.html'), '<!doctype html><title>Portal</title>');
  const config = (file: string) =>
    loadPortalConfig({ DATABASE_URL: `file:${path.join(dataDir, file)}`, LOG_LEVEL: 'silent' });
  production = await listening(
    await buildProductionServer(config('production.sqlite'), {
      distDir: dataDir,
      logger: createCapturingLogger().logger,
    }),
  );
  const { logger } = createCapturingLogger();
  development = await listening(
    await buildProductionServer(config('development.sqlite'), {
      logger,
      developmentBrowserCode: viteFromSource(logger),
    }),
  );
}, 30_000);

afterAll(async () => {
  await development?.app.close();
  await production?.app.close();
  await rm(dataDir, { recursive: true, force: true });
});

const securityHeaderNames = Object.keys(await readSecurityHeaders());

function securityHeadersOf(response: TestResponse): Record<string, unknown> {
  return Object.fromEntries(securityHeaderNames.map((name) => [name, response.headers[name]]));
}

/** The CSP with development's script nonce taken out. */
function withoutNonce(csp: unknown): string {
  return String(csp).replace(/ 'nonce-[^']+'/, '');
}

describe('npm run dev and npm start', () => {
  it.each(['/', '/signup', '/api/auth'])(
    'send the same security headers on %s (the CSP differing only by a script nonce)',
    async (urlPath) => {
      const fromProduction = securityHeadersOf(await sendRequest(`${production.url}${urlPath}`));
      const fromDevelopment = securityHeadersOf(await sendRequest(`${development.url}${urlPath}`));

      expect(fromDevelopment['content-security-policy']).toMatch(
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}';/,
      );
      expect(withoutNonce(fromDevelopment['content-security-policy'])).toBe(
        fromProduction['content-security-policy'],
      );
      expect({ ...fromDevelopment, 'content-security-policy': null }).toEqual({
        ...fromProduction,
        'content-security-policy': null,
      });
      expect(fromProduction['x-frame-options']).toBe('DENY');
    },
  );

  it('answer /healthz from the database, not with the app', async () => {
    for (const { url } of [production, development]) {
      const response = await sendRequest(`${url}/healthz`);
      expect(response.status).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    }
  });
});

describe('npm run dev', () => {
  it("serves the app's page from source, its inline scripts carrying the CSP's nonce", async () => {
    const response = await sendRequest(`${development.url}/signup`);
    const nonce = /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1];
    const inlineScripts = [...response.text.matchAll(/<script\b([^>]*)>(?!<\/script>)/g)]
      .map((match) => match[1]!)
      .filter((attributes) => !/\bsrc=/.test(attributes));

    expect(response.status).toBe(200);
    expect(response.text).toContain('/src/main.tsx');
    expect(nonce).toBeDefined();
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const attributes of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it('serves the browser code from source, transformed by Vite', async () => {
    const response = await sendRequest(`${development.url}/src/main.tsx`);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['content-security-policy']).toBeDefined();
  });
});
