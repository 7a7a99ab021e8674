import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabaseLocation } from '../database/database-test-dialects.ts';
import { openPortalDatabase, type PortalDatabase } from '../database/open-portal-database.ts';
import {
  createSubmissionLedger,
  type SubmissionAttempt,
  type SubmissionLedger,
  type SubmissionOwner,
} from './submission-ledger.ts';

const sales: SubmissionOwner = {
  audience: 'staff',
  userName: 'demo.sales',
  displayName: 'Demo Sales',
  clientAddress: '10.0.0.5',
};
const support: SubmissionOwner = {
  ...sales,
  userName: 'demo.support',
  displayName: 'Demo Support',
};

function attempt(overrides: Partial<SubmissionAttempt> = {}): SubmissionAttempt {
  return {
    owner: sales,
    idempotencyKey: 'key-1',
    requestBody: '{"customer":{"customerName":"Acme Widgets LLC"}}',
    customerName: 'Acme Widgets LLC',
    customerEmail: 'office@acme.example',
    matchKeys: {
      nameKey: 'acme widgets',
      email: 'office@acme.example',
      emailDomain: 'acme.example',
      phone: null,
      customerId: null,
    },
    ...overrides,
  };
}

const accepted = {
  state: 'accepted' as const,
  answer: { status: 200, body: '{"customerId":"N3-000123"}' },
  net3CustomerId: 'N3-000123',
};

describe.each(testDialects)('the submissions ledger on $name', ({ create }) => {
  let target: TestDatabaseLocation;
  let database: PortalDatabase;
  let ledger: SubmissionLedger;
  let clock = 1_000_000;

  beforeEach(async () => {
    target = await create();
    database = await openPortalDatabase(target.location);
    clock = 1_000_000;
    ledger = createSubmissionLedger(database.db, { now: () => clock, staleSendingMs: 60_000 });
  });
  afterEach(async () => {
    await database.close();
    await target.remove();
  });

  it('records an attempt as sending before anything is sent, then its outcome', async () => {
    const begun = await ledger.begin(attempt());
    expect(begun.kind).toBe('send');
    if (begun.kind !== 'send') return;
    expect(await ledger.get(begun.id)).toMatchObject({
      state: 'sending',
      submitted_by: 'Demo Sales',
      customer_name: 'Acme Widgets LLC',
      request_body: attempt().requestBody,
    });
    clock += 500;
    await ledger.finish(begun.id, accepted);
    expect(await ledger.get(begun.id)).toMatchObject({
      state: 'accepted',
      net3_customer_id: 'N3-000123',
      answer_status: 200,
      updated_at: clock,
    });
  });

  it('replays the stored answer for a repeated key instead of sending again', async () => {
    const first = await ledger.begin(attempt());
    if (first.kind !== 'send') throw new Error('expected send');
    await ledger.finish(first.id, accepted);
    expect(await ledger.begin(attempt())).toEqual({
      kind: 'replay',
      id: first.id,
      answer: accepted.answer,
    });
  });

  it('lets only one of many concurrent attempts with one key be sent', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => ledger.begin(attempt())));
    expect(results.filter((result) => result.kind === 'send')).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'in-progress')).toHaveLength(7);
  });

  it('never shares a key between two people', async () => {
    const mine = await ledger.begin(attempt());
    if (mine.kind !== 'send') throw new Error('expected send');
    await ledger.finish(mine.id, accepted);
    const theirs = await ledger.begin(attempt({ owner: support }));
    expect(theirs.kind).toBe('send');
    expect(theirs.id).not.toBe(mine.id);
  });

  it('sends again after an unknown outcome, once, when asked to', async () => {
    const first = await ledger.begin(attempt());
    if (first.kind !== 'send') throw new Error('expected send');
    await ledger.finish(first.id, {
      state: 'unknown',
      answer: { status: 504, body: '{}' },
      errorCode: 'GatewayTimeout',
    });
    const retries = await Promise.all([ledger.begin(attempt()), ledger.begin(attempt())]);
    expect(retries.map((retry) => retry.kind).sort()).toEqual(['in-progress', 'send']);
    expect(await ledger.get(first.id)).toMatchObject({ state: 'sending', attempts: 2 });
  });

  it('replays a refusal for the same body, and sends a mended body', async () => {
    const first = await ledger.begin(attempt());
    if (first.kind !== 'send') throw new Error('expected send');
    const refusal = { status: 400, body: '{"responseStatus":{"errorCode":"NotEmpty"}}' };
    await ledger.finish(first.id, { state: 'refused', answer: refusal, errorCode: 'NotEmpty' });
    expect(await ledger.begin(attempt())).toMatchObject({ kind: 'replay', answer: refusal });
    const mended = attempt({ requestBody: '{"customer":{"customerName":"Acme Widgets"}}' });
    expect(await ledger.begin(mended)).toEqual({ kind: 'send', id: first.id });
  });

  it('takes a sending row left by a crash for unknown once it is stale', async () => {
    await ledger.begin(attempt());
    expect((await ledger.begin(attempt())).kind).toBe('in-progress');
    clock += 60_001;
    expect((await ledger.begin(attempt())).kind).toBe('send');
  });

  it('lists newest first, a page at a time, filtered by person and searched by name or email', async () => {
    for (let index = 0; index < 5; index++) {
      clock += 1_000;
      await ledger.begin(
        attempt({
          idempotencyKey: `key-${index}`,
          owner: index % 2 === 0 ? sales : support,
          customerName: `Customer ${index}`,
          customerEmail: `c${index}@example.com`,
        }),
      );
    }
    const page = await ledger.list({ page: 1, pageSize: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.customer_name)).toEqual(['Customer 4', 'Customer 3']);
    const last = await ledger.list({ page: 3, pageSize: 2 });
    expect(last.rows.map((row) => row.customer_name)).toEqual(['Customer 0']);
    const mine = await ledger.list({ page: 1, pageSize: 50, onlyUser: 'demo.support' });
    expect(mine.rows.map((row) => row.customer_name)).toEqual(['Customer 3', 'Customer 1']);
    const found = await ledger.list({ page: 1, pageSize: 50, search: 'C2@EXAMPLE' });
    expect(found.rows.map((row) => row.customer_name)).toEqual(['Customer 2']);
    const literal = await ledger.list({ page: 1, pageSize: 50, search: '%' });
    expect(literal.total).toBe(0);
  });

  it('searches for %, _ and \\ as typed, not as wildcards', async () => {
    const names = [
      'Acme 100% Real',
      'Acme 1000 Real',
      'Snake_case Ltd',
      'Snakescase Ltd',
      'Back\\slash Co',
      'Backslash Co',
    ];
    for (const [index, customerName] of names.entries()) {
      clock += 1_000;
      await ledger.begin(attempt({ idempotencyKey: `search-${index}`, customerName }));
    }
    const found = async (search: string) =>
      (await ledger.list({ page: 1, pageSize: 50, search })).rows.map((row) => row.customer_name);

    expect(await found('100%')).toEqual(['Acme 100% Real']);
    expect(await found('e_c')).toEqual(['Snake_case Ltd']);
    expect(await found('k\\s')).toEqual(['Back\\slash Co']);
    expect(await found('%')).toEqual(['Acme 100% Real']);
  });

  it('clears request bodies past retention and keeps the row', async () => {
    const old = await ledger.begin(attempt());
    if (old.kind !== 'send') throw new Error('expected send');
    await ledger.finish(old.id, accepted);
    clock += 10_000;
    const recent = await ledger.begin(attempt({ idempotencyKey: 'key-2' }));
    if (recent.kind !== 'send') throw new Error('expected send');
    await ledger.finish(recent.id, accepted);
    expect(await ledger.clearRequestBodiesBefore(clock - 5_000)).toBe(1);
    expect(await ledger.get(old.id)).toMatchObject({
      request_body: null,
      state: 'accepted',
      net3_customer_id: 'N3-000123',
    });
    expect((await ledger.get(recent.id))?.request_body).not.toBeNull();
  });
});
