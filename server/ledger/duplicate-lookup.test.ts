// The duplicate lookup on both dialects, over rows the ledger itself recorded (begin/finish,
// with the keys the proxy computes): which earlier submissions it finds, why, in what order,
// and that it uses the match_* indexes rather than reading the whole ledger.
import { CompiledQuery, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabaseLocation } from '../database/database-test-dialects.ts';
import { openPortalDatabase, type PortalDatabase } from '../database/open-portal-database.ts';
import { customerMatchKeys } from './customer-match-keys.ts';
import { findPossibleDuplicates, rowsSharingKey, type MatchColumn } from './duplicate-lookup.ts';
import {
  createSubmissionLedger,
  type SubmissionLedger,
  type SubmissionOwner,
} from './submission-ledger.ts';

const sales: SubmissionOwner = {
  audience: 'staff',
  userName: 'demo.sales',
  displayName: 'Demo Sales',
  clientAddress: '10.0.0.5',
};

type Customer = { customerName: string; email?: string; phone?: string; customerId?: string };

describe.each(testDialects)('the duplicate lookup on $name', ({ name: dialect, create }) => {
  let target: TestDatabaseLocation;
  let database: PortalDatabase;
  let ledger: SubmissionLedger;
  let clock = 1_700_000_000_000;
  let keyNumber = 0;

  /** Records a submission as the proxy does, accepted by Net3 unless told otherwise. */
  async function submitted(customer: Customer, net3CustomerId: string | null = 'N3-000123') {
    const filled = { email: '', phone: '', customerId: '', ...customer };
    clock += 60_000;
    keyNumber += 1;
    const begun = await ledger.begin({
      owner: sales,
      idempotencyKey: `key-${keyNumber}`,
      requestBody: JSON.stringify({ customer: filled }),
      customerName: filled.customerName,
      customerEmail: filled.email,
      matchKeys: customerMatchKeys(filled),
    });
    if (begun.kind !== 'send') throw new Error(`not recorded: ${begun.kind}`);
    if (net3CustomerId !== null) {
      await ledger.finish(begun.id, {
        state: 'accepted',
        answer: { status: 200, body: '{}' },
        net3CustomerId,
      });
    }
    return begun.id;
  }

  beforeEach(async () => {
    target = await create();
    database = await openPortalDatabase(target.location);
    ledger = createSubmissionLedger(database.db, { now: () => clock, staleSendingMs: 60_000 });
  });
  afterEach(async () => {
    await database.close();
    await target.remove();
  });

  it('finds "ACME Widgets, L.L.C." after "Acme Widgets LLC", with who sent it and how it ended', async () => {
    const id = await submitted({ customerName: 'Acme Widgets LLC', email: 'office@acme.example' });
    await submitted({ customerName: 'Beta Gadgets Inc', email: 'hello@beta.example' });

    expect(
      await findPossibleDuplicates(database.db, { customerName: 'ACME Widgets, L.L.C.' }),
    ).toEqual([
      {
        id,
        customerName: 'Acme Widgets LLC',
        submittedBy: 'Demo Sales',
        createdAt: clock - 60_000,
        state: 'accepted',
        net3CustomerId: 'N3-000123',
        reasons: ['similar name'],
      },
    ]);
  });

  it('says "same name" when the name is the one typed, letter case and spaces aside', async () => {
    await submitted({ customerName: 'Acme Widgets LLC' });
    const [match] = await findPossibleDuplicates(database.db, {
      customerName: '  acme widgets   LLC ',
    });
    expect(match?.reasons).toEqual(['same name']);
  });

  it('matches the same email, an email at the same domain, the phone and the Customer ID', async () => {
    const acme = await submitted({
      customerName: 'Acme Widgets LLC',
      email: 'office@acme.example',
      phone: '+18035550100',
      customerId: 'ACME-001',
    });

    const reasonsOf = async (query: Parameters<typeof findPossibleDuplicates>[1]) =>
      (await findPossibleDuplicates(database.db, query)).map((match) => [match.id, match.reasons]);
    expect(await reasonsOf({ email: 'Office@ACME.example' })).toEqual([[acme, ['same email']]]);
    expect(await reasonsOf({ email: 'billing@acme.example' })).toEqual([
      [acme, ['same email domain']],
    ]);
    expect(await reasonsOf({ phone: '+1 803 555 0100' })).toEqual([[acme, ['same phone']]]);
    expect(await reasonsOf({ customerId: ' acme-001' })).toEqual([[acme, ['same Customer ID']]]);
    expect(
      await reasonsOf({
        customerName: 'Acme Widgets LLC',
        email: 'office@acme.example',
        phone: '+18035550100',
        customerId: 'ACME-001',
      }),
    ).toEqual([[acme, ['same Customer ID', 'same name', 'same email', 'same phone']]]);
  });

  it('finds nothing for an unrelated customer, a free-mail domain or an empty query', async () => {
    await submitted({ customerName: 'Acme Widgets LLC', email: 'acme.widgets@gmail.com' });

    expect(
      await findPossibleDuplicates(database.db, {
        customerName: 'Zenith Plumbing',
        email: 'someone.else@gmail.com',
        phone: '+18035559999',
        customerId: 'ZEN-1',
      }),
    ).toEqual([]);
    expect(await findPossibleDuplicates(database.db, { customerName: ' L.L.C. ' })).toEqual([]);
    expect(await findPossibleDuplicates(database.db, {})).toEqual([]);
  });

  it('answers at most five, newest first, the strongest kept over a shared email domain', async () => {
    const sameName = await submitted({ customerName: 'Acme Widgets LLC' });
    const sameDomain: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      sameDomain.push(
        await submitted({ customerName: `Acme Branch ${n}`, email: `branch${n}@acme.example` }),
      );
    }

    const matches = await findPossibleDuplicates(database.db, {
      customerName: 'Acme Widgets',
      email: 'new@acme.example',
    });

    expect(matches.map((match) => match.id)).toEqual([...sameDomain.slice(-4).reverse(), sameName]);
    expect(matches.at(-1)?.reasons).toEqual(['similar name']);
  });

  it('lists a submission still being sent, or never answered, with its state', async () => {
    const sending = await submitted({ customerName: 'Acme Widgets LLC' }, null);
    const [match] = await findPossibleDuplicates(database.db, { customerName: 'Acme Widgets' });
    expect(match).toMatchObject({ id: sending, state: 'sending', net3CustomerId: null });
  });

  it('looks each key up through its index, never reading the whole ledger', async () => {
    for (let n = 0; n < 50; n += 1) await submitted({ customerName: `Customer ${n}` });
    const columns: MatchColumn[] = [
      'match_name',
      'match_email',
      'match_email_domain',
      'match_phone',
      'match_customer_id',
    ];
    for (const column of columns) {
      const query = rowsSharingKey(database.db, column, 'x', 5).compile();
      const plan = await database.db.connection().execute(async (connection) => {
        if (dialect === 'SQLite') {
          return connection.executeQuery(
            CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
          );
        }
        // A table this small is cheapest read whole: ask PostgreSQL for its plan as if it were
        // large, which it can only answer with an index on the column.
        await sql`set enable_seqscan = off`.execute(connection);
        const explained = await connection.executeQuery(
          CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
        );
        await sql`reset enable_seqscan`.execute(connection);
        return explained;
      });
      expect(JSON.stringify(plan.rows), column).toContain(`submissions_${column}`);
    }
  });
});
