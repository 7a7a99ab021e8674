// A PostgreSQL database of its own for one test file, on the server the global set-up found
// (postgres-test-setup.ts): created empty, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type PostgresTestDatabase = { url: string; drop(): Promise<void> };

export async function createPostgresTestDatabase(): Promise<PostgresTestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
