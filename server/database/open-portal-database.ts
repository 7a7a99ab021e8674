// Opens the portal's database (SQLite file or PostgreSQL, see database-url.ts), brings its
// schema up to date, and says whether it can be reached (GET /healthz). One Kysely query layer
// serves both dialects; everything above it is written once.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describeDatabase, type DatabaseLocation } from './database-url.ts';
import { portalMigrations } from './portal-database-migrations.ts';
import type { PortalTables } from './portal-database-schema.ts';

export type PortalDatabase = {
  db: Kysely<PortalTables>;
  location: DatabaseLocation;
  /** Resolves when a trivial query answers; rejects while the database cannot be reached. */
  check(): Promise<void>;
  close(): Promise<void>;
};

/** A database error: the caller answers 503 and sends nothing on. */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The portal's database cannot be reached: ${(cause as Error)?.message ?? cause}`, {
      cause,
    });
  }
}

/**
 * Was this database error about the data rather than the database (which answered, and refused
 * what it was given)? PostgreSQL's classes 22 (data exception: a NUL in text, a value out of
 * range) and 23 (a constraint); SQLite's constraint, mismatch and too-big errors. Such an error
 * is the portal's to fix, never "the database cannot be reached" (503, retry later).
 */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return /^2[23][0-9A-Z]{3}$/.test(code) || /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code);
}

// How long a query waits for a PostgreSQL connection before the request is answered 503: the
// person should hear quickly that nothing was sent, not wait for the browser's timeout.
const POSTGRES_CONNECT_TIMEOUT_MS = 3_000;
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export async function openPortalDatabase(location: DatabaseLocation): Promise<PortalDatabase> {
  const db =
    location.dialect === 'sqlite'
      ? await openSqlite(location.file)
      : await openPostgres(location.url);
  try {
    await migrate(db, location);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    location,
    async check() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/**
 * Why SQLite cannot be opened on this Node, or null. better-sqlite3 13's binary is built for
 * N-API 10 (Node 22.14 and later); on an older Node its first query ends the process with a
 * segmentation fault, so the start says why instead (decision 013).
 */
export function sqliteDriverProblem(versions: { node: string; napi?: string }): string | null {
  if (Number(versions.napi ?? 0) >= 10) return null;
  return (
    `The SQLite store needs Node.js 22.14 or later; this is Node ${versions.node}. ` +
    'Use Node 24 (.nvmrc), or set DATABASE_URL to a PostgreSQL database.'
  );
}

async function openSqlite(file: string): Promise<Kysely<PortalTables>> {
  const problem = sqliteDriverProblem(process.versions);
  if (problem !== null) throw new Error(problem);
  const { default: SqliteDatabase } = await import('better-sqlite3');
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new Error(
      `Could not create the folder for the SQLite file ${file} (${(error as NodeJS.ErrnoException).code}): ` +
        'set DATABASE_URL to file:<a path the portal may write>.',
      { cause: error },
    );
  }
  let database: InstanceType<typeof SqliteDatabase>;
  try {
    database = new SqliteDatabase(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    // WAL: readers (Submissions) never wait for the writer (a submission being recorded).
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new Error(
      `Could not open the SQLite file ${file} (${(error as Error).message}): ` +
        'set DATABASE_URL to file:<a path the portal may write>.',
      { cause: error },
    );
  }
  return new Kysely<PortalTables>({ dialect: new SqliteDialect({ database }) });
}

async function openPostgres(url: string): Promise<Kysely<PortalTables>> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    // bigint (int8) columns hold milliseconds, well inside a double's exact range.
    types: {
      getTypeParser: (oid: number, format?: string) =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format as 'text'),
    },
  });
  // A connection that PostgreSQL closes (restart, failover) must not crash the portal. The
  // pool reports idle ones; one checked out (between a transaction's queries) reports on the
  // client itself, and an 'error' event nobody listens to would end the process. The query or
  // transaction using it fails on its own; the next gets a new connection or DatabaseUnavailable.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<PortalTables>({ dialect: new PostgresDialect({ pool }) });
}

async function migrate(db: Kysely<PortalTables>, location: DatabaseLocation): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => portalMigrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `Could not bring the portal's database (${describeDatabase(location)}) up to date` +
        `${failed ? ` (migration ${failed})` : ''}: ${(error as Error).message ?? String(error)}`,
    );
  }
}
