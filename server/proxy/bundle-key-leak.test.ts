// The Net3 API key must never reach the browser. This builds the real app with the key in the
// environment, exactly as a deployment would, and searches every output file (source maps too).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, beforeEach, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const canaryKey = `leak-canary-key-${randomBytes(12).toString('hex')}`;
const canaryUrl = `https://leak-canary-${randomBytes(6).toString('hex')}.example`;
const canarySecret = `leak-canary-session-secret-${randomBytes(12).toString('hex')}`;

let outDir: string;
let savedEnv: { url: string | undefined; key: string | undefined; secret: string | undefined };

beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'portal-leak-build-'));
  savedEnv = {
    url: process.env.NET3_API_URL,
    key: process.env.NET3_API_KEY,
    secret: process.env.SESSION_SECRET,
  };
  process.env.NET3_API_URL = canaryUrl;
  process.env.NET3_API_KEY = canaryKey;
  process.env.SESSION_SECRET = canarySecret;
});

afterEach(async () => {
  for (const [name, value] of [
    ['NET3_API_URL', savedEnv.url],
    ['NET3_API_KEY', savedEnv.key],
    ['SESSION_SECRET', savedEnv.secret],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await rm(outDir, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

it('keeps NET3_API_KEY, SESSION_SECRET (and NET3_API_URL) out of every file of the production build', async () => {
  await build({
    root: projectRoot,
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });

  const files = await filesUnder(outDir);
  // The search only means something if the build really produced the app and its source maps.
  expect(files.map((file) => path.relative(outDir, file))).toContain('index.html');
  expect(files.some((file) => file.endsWith('.js.map'))).toBe(true);
  const leaks: string[] = [];
  for (const file of files) {
    const content = await readFile(file);
    if (
      content.includes(canaryKey) ||
      content.includes(canaryUrl) ||
      content.includes(canarySecret)
    ) {
      leaks.push(path.relative(outDir, file));
    }
  }
  expect(leaks).toEqual([]);
}, 240_000);
