// Issue 20, item 1: a NUL (U+0000) in text never reaches the database. On PostgreSQL it made a
// signup or a submission answer 503 "cannot record this submission right now" (logged as if the
// database were down) and a search answer 500; on SQLite a search for it matched every row. It
// is refused at the edge with a 400 that names the field or the parameter, on both databases;
// and a database error about the data is told apart from an outage (never a 503).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isDataError } from '../database/open-portal-database.ts';
import type { TestResponse } from './loopback-http.ts';
import { sendRequest } from './loopback-http.ts';
import {
  mintSessionCookie,
  postJson,
  startRecordingUpstream,
  startTestPortal,
  type RecordingUpstream,
  type TestPortal,
} from './proxy-test-support.ts';
import {
  customerRequest,
  openOwnTestDatabase,
  submitCustomer,
  type OwnTestDatabase,
} from './submission-test-support.ts';

type Refusal = {
  responseStatus: {
    errorCode: string;
    message: string;
    errors?: { errorCode: string; fieldName: string; message: string }[];
  };
};

function refusalOf(response: TestResponse): Refusal['responseStatus'] {
  return (response.json() as Refusal).responseStatus;
}

describe.each(['SQLite', 'PostgreSQL'] as const)('a NUL character on %s', (dialect) => {
  let own: OwnTestDatabase;
  let upstream: RecordingUpstream;
  let portal: TestPortal;
  let cookie: string;

  beforeAll(async () => {
    own = await openOwnTestDatabase(dialect);
  });
  afterAll(() => own.remove());
  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    portal = await startTestPortal(upstream.url, { database: own.database });
    cookie = await mintSessionCookie(undefined, { database: own.database });
  });
  afterEach(async () => {
    await portal.close();
    await upstream.close();
  });

  it('in a staff submission is refused with 400 on its field, and nothing is recorded or sent', async () => {
    const response = await submitCustomer(
      portal.url,
      cookie,
      customerRequest('Acme\u0000 Widgets'),
      randomUUID(),
    );

    expect(response.status).toBe(400);
    const refusal = refusalOf(response);
    expect(refusal.errorCode).toBe('InvalidCharacter');
    expect(refusal.errors).toEqual([
      expect.objectContaining({
        fieldName: 'Customer.CustomerName',
        errorCode: 'InvalidCharacter',
      }),
    ]);
    expect(refusal.message).toMatch(/CustomerName contains an invisible NUL character \(U\+0000\)/);
    expect(upstream.requests).toHaveLength(0);
    const rows = await own.database.db.selectFrom('submissions').select('id').execute();
    expect(rows).toHaveLength(0);
  });

  it('in a public signup is refused with 400 on its field', async () => {
    const response = await postJson(`${portal.url}/api/signup`, {
      customer: { customerName: 'Reseller Co', email: 'owner@reseller\u0000.example' },
      contacts: [{ firstName: 'A\u0000nn', roles: ['Primary'] }],
    });

    expect(response.status).toBe(400);
    expect(refusalOf(response).errors?.map((error) => error.fieldName)).toEqual([
      'Customer.Email',
      'Contacts[0].FirstName',
    ]);
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([
    ['/api/submissions?q=%00', 'q'],
    ['/api/submissions?q=Acme%00', 'q'],
    ['/api/duplicates?email=a%00@b.example', 'email'],
    // A second '?' is part of the query, as the routes read it.
    ['/api/submissions?page=1?&q=%00', 'q'],
  ])('in the query of %s is refused with 400 naming the parameter', async (path, name) => {
    const response = await sendRequest(`${portal.url}${path}`, { headers: { cookie } });

    expect(response.status).toBe(400);
    expect(refusalOf(response).message).toContain(`The query parameter "${name}" contains`);
  });
});

describe('a NUL character in a path id', () => {
  it('names no submission: 404, never a database error', async () => {
    const own = await openOwnTestDatabase('PostgreSQL');
    const upstream = await startRecordingUpstream();
    const portal = await startTestPortal(upstream.url, { database: own.database });
    try {
      const cookie = await mintSessionCookie(undefined, { database: own.database });
      const response = await sendRequest(`${portal.url}/api/submissions/%00`, {
        headers: { cookie },
      });

      expect(response.status).toBe(404);
    } finally {
      await portal.close();
      await upstream.close();
      await own.remove();
    }
  });
});

describe('isDataError', () => {
  it('tells a refused value from an unreachable database, on both databases', async () => {
    const postgres = await openOwnTestDatabase('PostgreSQL');
    const sqlite = await openOwnTestDatabase('SQLite');
    try {
      const nul = await sql`select ${'a\u0000b'}::text`
        .execute(postgres.database.db)
        .catch((error: unknown) => error);
      const row = {
        user_name: 'demo.sales',
        draft: '{}',
        updated_at: 1,
      };
      await sqlite.database.db.insertInto('staff_drafts').values(row).execute();
      const duplicate = await sqlite.database.db
        .insertInto('staff_drafts')
        .values(row)
        .execute()
        .catch((error: unknown) => error);

      expect(isDataError(nul)).toBe(true);
      expect(isDataError(duplicate)).toBe(true);
      expect(
        isDataError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
      ).toBe(false);
      expect(
        isDataError(Object.assign(new Error('the database is locked'), { code: 'SQLITE_BUSY' })),
      ).toBe(false);
      expect(isDataError(new Error('no code'))).toBe(false);
    } finally {
      await postgres.remove();
      await sqlite.remove();
    }
  });
});
