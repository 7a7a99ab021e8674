// Starts the servers the bench measures as separate processes, the way they run in
// production: the portal's production server (`npm start`) and a fake Net3 API. Output goes
// to log files, not pipes, so a busy server never waits on the bench to read its log.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createSqliteBenchDatabase } from './bench-databases.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A free loopback port (asked of the OS, then released for the server to take). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function lastLines(file, count = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs a TypeScript entry point with `node --import tsx` (one process, unlike the tsx CLI,
 * so stopping it stops the server). Resolves once `isReady()` is true; rejects when the
 * process exits first or `timeoutMs` passes, with the end of its log in the message.
 */
async function startTsProcess({
  name,
  script,
  env,
  logFile,
  isReady,
  nodeArgs = [],
  timeoutMs = 30_000,
}) {
  const logFd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  let exited = null;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await exit;
    }
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(
        `${name} exited (code ${exited.code}, signal ${exited.signal}) before it was ready. Its log:\n${lastLines(logFile)}`,
      );
    }
    const ready = await isReady().catch(() => null);
    if (ready) return { ready, pid: child.pid, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `${name} was not ready after ${timeoutMs} ms. Its log:\n${lastLines(logFile)}`,
      );
    }
    await sleep(100);
  }
}

/** The environment without the portal's Net3 settings, so a shell's own never leak in. */
function cleanEnvironment() {
  const env = { ...process.env };
  for (const name of [
    'NET3_API_URL',
    'NET3_API_KEY',
    'PORT',
    'HOST',
    'NET3_FAKE_KEY',
    'SESSION_SECRET',
    'REDIS_URL',
    'DATABASE_URL',
  ]) {
    delete env[name];
  }
  return env;
}

/**
 * `npm start` (server/production-server.ts) on a free loopback port, serving dist/. Without
 * `net3Api` it starts its built-in fake Net3 API, as it does for anyone running `npm start`.
 * `databaseUrl` is its DATABASE_URL; without it, an SQLite file in a temporary folder, removed
 * on stop (never the repository's data/portal.sqlite). `nodeArgs` go to node (e.g. --cpu-prof).
 */
export async function startProductionServer({
  logDir,
  net3Api = null,
  logName = 'production-server',
  nodeArgs = [],
  databaseUrl = null,
}) {
  const ownDatabase = databaseUrl === null ? createSqliteBenchDatabase() : null;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...cleanEnvironment(),
    PORT: String(port),
    HOST: '127.0.0.1',
    // Signs staff session cookies; required beside NET3_API_URL, made up here for the run.
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    DATABASE_URL: databaseUrl ?? ownDatabase.url,
  };
  if (net3Api) {
    env.NET3_API_URL = net3Api.url;
    env.NET3_API_KEY = net3Api.apiKey;
  }
  let server;
  try {
    server = await startTsProcess({
      name: 'The production server',
      script: 'server/production-server.ts',
      env,
      logFile: join(logDir, `${logName}.log`),
      nodeArgs,
      isReady: async () => (await fetch(`${url}/healthz`)).ok,
    });
  } catch (error) {
    await ownDatabase?.remove();
    throw error;
  }
  const stop = async () => {
    await server.stop();
    await ownDatabase?.remove();
  };
  return { url, pid: server.pid, stop };
}

/** The fake Net3 API alone (scripts/bench/start-fake-net3.ts), answering with `apiKey`. */
export async function startFakeNet3Process({ logDir, apiKey }) {
  const logFile = join(logDir, 'fake-net3.log');
  const fake = await startTsProcess({
    name: 'The fake Net3 API',
    script: 'scripts/bench/start-fake-net3.ts',
    env: { ...cleanEnvironment(), NET3_FAKE_KEY: apiKey },
    logFile,
    isReady: async () => {
      const match = /^FAKE_NET3_URL=(\S+)$/m.exec(readFileSync(logFile, 'utf8'));
      return match ? match[1] : null;
    },
  });
  return { url: fake.ready, pid: fake.pid, stop: fake.stop };
}

/** The headers the portal's own pages send on /api requests that change something. */
export function portalPageHeaders(portalUrl) {
  return {
    'content-type': 'application/json; charset=utf-8',
    accept: 'application/json',
    'x-net3-portal': '1',
    origin: portalUrl,
  };
}

/**
 * Signs in to the portal as the fake Net3 API's first demo staff user (POST /api/session)
 * and returns the session cookie ("name=value"), or null when this build of the portal has
 * no sign-in (the route answers 404 or 405): then nothing needs one.
 */
export async function signInAsDemoStaff(portalUrl) {
  const { fakeNet3DemoUsers } = await import('../../server/fake-net3/demo-users.ts');
  const [user] = fakeNet3DemoUsers;
  const response = await fetch(`${portalUrl}/api/session`, {
    method: 'POST',
    headers: portalPageHeaders(portalUrl),
    body: JSON.stringify({ userName: user.userName, password: user.password }),
  });
  const text = await response.text();
  if (response.status === 404 || response.status === 405) return null;
  if (!response.ok)
    throw new Error(`signing in as ${user.userName} answered ${response.status}: ${text}`);
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`signing in as ${user.userName} set no cookie`);
  return cookie;
}
