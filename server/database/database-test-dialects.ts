// Runs a database test suite once on SQLite (a file in a temporary folder) and once on
// PostgreSQL (a database of its own on the test server), so both dialects meet the same tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseLocation } from './database-url.ts';
import { createPostgresTestDatabase } from './postgres-test-database.ts';

export type TestDatabaseLocation = { location: DatabaseLocation; remove(): Promise<void> };

export const testDialects: {
  name: 'SQLite' | 'PostgreSQL';
  create: () => Promise<TestDatabaseLocation>;
}[] = [
  {
    name: 'SQLite',
    async create() {
      const folder = mkdtempSync(path.join(tmpdir(), 'portal-sqlite-'));
      return {
        location: { dialect: 'sqlite', file: path.join(folder, 'portal.sqlite') },
        remove: async () => rmSync(folder, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    async create() {
      const database = await createPostgresTestDatabase();
      return { location: { dialect: 'postgres', url: database.url }, remove: database.drop };
    },
  },
];
