// What the ledger keeps of a submission, over real HTTP: recorded before Net3 hears of it, who
// sent it (a staff member, or "Reseller signup" with the client address), the request body
// exactly as sent (createdBy stamped by the portal), how it ended; and nothing secret (no API
// key, no password, no session cookie, no Net3 bearer token) anywhere in the row.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_HEADER } from '../../src/provisioning/contract/portal-wire.ts';
import type { SubmissionRow } from '../ledger/submission-ledger.ts';
import {
  answerJson,
  postJson,
  signInThrough,
  startRecordingUpstream,
  startTestPortal,
  TEST_API_KEY,
  TEST_SESSION_SECRET,
  testStaff,
  type RecordingUpstream,
  type TestPortal,
} from './proxy-test-support.ts';
import {
  customerRequest,
  openOwnTestDatabase,
  rowOf,
  submitCustomer,
  type OwnTestDatabase,
} from './submission-test-support.ts';

function expectNothingSecretIn(row: SubmissionRow, cookie: string): void {
  const stored = JSON.stringify(row);
  for (const secret of [
    TEST_API_KEY,
    TEST_SESSION_SECRET,
    testStaff.password,
    testStaff.authenticateResponse.bearerToken,
    testStaff.authenticateResponse.sessionId,
    cookie.split('=')[1]!,
    'Bearer',
  ]) {
    expect(stored).not.toContain(secret);
  }
}

describe.each(['SQLite', 'PostgreSQL'] as const)('the ledger row on %s', (dialect) => {
  let own: OwnTestDatabase;
  let upstream: RecordingUpstream;
  let portal: TestPortal;

  beforeAll(async () => {
    own = await openOwnTestDatabase(dialect);
  });
  afterAll(() => own.remove());
  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    portal = await startTestPortal(upstream.url, {
      database: own.database,
      trustProxy: { hops: 1 },
    });
  });
  afterEach(async () => {
    await portal.close();
    await upstream.close();
  });

  it('is written as sending, with the body, before Net3 gets the request', async () => {
    const seenByNet3: (SubmissionRow | undefined)[] = [];
    upstream.answerWith((request, res) => {
      void own.database.db
        .selectFrom('submissions')
        .selectAll()
        .where('request_body', '=', request.body)
        .executeTakeFirst()
        .then((row) => {
          seenByNet3.push(row);
          answerJson(200, { customerId: 'ACME-001' })(request, res);
        });
    });
    const { cookie } = await signInThrough(portal.url);

    const response = await submitCustomer(portal.url, cookie!, customerRequest(), randomUUID());

    expect(response.status).toBe(200);
    expect(seenByNet3).toHaveLength(1);
    expect(seenByNet3[0]).toMatchObject({ state: 'sending', answer_status: null });
    expect((await rowOf(own.database, response)).state).toBe('accepted');
  });

  it("records a staff member's submission: who, the body as sent with createdBy stamped, the outcome", async () => {
    upstream.answerWith(answerJson(200, { customerId: 'N3-000123', n3TLogins_CompanyId: '987' }));
    const { cookie } = await signInThrough(portal.url);
    const key = randomUUID();
    // The browser's own createdBy and credentials must not survive.
    const sent = {
      ...customerRequest('Acme Widgets LLC'),
      createdBy: { username: 'someone-else' },
      RequesterIp: '6.6.6.6',
    };

    const response = await submitCustomer(portal.url, cookie!, sent, key, {
      authorization: `Bearer ${TEST_API_KEY}`,
      'x-forwarded-for': '192.0.2.44',
    });
    const row = await rowOf(own.database, response);

    expect(response.status).toBe(200);
    expect(row).toMatchObject({
      audience: 'staff',
      submitted_by: 'Rep One',
      submitted_by_user: 'rep1',
      client_address: '192.0.2.44',
      idempotency_key: key,
      customer_name: 'Acme Widgets LLC',
      customer_email: 'office@acme.example',
      state: 'accepted',
      attempts: 1,
      answer_status: 200,
      answer_body: response.text,
      net3_customer_id: 'N3-000123',
      n3t_logins_company_id: '987',
    });
    expect(row.request_body).toBe(upstream.requests[0]!.body);
    const body = JSON.parse(row.request_body!) as Record<string, unknown>;
    expect(body.createdBy).toMatchObject({
      username: 'rep1',
      userId: testStaff.authenticateResponse.userId,
    });
    expect(body.requesterIP).toBe('192.0.2.44');
    expect(body).not.toHaveProperty('RequesterIp');
    expect(Math.abs(row.created_at - Date.now())).toBeLessThan(60_000);
    expectNothingSecretIn(row, cookie!);
  });

  it('records a public signup as "Reseller signup" with the client address', async () => {
    const response = await postJson(`${portal.url}/api/signup`, customerRequest('Reseller Co'), {
      [IDEMPOTENCY_KEY_HEADER]: randomUUID(),
      'x-forwarded-for': '203.0.113.7',
    });
    const row = await rowOf(own.database, response);

    expect(response.status).toBe(200);
    expect(row).toMatchObject({
      audience: 'signup',
      submitted_by: 'Reseller signup',
      submitted_by_user: null,
      client_address: '203.0.113.7',
      customer_name: 'Reseller Co',
      state: 'accepted',
    });
    expect(row.request_body).toBe(upstream.requests[0]!.body);
    expect(JSON.parse(row.request_body!)).toMatchObject({ requesterIP: '203.0.113.7' });
    expectNothingSecretIn(row, 'none=none');
  });

  it("records a refusal with Net3's errorCode, message and field errors, as the person saw it", async () => {
    upstream.answerWith(
      answerJson(400, {
        responseStatus: {
          errorCode: 'NotEmpty',
          message: "'Email' must not be empty.",
          stackTrace: 'at Net3.Internal()',
          errors: [{ errorCode: 'NotEmpty', fieldName: 'Customer.Email', message: 'Required' }],
        },
      }),
    );
    const { cookie } = await signInThrough(portal.url);

    const response = await submitCustomer(portal.url, cookie!, customerRequest(), randomUUID());
    const row = await rowOf(own.database, response);

    expect(response.status).toBe(400);
    expect(row).toMatchObject({
      state: 'refused',
      answer_status: 400,
      answer_body: response.text,
      error_code: 'NotEmpty',
      error_message: "'Email' must not be empty.",
    });
    expect(JSON.parse(row.field_errors!)).toEqual([
      { errorCode: 'NotEmpty', fieldName: 'Customer.Email', message: 'Required' },
    ]);
    expect(JSON.stringify(row)).not.toContain('Net3.Internal');
  });
});
