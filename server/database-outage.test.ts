// The portal's database really going away (PostgreSQL behind a TCP forwarder the test stops
// and starts): a submission is answered 503 LedgerUnavailable and nothing reaches Net3 (the
// recording stand-in counts), /healthz answers 503; once the database is back both work again
// without a restart.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_KEY_HEADER,
  LEDGER_UNAVAILABLE_ERROR_CODE,
} from '../src/provisioning/contract/portal-wire.ts';
import { loadPortalConfig } from './config.ts';
import { createCapturingLogger } from './portal-log.ts';
import {
  startPostgresForwarder,
  type PostgresOutage,
} from './database/database-outage-test-support.ts';
import { openPortalDatabase, type PortalDatabase } from './database/open-portal-database.ts';
import {
  createPostgresTestDatabase,
  type PostgresTestDatabase,
} from './database/postgres-test-database.ts';
import { viteFromSource } from './dev-server.ts';
import { buildProductionServer } from './production-server.ts';
import { sendRequest, type TestResponse } from './proxy/loopback-http.ts';
import {
  mintSessionCookie,
  postJson,
  startRecordingUpstream,
  startTestPortal,
  TEST_SESSION_SECRET,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal,
} from './proxy/proxy-test-support.ts';
import { customerRequest, submitCustomer } from './proxy/submission-test-support.ts';

const LEDGER_UNAVAILABLE_MESSAGE =
  'The portal cannot record this submission right now, so nothing was sent to Net3. Try again in a minute; your answers are kept.';

let postgres: PostgresTestDatabase;
let outage: PostgresOutage;
let upstream: RecordingUpstream;

beforeEach(async () => {
  postgres = await createPostgresTestDatabase();
  outage = await startPostgresForwarder(postgres.url);
  upstream = await startRecordingUpstream();
});

afterEach(async () => {
  await upstream.close();
  await outage.close();
  await postgres.drop();
});

function expectLedgerUnavailable(response: TestResponse): void {
  expect(response.status).toBe(503);
  expect(response.headers['retry-after']).toBe('60');
  expect(response.json()).toMatchObject({
    responseStatus: {
      errorCode: LEDGER_UNAVAILABLE_ERROR_CODE,
      message: LEDGER_UNAVAILABLE_MESSAGE,
    },
  });
}

describe('submissions while the database is down', () => {
  let database: PortalDatabase;
  let portal: TestPortal;

  beforeEach(async () => {
    database = await openPortalDatabase({ dialect: 'postgres', url: outage.url });
    portal = await startTestPortal(upstream.url, { database });
  });
  afterEach(async () => {
    await portal.close();
    await database.close();
  });

  it('answers 503 LedgerUnavailable and sends nothing to Net3; once it is back, submissions work', async () => {
    const cookie = await mintSessionCookie(testStaffIdentity, { database });
    const before = await submitCustomer(portal.url, cookie, customerRequest(), randomUUID());
    expect(before.status).toBe(200);

    await outage.stop();
    const key = randomUUID();
    const staff = await submitCustomer(portal.url, cookie, customerRequest(), key);
    const signup = await postJson(`${portal.url}/api/signup`, customerRequest('Reseller Co'), {
      [IDEMPOTENCY_KEY_HEADER]: randomUUID(),
    });

    expectLedgerUnavailable(staff);
    expectLedgerUnavailable(signup);
    expect(upstream.requests).toHaveLength(1);

    await outage.start();
    // The person tries again with the same key: nothing was recorded, so it goes to Net3 now.
    const after = await submitCustomer(portal.url, cookie, customerRequest(), key);

    expect(after.status).toBe(200);
    expect(after.headers['idempotent-replayed']).toBeUndefined();
    expect(upstream.requests).toHaveLength(2);
  });
});

describe('a connection cut while the portal holds it', () => {
  it('fails that transaction and leaves the portal running; the next query works once the database is back', async () => {
    const database = await openPortalDatabase({ dialect: 'postgres', url: outage.url });
    try {
      // Between a transaction's queries the connection is checked out of the pool: its end is
      // reported on the connection itself, which must not become an uncaught exception.
      const cut = database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await outage.stop();
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql`select 1`.execute(trx);
      });
      await expect(cut).rejects.toThrow();

      await outage.start();
      await expect(database.check()).resolves.toBeUndefined();
    } finally {
      await database.close();
    }
  });
});

describe.each(['npm start', 'npm run dev'])(
  'GET /healthz under %s while the database is down',
  (host) => {
    let distDir: string;
    let app: FastifyInstance;

    beforeEach(async () => {
      distDir = await mkdtemp(path.join(tmpdir(), 'portal-dist-'));
      await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Portal</title>');
      const config = loadPortalConfig(
        {
          NET3_API_URL: upstream.url,
          NET3_API_KEY: 'healthz-test-key',
          SESSION_SECRET: TEST_SESSION_SECRET,
          DATABASE_URL: outage.url,
        },
        path.resolve(import.meta.dirname, '..'),
      );
      const { logger } = createCapturingLogger();
      app = await buildProductionServer(config, {
        distDir,
        logger,
        ...(host === 'npm run dev' ? { developmentBrowserCode: viteFromSource(logger) } : {}),
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterEach(async () => {
      await app.close();
      await rm(distDir, { recursive: true, force: true });
    });

    it('answers 503 while the database cannot be reached, and 200 again once it is back, without a restart', async () => {
      const address = app.server.address();
      if (typeof address !== 'object' || address === null) throw new Error('not listening');
      const healthz = `http://127.0.0.1:${address.port}/healthz`;

      const up = await sendRequest(healthz);
      await outage.stop();
      const down = await sendRequest(healthz);
      await outage.start();
      const back = await sendRequest(healthz);

      expect(up.status).toBe(200);
      expect(up.json()).toEqual({ status: 'ok' });
      expect(down.status).toBe(503);
      expect(down.headers['cache-control']).toBe('no-store');
      expect(down.json()).toEqual({ status: 'database unreachable' });
      expect(back.status).toBe(200);
      expect(back.json()).toEqual({ status: 'ok' });
    });
  },
);
