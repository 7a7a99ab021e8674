import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabaseLocation } from './database-test-dialects.ts';
import {
  openPortalDatabase,
  sqliteDriverProblem,
  type PortalDatabase,
} from './open-portal-database.ts';
import { portalMigrations } from './portal-database-migrations.ts';

describe.each(testDialects)('the portal database on $name', ({ create }) => {
  let target: TestDatabaseLocation;
  const opened: PortalDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await target?.remove();
  });

  it('creates every table at start and answers the health check', async () => {
    target = await create();
    const database = await openPortalDatabase(target.location);
    opened.push(database);
    await expect(database.check()).resolves.toBeUndefined();
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(['submissions', 'staff_sessions']));
  });

  it('keeps what was written when opened again (a restart)', async () => {
    const sessionRow = {
      id_hash: 's1',
      user_name: 'demo.sales',
      identity: '{"userName":"demo.sales"}',
      created_at: 1,
      last_seen_at: 1,
      expires_at: 2,
    };
    target = await create();
    const first = await openPortalDatabase(target.location);
    await first.db.insertInto('staff_sessions').values(sessionRow).execute();
    await first.close();
    const again = await openPortalDatabase(target.location);
    opened.push(again);
    const rows = await again.db.selectFrom('staff_sessions').selectAll().execute();
    expect(rows).toEqual([sessionRow]);
  });
});

// Several instances share PostgreSQL only; one SQLite file belongs to one portal process.
describe('PostgreSQL shared by several instances', () => {
  const postgres = testDialects.find((dialect) => dialect.name === 'PostgreSQL')!;
  let target: TestDatabaseLocation;
  const opened: PortalDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await target?.remove();
  });

  it('applies each migration once when two instances start at the same moment', async () => {
    target = await postgres.create();
    const both = await Promise.all([
      openPortalDatabase(target.location),
      openPortalDatabase(target.location),
    ]);
    opened.push(...both);
    const applied = await both[0]!.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(applied).toHaveLength(Object.keys(portalMigrations).length);
    await expect(both[1]!.check()).resolves.toBeUndefined();
  });
});

describe('a database that cannot be opened', () => {
  it('stops the start with a message that says what to fix', async () => {
    // A folder that cannot be made: its parent is a file.
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'portal-blocked-')), 'a-file');
    writeFileSync(blocker, '');
    await expect(
      openPortalDatabase({ dialect: 'sqlite', file: path.join(blocker, 'portal.sqlite') }),
    ).rejects.toThrow(/set DATABASE_URL to file:<a path the portal may write>/);
  });
});

describe('SQLite on a Node too old for its driver', () => {
  it('names the Node it needs and the way out, where better-sqlite3 would crash the process', () => {
    expect(sqliteDriverProblem({ node: '22.12.0', napi: '9' })).toBe(
      'The SQLite store needs Node.js 22.14 or later; this is Node 22.12.0. ' +
        'Use Node 24 (.nvmrc), or set DATABASE_URL to a PostgreSQL database.',
    );
    expect(sqliteDriverProblem({ node: '22.14.0', napi: '10' })).toBeNull();
    expect(sqliteDriverProblem(process.versions)).toBeNull();
  });
});
