// The entry pages over real HTTP from the production server: '/' is the prerendered staff
// wizard for a signed-in person (their name written in, the session and choice lists in its
// bootstrap) and the Sign in page for anyone else; '/sign-in' and '/signup' are the same for
// everyone; a build without prerendered pages still serves index.html.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ENTRY_PAGE_BOOTSTRAP_ID,
  ENTRY_PAGE_BOOTSTRAP_MARKER,
  entryPageBootstrapScript,
  PRERENDERED_ENTRY_PAGES,
  STAFF_NAME_PLACEHOLDER,
} from '../src/provisioning/contract/entry-page-bootstrap.ts';
import { createCapturingLogger } from './portal-log.ts';
import { buildProductionServer } from './production-server.ts';
import { productionTestConfig } from './production-server-test-support.ts';
import { sendRequest, type TestResponse } from './proxy/loopback-http.ts';
import {
  answerJson,
  signInThrough,
  startRecordingUpstream,
  testStaff,
  type RecordingUpstream,
} from './proxy/proxy-test-support.ts';

const page = (name: string, body: string) =>
  `<!doctype html><html><head><title>${name}</title></head><body><div id="root">${body}</div>${ENTRY_PAGE_BOOTSTRAP_MARKER}</body></html>`;

let distDir: string;
let bareDistDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'portal-entry-pages-'));
  bareDistDir = await mkdtemp(path.join(tmpdir(), 'portal-no-entry-pages-'));
  for (const dir of [distDir, bareDistDir]) {
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  }
  await mkdir(path.join(distDir, 'prerendered'));
  const write = (file: string, html: string) => writeFile(path.join(distDir, file), html);
  await write(PRERENDERED_ENTRY_PAGES.signIn.file, page('Sign in', '<h2>Sign in</h2>'));
  await write(PRERENDERED_ENTRY_PAGES.signup.file, page('Signup', '<h2>Company</h2>'));
  await write(
    PRERENDERED_ENTRY_PAGES.staffWizard.file,
    page(
      'Wizard',
      `<p>Signed in as <strong>${STAFF_NAME_PLACEHOLDER}</strong></p><h2>Company</h2>`,
    ),
  );
});

afterAll(async () => {
  await rm(distDir, { recursive: true, force: true });
  await rm(bareDistDir, { recursive: true, force: true });
});

const bodyOf = (response: TestResponse) => response.body.toString('utf8');

/** The JSON the page's bootstrap script holds, parsed. */
function bootstrapOf(response: TestResponse): Record<string, unknown> {
  const match = new RegExp(
    `<script type="application/json" id="${ENTRY_PAGE_BOOTSTRAP_ID}">(.*?)</script>`,
  ).exec(bodyOf(response));
  if (!match?.[1]) throw new Error(`no bootstrap in ${bodyOf(response)}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('the entry pages', () => {
  let upstream: RecordingUpstream;
  let app: FastifyInstance;
  let url: string;

  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    app = await buildProductionServer(
      productionTestConfig({ url: upstream.url, apiKey: 'entry-pages-key' }, distDir),
      { distDir, logger: createCapturingLogger([]).logger },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('not listening');
    url = `http://127.0.0.1:${address.port}`;
  });

  afterEach(async () => {
    await app.close();
    await upstream.close();
  });

  it("sends the Sign in page for '/' to a person who is not signed in, saying so", async () => {
    const response = await sendRequest(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(bodyOf(response)).toContain('<h2>Sign in</h2>');
    expect(bootstrapOf(response)).toEqual({ session: null });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.vary).toMatch(/Cookie/i);
    expect(upstream.requests).toHaveLength(0);
  });

  it("sends the staff wizard for '/' to a signed-in person, with their name, session and choice lists", async () => {
    const { cookie } = await signInThrough(url);
    const response = await sendRequest(`${url}/`, { headers: { cookie: cookie ?? '' } });
    expect(response.status).toBe(200);
    expect(bodyOf(response)).toContain('Signed in as <strong>Rep One</strong>');
    expect(bodyOf(response)).not.toContain(STAFF_NAME_PLACEHOLDER);
    const bootstrap = bootstrapOf(response);
    expect(bootstrap.session).toMatchObject({
      userName: testStaff.userName,
      displayName: 'Rep One',
    });
    expect(bootstrap.choiceLists).toMatchObject({
      serviceLevels: expect.any(Array),
      pricingTiers: expect.any(Array),
      customerStatuses: expect.any(Array),
    });
    // Who is signed in is never kept by a shared cache.
    expect(response.headers['cache-control']).toBe('no-store');
    // Net3 is not asked: the session cookie and the portal's own rows say who it is.
    expect(upstream.requests).toHaveLength(0);
  });

  it('writes a display name into the page as text, never as markup', async () => {
    upstream.answerSignInWith(
      answerJson(200, {
        ...testStaff.authenticateResponse,
        displayName: '</script><img src=x onerror=alert(1)> & "Co"',
      }),
    );
    const { cookie } = await signInThrough(url);
    const response = await sendRequest(`${url}/`, { headers: { cookie: cookie ?? '' } });
    expect(bodyOf(response)).toContain(
      'Signed in as <strong>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;</strong>',
    );
    expect(bodyOf(response)).not.toContain('<img src=x');
    expect((bootstrapOf(response).session as { displayName: string }).displayName).toBe(
      '</script><img src=x onerror=alert(1)> & "Co"',
    );
  });

  it('sends /sign-in and /signup (with or without a trailing slash) to anyone, revalidated', async () => {
    for (const [address, heading] of [
      ['/sign-in', '<h2>Sign in</h2>'],
      ['/signup', '<h2>Company</h2>'],
      ['/signup/?parent=N3-000001', '<h2>Company</h2>'],
    ] as const) {
      const response = await sendRequest(`${url}${address}`);
      expect(response.status, address).toBe(200);
      expect(bodyOf(response), address).toContain(heading);
      expect(response.headers['cache-control'], address).toBe('no-cache');
      expect(bootstrapOf(response), address).toEqual({ session: null });
    }
  });

  it('still sends index.html for the other pages', async () => {
    const response = await sendRequest(`${url}/submissions`);
    expect(response.status).toBe(200);
    expect(bodyOf(response)).toBe('<!doctype html><div id="root"></div>');
  });
});

it('serves index.html for every page when the build has no prerendered pages', async () => {
  const upstream = await startRecordingUpstream();
  const logLines: string[] = [];
  const app = await buildProductionServer(
    productionTestConfig({ url: upstream.url, apiKey: 'entry-pages-key' }, bareDistDir),
    { distDir: bareDistDir, logger: createCapturingLogger(logLines).logger },
  );
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('not listening');
    for (const pathName of ['/', '/signup']) {
      const response = await sendRequest(`http://127.0.0.1:${address.port}${pathName}`);
      expect(bodyOf(response), pathName).toBe('<!doctype html><div id="root"></div>');
    }
    expect(logLines.join('\n')).toContain('no prerendered entry pages');
  } finally {
    await app.close();
    await upstream.close();
  }
});

it('escapes the bootstrap so no value can end its script element', () => {
  const script = entryPageBootstrapScript({ session: { displayName: '</script><!--' } });
  expect(script.match(/<\/script>/g)).toHaveLength(1);
  expect(script).not.toContain('<!--');
  const json = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
  expect(JSON.parse(json)).toEqual({ session: { displayName: '</script><!--' } });
});
