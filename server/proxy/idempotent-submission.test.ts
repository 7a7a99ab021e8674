// Idempotency-Key over real HTTP: a repeated key reaches Net3 (the recording stand-in, which
// counts what it got) once, one after another and all at once; on one portal with SQLite and
// across two portals sharing one PostgreSQL database. Keys are never shared between people,
// and what may be sent again (an unknown outcome, a mended refusal) is.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  IN_PROGRESS_ERROR_CODE,
  IDEMPOTENCY_KEY_HEADER,
} from '../../src/provisioning/contract/portal-wire.ts';
import type { TestResponse } from './loopback-http.ts';
import {
  answerJson,
  mintSessionCookie,
  postJson,
  startRecordingUpstream,
  startTestPortal,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal,
  type TestPortalOverrides,
} from './proxy-test-support.ts';
import {
  customerRequest,
  isReplay,
  openOwnTestDatabase,
  otherStaffIdentity,
  rowOf,
  submitCustomer,
  type OwnTestDatabase,
} from './submission-test-support.ts';

const setups = [
  { name: 'one portal on SQLite', dialect: 'SQLite', instances: 1 },
  { name: 'two portals sharing PostgreSQL', dialect: 'PostgreSQL', instances: 2 },
] as const;

function errorCodeOf(response: TestResponse): string | undefined {
  return (response.json() as { responseStatus?: { errorCode?: string } }).responseStatus?.errorCode;
}

describe.each(setups)('Idempotency-Key, $name', ({ dialect, instances }) => {
  let own: OwnTestDatabase;
  let upstream: RecordingUpstream;
  let portals: TestPortal[];
  let cookie: string;

  beforeAll(async () => {
    own = await openOwnTestDatabase(dialect);
  });
  afterAll(() => own.remove());

  async function startPortals(overrides: TestPortalOverrides = {}): Promise<TestPortal[]> {
    const started: TestPortal[] = [];
    for (let index = 0; index < instances; index += 1) {
      started.push(await startTestPortal(upstream.url, { database: own.database, ...overrides }));
    }
    portals.push(...started);
    return started;
  }
  /** The portal the n-th request goes to: alternating, as behind a load balancer. */
  const at = (list: TestPortal[], n: number) => list[n % list.length]!.url;

  beforeEach(async () => {
    upstream = await startRecordingUpstream();
    portals = [];
    cookie = await mintSessionCookie(testStaffIdentity, { database: own.database });
  });
  afterEach(async () => {
    for (const portal of portals) await portal.close();
    await upstream.close();
  });

  it('sends a repeated key to Net3 once, and answers the repeat from the ledger', async () => {
    const shared = await startPortals();
    const key = randomUUID();

    const first = await submitCustomer(at(shared, 0), cookie, customerRequest(), key);
    const again = await submitCustomer(at(shared, 1), cookie, customerRequest(), key);

    expect(upstream.requests).toHaveLength(1);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.json()).toEqual(first.json());
    expect(isReplay(first)).toBe(false);
    expect(isReplay(again)).toBe(true);
    expect(again.headers['x-net3-portal-submission']).toBe(
      first.headers['x-net3-portal-submission'],
    );
  });

  it('sends one of 10 requests with one key at once: the others wait (409 InProgress) or get its answer', async () => {
    const shared = await startPortals();
    upstream.answerWith((request, res) => {
      setTimeout(() => answerJson(200, { customerId: 'ACME-001' })(request, res), 500);
    });
    const key = randomUUID();

    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        submitCustomer(at(shared, n), cookie, customerRequest(), key),
      ),
    );

    expect(upstream.requests).toHaveLength(1);
    const sent = responses.filter((r) => r.status === 200 && !isReplay(r));
    const waiting = responses.filter((r) => r.status === 409);
    const replayed = responses.filter((r) => r.status === 200 && isReplay(r));
    expect(sent).toHaveLength(1);
    expect(waiting.length).toBeGreaterThan(0);
    expect(sent.length + waiting.length + replayed.length).toBe(10);
    for (const response of waiting) {
      expect(errorCodeOf(response)).toBe(IN_PROGRESS_ERROR_CODE);
    }
    const ids = new Set(responses.map((r) => r.headers['x-net3-portal-submission']));
    expect(ids.size).toBe(1);
    // Once Net3 has answered, the same key gets its answer.
    const later = await submitCustomer(at(shared, 1), cookie, customerRequest(), key);
    expect(later.status).toBe(200);
    expect(isReplay(later)).toBe(true);
    expect(upstream.requests).toHaveLength(1);
  });

  it("sends another person's same key to Net3 for them, never answering them with the first one's", async () => {
    const shared = await startPortals();
    upstream.answerWith((request, res) => {
      const { createdBy } = JSON.parse(request.body) as { createdBy: { username: string } };
      answerJson(200, { customerId: `FOR-${createdBy.username}` })(request, res);
    });
    const otherCookie = await mintSessionCookie(otherStaffIdentity, { database: own.database });
    const key = randomUUID();

    const mine = await submitCustomer(at(shared, 0), cookie, customerRequest(), key);
    const theirs = await submitCustomer(at(shared, 1), otherCookie, customerRequest(), key);

    expect(upstream.requests).toHaveLength(2);
    expect(mine.json()).toEqual({ customerId: 'FOR-rep1' });
    expect(theirs.json()).toEqual({ customerId: 'FOR-rep2' });
    expect(isReplay(theirs)).toBe(false);
    expect(theirs.headers['x-net3-portal-submission']).not.toBe(
      mine.headers['x-net3-portal-submission'],
    );
  });

  it("keeps one signup's key to its own address: another address's same key goes to Net3", async () => {
    const shared = await startPortals({ trustProxy: { hops: 1 } });
    const key = randomUUID();
    const signup = (n: number, address: string) =>
      postJson(`${at(shared, n)}/api/signup`, customerRequest('Reseller Co'), {
        [IDEMPOTENCY_KEY_HEADER]: key,
        'x-forwarded-for': address,
      });

    const first = await signup(0, '203.0.113.7');
    const again = await signup(1, '203.0.113.7');
    const elsewhere = await signup(0, '198.51.100.9');

    expect([first.status, again.status, elsewhere.status]).toEqual([200, 200, 200]);
    expect([isReplay(first), isReplay(again), isReplay(elsewhere)]).toEqual([false, true, false]);
    expect(upstream.requests).toHaveLength(2);
  });

  it('records a timeout as unknown, and sends a retry with the same key to Net3 again', async () => {
    const impatient = await startPortals({ timeoutMs: 200 });
    let calls = 0;
    upstream.answerWith((request, res: ServerResponse) => {
      calls += 1;
      if (calls === 1) return; // never answers: the portal gives up
      answerJson(200, { customerId: 'ACME-001', n3TLogins_CompanyId: 77 })(request, res);
    });
    const key = randomUUID();

    const timedOut = await submitCustomer(at(impatient, 0), cookie, customerRequest(), key);
    const unknownRow = await rowOf(own.database, timedOut);
    const retried = await submitCustomer(at(impatient, 1), cookie, customerRequest(), key);
    const acceptedRow = await rowOf(own.database, retried);

    expect(timedOut.status).toBe(504);
    expect(errorCodeOf(timedOut)).toBe('GatewayTimeout');
    expect(unknownRow).toMatchObject({ state: 'unknown', attempts: 1, answer_status: 504 });
    expect(retried.status).toBe(200);
    expect(isReplay(retried)).toBe(false);
    expect(upstream.requests).toHaveLength(2);
    expect(acceptedRow).toMatchObject({
      id: unknownRow.id,
      state: 'accepted',
      attempts: 2,
      net3_customer_id: 'ACME-001',
      n3t_logins_company_id: '77',
    });
  });

  it('treats a 5xx from Net3 as unknown: the retry goes to Net3', async () => {
    const shared = await startPortals();
    upstream.answerWith(answerJson(503, { responseStatus: { errorCode: 'Busy', message: 'x' } }));
    const key = randomUUID();

    const failed = await submitCustomer(at(shared, 0), cookie, customerRequest(), key);
    const failedRow = await rowOf(own.database, failed);
    upstream.answerWith(answerJson(200, { customerId: 'ACME-001' }));
    const retried = await submitCustomer(at(shared, 1), cookie, customerRequest(), key);

    expect(failed.status).toBe(503);
    expect(failedRow).toMatchObject({ state: 'unknown', error_code: 'Busy' });
    expect(retried.status).toBe(200);
    expect(upstream.requests).toHaveLength(2);
  });

  it('answers a refusal again for the same answers, and sends mended answers to Net3', async () => {
    const shared = await startPortals();
    const refusal = {
      responseStatus: {
        errorCode: 'NotEmpty',
        message: "'Email' must not be empty.",
        errors: [{ errorCode: 'NotEmpty', fieldName: 'Customer.Email', message: 'Required' }],
      },
    };
    upstream.answerWith(answerJson(400, refusal));
    const key = randomUUID();

    const refused = await submitCustomer(at(shared, 0), cookie, customerRequest(), key);
    const same = await submitCustomer(at(shared, 1), cookie, customerRequest(), key);
    upstream.answerWith(answerJson(200, { customerId: 'ACME-001' }));
    const mended = await submitCustomer(at(shared, 0), cookie, customerRequest('Acme Ltd'), key);

    expect([refused.status, same.status, mended.status]).toEqual([400, 400, 200]);
    expect(same.json()).toEqual(refusal);
    expect(isReplay(same)).toBe(true);
    expect(isReplay(mended)).toBe(false);
    expect(upstream.requests).toHaveLength(2);
    expect(await rowOf(own.database, mended)).toMatchObject({
      state: 'accepted',
      attempts: 2,
      customer_name: 'Acme Ltd',
    });
  });

  it('refuses a malformed key before recording or sending anything, and makes up a missing one', async () => {
    const shared = await startPortals();
    const rowCount = async () => {
      const counted = await own.database.db
        .selectFrom('submissions')
        .select((select) => select.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(counted.n);
    };
    const before = await rowCount();

    const malformed = await Promise.all(
      ['two words', 'x'.repeat(129), 'key/with/slashes'].map((key) =>
        submitCustomer(at(shared, 0), cookie, customerRequest(), key),
      ),
    );
    const afterMalformed = await rowCount();
    const sentAfterMalformed = upstream.requests.length;
    const withoutKey = [
      await submitCustomer(at(shared, 0), cookie, customerRequest()),
      await submitCustomer(at(shared, 1), cookie, customerRequest()),
    ];

    for (const response of malformed) {
      expect(response.status).toBe(400);
      expect(errorCodeOf(response)).toBe('InvalidIdempotencyKey');
    }
    expect(afterMalformed).toBe(before);
    expect(sentAfterMalformed).toBe(0);
    // Older pages send no key: each submission is its own, and both reach Net3.
    expect(withoutKey.map((r) => r.status)).toEqual([200, 200]);
    expect(upstream.requests).toHaveLength(2);
    const rows = await Promise.all(withoutKey.map((r) => rowOf(own.database, r)));
    expect(rows[0]!.id).not.toBe(rows[1]!.id);
    expect(rows[0]!.idempotency_key).not.toBe(rows[1]!.idempotency_key);
    expect(await rowCount()).toBe(before + 2);
  });
});
