// Finds a PostgreSQL for the tests: a server to use (DATABASE_URL_TEST, or one on
// 127.0.0.1:5432 with trust auth, as Debian's package sets up for local users), or else the
// binaries to start a throwaway cluster with. Shared by scripts/ensure-postgres.mjs and the
// unit tests' global set-up (server/database/postgres-test-setup.ts).
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The admin URLs tried, in order; the first that answers is used. */
export function postgresUrlCandidates() {
  if (process.env.DATABASE_URL_TEST) return [process.env.DATABASE_URL_TEST];
  return ['postgres://postgres@127.0.0.1:5432/postgres'];
}

/** True when something accepts TCP connections at the URL's host and port. */
export function isListening(url, timeoutMs = 1_000) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 5432) });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The folder with initdb and pg_ctl: POSTGRES_BIN_DIR, PATH, or Debian's /usr/lib/postgresql/<n>/bin. */
export function findPostgresBinDir() {
  const fromEnv = process.env.POSTGRES_BIN_DIR;
  if (fromEnv) return existsSync(path.join(fromEnv, 'initdb')) ? fromEnv : undefined;
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .find((folder) => existsSync(path.join(folder, 'initdb')));
  if (onPath) return onPath;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian)
    .filter((name) => existsSync(path.join(debian, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(debian, versions[0], 'bin') : undefined;
}
