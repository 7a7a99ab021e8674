// The submissions ledger: every submission attempt, recorded before it goes to Net3 and
// updated with how it ended, so nothing is sent without a trace and a repeated
// Idempotency-Key never reaches Net3 twice. One row per (owner, key): the customer being
// onboarded, whatever number of attempts it took. See decision 007.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  PortalTables,
  SubmissionAudience,
  SubmissionState,
  SubmissionsTable,
} from '../database/portal-database-schema.ts';
import type { CustomerMatchKeys } from './customer-match-keys.ts';

function matchColumns(keys: CustomerMatchKeys) {
  return {
    match_name: keys.nameKey,
    match_email: keys.email,
    match_email_domain: keys.emailDomain,
    match_phone: keys.phone,
    match_customer_id: keys.customerId,
  };
}

export type SubmissionRow = Selectable<SubmissionsTable>;

/** Who submits: decides whose keys these are and what Submissions shows. */
export type SubmissionOwner = {
  audience: SubmissionAudience;
  /** The staff member's user name; null for a public signup. */
  userName: string | null;
  /** Shown as "Submitted by": the staff member's name, or "Reseller signup". */
  displayName: string;
  clientAddress: string;
};

export type SubmissionAttempt = {
  owner: SubmissionOwner;
  idempotencyKey: string;
  /** The JSON exactly as it goes to Net3. */
  requestBody: string;
  customerName: string;
  customerEmail: string;
  /** What the duplicate warning compares (customer-match-keys.ts). */
  matchKeys: CustomerMatchKeys;
};

/** What the portal answered, kept so a repeated key gets the same answer. */
export type PortalAnswer = { status: number; body: string };

export type BeginResult =
  /** Send it: the row (new, or a retry of one that may be sent again) is `sending`. */
  | { kind: 'send'; id: string }
  /** Net3 already answered this key: answer the same again, send nothing. */
  | { kind: 'replay'; id: string; answer: PortalAnswer }
  /** An attempt with this key is on its way to Net3 right now. */
  | { kind: 'in-progress'; id: string };

export type SubmissionOutcome = {
  state: Exclude<SubmissionState, 'sending'>;
  answer: PortalAnswer;
  errorCode?: string;
  errorMessage?: string;
  fieldErrors?: readonly { fieldName: string; errorCode: string; message: string }[];
  net3CustomerId?: string;
  n3TLoginsCompanyId?: string;
};

export type SubmissionListQuery = {
  page: number;
  pageSize: number;
  /** Only this staff member's submissions. */
  onlyUser?: string;
  /** Part of the customer's name or email, any letter case. */
  search?: string;
};

export type SubmissionLedger = ReturnType<typeof createSubmissionLedger>;

/** Whose keys these are: a key is never shared between two owners. */
export function ownerKeyOf(owner: SubmissionOwner): string {
  return owner.audience === 'staff'
    ? `staff:${(owner.userName ?? '').toLowerCase()}`
    : `signup:${owner.clientAddress}`;
}

export function createSubmissionLedger(
  db: Kysely<PortalTables>,
  options: {
    now: () => number;
    /** A `sending` row older than this is taken for a crash mid-send: it may be sent again. */
    staleSendingMs: number;
  },
) {
  const { now } = options;

  /** Records the attempt, or says why it must not go to Net3 now. */
  async function begin(attempt: SubmissionAttempt): Promise<BeginResult> {
    const ownerKey = ownerKeyOf(attempt.owner);
    const at = now();
    const id = randomUUID();
    const inserted = await db
      .insertInto('submissions')
      .values({
        id,
        owner_key: ownerKey,
        idempotency_key: attempt.idempotencyKey,
        audience: attempt.owner.audience,
        submitted_by_user: attempt.owner.userName,
        submitted_by: attempt.owner.displayName,
        client_address: attempt.owner.clientAddress,
        created_at: at,
        updated_at: at,
        customer_name: attempt.customerName,
        customer_email: attempt.customerEmail,
        request_body: attempt.requestBody,
        state: 'sending',
        attempts: 1,
        ...matchColumns(attempt.matchKeys),
      })
      .onConflict((conflict) => conflict.columns(['owner_key', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'send', id };

    const earlier = await db
      .selectFrom('submissions')
      .selectAll()
      .where('owner_key', '=', ownerKey)
      .where('idempotency_key', '=', attempt.idempotencyKey)
      .executeTakeFirstOrThrow();
    const replay = replayOf(earlier, attempt.requestBody);
    if (replay !== null) return { kind: 'replay', id: earlier.id, answer: replay };
    if (earlier.state === 'sending' && at - earlier.updated_at < options.staleSendingMs) {
      return { kind: 'in-progress', id: earlier.id };
    }
    // Outcome unknown, refused for a reason a new attempt can mend, or a crash mid-send: the
    // person asked again, so it goes to Net3 again. Compare-and-set on what was read, so of two
    // instances retrying at once only one sends.
    const taken = await db
      .updateTable('submissions')
      .set({
        state: 'sending',
        attempts: earlier.attempts + 1,
        updated_at: at,
        request_body: attempt.requestBody,
        customer_name: attempt.customerName,
        customer_email: attempt.customerEmail,
        client_address: attempt.owner.clientAddress,
        ...matchColumns(attempt.matchKeys),
      })
      .where('id', '=', earlier.id)
      .where('state', '=', earlier.state)
      .where('updated_at', '=', earlier.updated_at)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1
      ? { kind: 'send', id: earlier.id }
      : { kind: 'in-progress', id: earlier.id };
  }

  async function finish(id: string, outcome: SubmissionOutcome): Promise<void> {
    await db
      .updateTable('submissions')
      .set({
        state: outcome.state,
        updated_at: now(),
        answer_status: outcome.answer.status,
        answer_body: outcome.answer.body,
        error_code: outcome.errorCode ?? null,
        error_message: outcome.errorMessage ?? null,
        field_errors: outcome.fieldErrors ? JSON.stringify(outcome.fieldErrors) : null,
        net3_customer_id: outcome.net3CustomerId ?? null,
        n3t_logins_company_id: outcome.n3TLoginsCompanyId ?? null,
      })
      .where('id', '=', id)
      .execute();
  }

  async function list(
    query: SubmissionListQuery,
  ): Promise<{ rows: SubmissionRow[]; total: number }> {
    let filtered = db.selectFrom('submissions');
    if (query.onlyUser !== undefined) {
      filtered = filtered.where('submitted_by_user', '=', query.onlyUser);
    }
    const search = query.search?.trim().toLowerCase();
    if (search) {
      // What the person typed is searched for as written: %, _ and \ are escaped, and the
      // ESCAPE clause says with what (SQLite has no default escape character; PostgreSQL's is \).
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filtered = filtered.where((where) =>
        where.or([
          sql<boolean>`lower(customer_name) like ${pattern} escape '\\'`,
          sql<boolean>`lower(customer_email) like ${pattern} escape '\\'`,
        ]),
      );
    }
    const [rows, count] = await Promise.all([
      filtered
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      filtered.select((select) => select.fn.countAll<number>().as('total')).executeTakeFirst(),
    ]);
    return { rows, total: Number(count?.total ?? 0) };
  }

  function get(id: string): Promise<SubmissionRow | undefined> {
    return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Clears request bodies older than the cutoff; who, when, outcome and ids stay. */
  async function clearRequestBodiesBefore(cutoff: number): Promise<number> {
    const cleared = await db
      .updateTable('submissions')
      .set({ request_body: null })
      .where('created_at', '<', cutoff)
      .where('request_body', 'is not', null)
      .where('state', '!=', 'sending')
      .executeTakeFirst();
    return Number(cleared.numUpdatedRows);
  }

  return { begin, finish, list, get, clearRequestBodiesBefore };
}

/**
 * The stored answer to give again, or null when this attempt should go to Net3: an accepted
 * customer is always answered the same (never provisioned twice); a refusal only when the same
 * body is sent again (a Net3 4xx would come again; a mended answer deserves a new try).
 */
function replayOf(row: SubmissionRow, requestBody: string): PortalAnswer | null {
  if (row.answer_status === null || row.answer_body === null) return null;
  const answer = { status: row.answer_status, body: row.answer_body };
  if (row.state === 'accepted') return answer;
  const net3Refused =
    row.state === 'refused' && row.answer_status >= 400 && row.answer_status < 500;
  return net3Refused && row.request_body === requestBody ? answer : null;
}
