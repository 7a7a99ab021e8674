// Throwaway databases for the bench's portals and its in-process ledger measurement: an SQLite
// file in a temporary folder, and a `bench_<random>` database on the PostgreSQL server the tests
// use (DATABASE_URL_TEST, or 127.0.0.1:5432 with trust auth). Each is removed afterwards, so a
// bench run never leaves rows behind, nor writes the portal's own data/portal.sqlite.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isListening, postgresUrlCandidates } from '../find-postgres.mjs';

/** A new SQLite file (not yet created): `url` is its DATABASE_URL. */
export function createSqliteBenchDatabase() {
  const folder = mkdtempSync(join(tmpdir(), 'net3-bench-sqlite-'));
  return {
    url: `file:${join(folder, 'portal.sqlite')}`,
    remove: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

async function adminQuery(adminUrl, text) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/**
 * The PostgreSQL server to create bench databases on, or `{ unavailable: reason }` when none
 * answers: the bench then reports the PostgreSQL figures as not measured, with the reason.
 */
export async function findPostgresServer() {
  const [adminUrl] = postgresUrlCandidates();
  const where = new URL(adminUrl);
  const shown = `${where.hostname}:${where.port || 5432}`;
  if (!(await isListening(adminUrl))) {
    return {
      unavailable:
        `no PostgreSQL server answers at ${shown} (set DATABASE_URL_TEST to an admin URL, or ` +
        'run `node scripts/ensure-postgres.mjs`)',
    };
  }
  let settings;
  try {
    // What a commit waits for decides most of a recorded submission's cost on PostgreSQL.
    [settings] = await adminQuery(
      adminUrl,
      "select current_setting('server_version') as version, current_setting('fsync') as fsync, " +
        "current_setting('synchronous_commit') as synchronous_commit",
    );
  } catch (error) {
    return { unavailable: `PostgreSQL at ${shown} refused the bench: ${error.message}` };
  }
  return {
    adminUrl,
    shown,
    settings: `PostgreSQL ${settings.version}, fsync ${settings.fsync}, synchronous_commit ${settings.synchronous_commit}`,
  };
}

/** A new, empty `bench_<random>` database on `adminUrl`'s server; `remove` drops it. */
export async function createPostgresBenchDatabase(adminUrl) {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    remove: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
