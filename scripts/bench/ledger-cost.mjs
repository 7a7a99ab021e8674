// The ledger's own cost per submission, measured in the bench process on one dialect: what
// the proxy asks of the database for each POST /api/provisioning/customer, with no HTTP and no
// Net3 around it. Per submission: the session check every staff request makes (the session row
// must still exist), then the ledger's begin (insert the `sending` row) and finish (its outcome),
// one after the other, as one request does. Each submission has a new Idempotency-Key, as a
// request without one gets from the server, so each is a new row.
import { randomUUID } from 'node:crypto';
import { parseDatabaseUrl } from '../../server/database/database-url.ts';
import { openPortalDatabase } from '../../server/database/open-portal-database.ts';
import { customerMatchKeys } from '../../server/ledger/customer-match-keys.ts';
import { createSubmissionLedger } from '../../server/ledger/submission-ledger.ts';
import { submissionOutcomeOf } from '../../server/proxy/submission-answers.ts';
import {
  createStaffSessionStore,
  hashSessionId,
  newSessionId,
} from '../../server/session/staff-session-store.ts';
import { percentile } from './bench-figures.mjs';

const WARM_UP_SUBMISSIONS = 200;

function summary(values) {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: values.reduce((a, b) => Math.max(a, b), 0),
  };
}

/**
 * Opens `databaseUrl` as the portal does (migrations included) and records `submissions`
 * submissions of `requestBody`, each finished with Net3's answer `net3Answer` ({ status, body }).
 */
export async function measureLedgerCost({ databaseUrl, requestBody, net3Answer, submissions }) {
  const database = await openPortalDatabase(parseDatabaseUrl(databaseUrl));
  try {
    const ledger = createSubmissionLedger(database.db, {
      now: Date.now,
      staleSendingMs: 120_000,
    });
    const sessions = createStaffSessionStore(database.db);
    // A session as sign-in makes it: a row keyed by the hash of a random id (portal-session.ts).
    const idHash = hashSessionId(newSessionId());
    await sessions.create(
      idHash,
      { userName: 'demo.sales' },
      { createdAt: Date.now(), expiresAt: Date.now() + 3_600_000, maxSessionsPerPerson: 10 },
    );
    // What recorded-submission.ts derives from the request once, before the ledger.
    const request = JSON.parse(requestBody);
    const sent = JSON.stringify(request);
    const customer = request.customer ?? {};
    const owner = {
      audience: 'staff',
      userName: 'demo.sales',
      displayName: 'Demo Sales',
      clientAddress: '127.0.0.1',
    };
    const outcome = submissionOutcomeOf(
      { kind: 'answered', status: net3Answer.status, body: Buffer.from(net3Answer.body) },
      15_000,
    );
    const attempt = () => ({
      owner,
      idempotencyKey: randomUUID(),
      requestBody: sent,
      customerName: String(customer.customerName ?? ''),
      customerEmail: String(customer.email ?? ''),
      matchKeys: customerMatchKeys({
        customerName: String(customer.customerName ?? ''),
        email: String(customer.email ?? ''),
        phone: String(customer.phone ?? ''),
        customerId: String(customer.customerId ?? ''),
      }),
    });

    const sessionChecks = [];
    const recordings = [];
    const totals = [];
    for (let i = 0; i < WARM_UP_SUBMISSIONS + submissions; i += 1) {
      const started = performance.now();
      if ((await sessions.find(idHash, Date.now())) === undefined) {
        throw new Error('the bench session row vanished');
      }
      const checked = performance.now();
      const next = attempt();
      const begun = await ledger.begin(next);
      if (begun.kind !== 'send') throw new Error(`a new key began as ${begun.kind}, not send`);
      await ledger.finish(begun.id, outcome);
      const recorded = performance.now();
      if (i >= WARM_UP_SUBMISSIONS) {
        sessionChecks.push(checked - started);
        recordings.push(recorded - checked);
        totals.push(recorded - started);
      }
    }
    return {
      submissions,
      warmUp: WARM_UP_SUBMISSIONS,
      outcomeState: outcome.state,
      sessionCheck: summary(sessionChecks),
      beginFinish: summary(recordings),
      total: summary(totals),
    };
  } finally {
    await database.close();
  }
}

/** How many submissions the ledger at `databaseUrl` holds: each measured request is one. */
export async function countRecordedSubmissions(databaseUrl) {
  const database = await openPortalDatabase(parseDatabaseUrl(databaseUrl));
  try {
    const row = await database.db
      .selectFrom('submissions')
      .select((select) => select.fn.countAll().as('total'))
      .executeTakeFirst();
    return Number(row?.total ?? 0);
  } finally {
    await database.close();
  }
}
