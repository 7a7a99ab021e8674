// Vitest global set-up: finds the PostgreSQL server the tests use (DATABASE_URL_TEST, or one
// on 127.0.0.1:5432 with trust auth), or starts a throwaway cluster from the installed binaries
// (scripts/ensure-postgres.mjs installs them when it can), and hands the admin URL to the tests
// as `postgresAdminUrl`. Each test file then creates and drops its own database
// (postgres-test-database.ts). A cluster started here is stopped and removed afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  findPostgresBinDir,
  isListening,
  postgresUrlCandidates,
} from '../../scripts/find-postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  for (const url of postgresUrlCandidates()) {
    if (await isListening(url)) {
      project.provide('postgresAdminUrl', url);
      return () => {};
    }
  }
  const cluster = await startThrowawayCluster();
  project.provide('postgresAdminUrl', cluster.url);
  return cluster.stop;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function startThrowawayCluster(): Promise<{ url: string; stop: () => void }> {
  const binDir = findPostgresBinDir();
  if (binDir === undefined) {
    throw new Error(
      'No PostgreSQL server on 127.0.0.1:5432 and no initdb to start one. Run ' +
        '`node scripts/ensure-postgres.mjs` (npm run test:unit does), or set DATABASE_URL_TEST.',
    );
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'portal-postgres-'));
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  // PostgreSQL refuses to run as root: as root, run it as Debian's postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(folder, 0o777);
  const run = (binary: string, args: string[]) => {
    const command = path.join(binDir, binary);
    if (asRoot)
      execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  };
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(folder, 'server.log'),
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      const command = path.join(binDir, 'pg_ctl');
      const args = ['-D', dataDir, '-m', 'immediate', '-w', 'stop'];
      if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', command, ...args]);
      else spawnSync(command, args);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
