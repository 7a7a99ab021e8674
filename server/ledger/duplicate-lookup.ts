// The duplicate warning's lookup (issue 10): earlier submissions in the ledger that look like
// the customer being typed. The query is reduced to the same keys every ledger row keeps
// (customer-match-keys.ts), and each key is one equality lookup on its indexed match_* column,
// so the cost stays flat as the ledger grows (see the "duplicates" part of `npm run bench`).
import type { Kysely } from 'kysely';
import {
  duplicateReasonOrder,
  MAX_DUPLICATE_MATCHES,
  type DuplicateMatch,
  type DuplicateReason,
} from '../../src/provisioning/contract/duplicate-matches.ts';
import type { PortalTables } from '../database/portal-database-schema.ts';
import { customerMatchKeys, type CustomerMatchKeys } from './customer-match-keys.ts';

export type DuplicateLookupQuery = {
  customerName?: string;
  email?: string;
  /** In E.164 (as the wizard sends it to Net3), so it meets the phone the ledger keeps. */
  phone?: string;
  customerId?: string;
};

export type MatchColumn =
  'match_name' | 'match_email' | 'match_email_domain' | 'match_phone' | 'match_customer_id';

const columnOfKey: Record<keyof CustomerMatchKeys, MatchColumn> = {
  nameKey: 'match_name',
  email: 'match_email',
  emailDomain: 'match_email_domain',
  phone: 'match_phone',
  customerId: 'match_customer_id',
};

// Per key, the newest few rows are enough: a row left out has this many newer rows sharing
// that key, each at least as strong a match. The name gets more, because "same name" beats
// "similar name" although both come from the one key.
const rowsPerKey = MAX_DUPLICATE_MATCHES;
const rowsForName = MAX_DUPLICATE_MATCHES * 4;

/** "  ACME   Widgets LLC " and "acme widgets llc" are the same name as typed. */
function sameNameText(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

type CandidateRow = {
  id: string;
  customer_name: string;
  submitted_by: string;
  created_at: number;
  state: DuplicateMatch['state'];
  net3_customer_id: string | null;
} & Record<MatchColumn, string | null>;

function reasonsFor(row: CandidateRow, keys: CustomerMatchKeys, typedName: string) {
  const reasons: DuplicateReason[] = [];
  if (keys.customerId !== null && row.match_customer_id === keys.customerId)
    reasons.push('same Customer ID');
  if (keys.nameKey !== null && row.match_name === keys.nameKey)
    reasons.push(sameNameText(row.customer_name) === typedName ? 'same name' : 'similar name');
  if (keys.email !== null && row.match_email === keys.email) reasons.push('same email');
  // The same address says it already; the domain is only worth saying on its own.
  else if (keys.emailDomain !== null && row.match_email_domain === keys.emailDomain)
    reasons.push('same email domain');
  if (keys.phone !== null && row.match_phone === keys.phone) reasons.push('same phone');
  return reasons.sort((a, b) => duplicateReasonOrder.indexOf(a) - duplicateReasonOrder.indexOf(b));
}

/** The newest rows with this key: one equality lookup on the column's index. */
export function rowsSharingKey(
  db: Kysely<PortalTables>,
  column: MatchColumn,
  value: string,
  limit: number,
) {
  return db
    .selectFrom('submissions')
    .select([
      'id',
      'customer_name',
      'submitted_by',
      'created_at',
      'state',
      'net3_customer_id',
      'match_name',
      'match_email',
      'match_email_domain',
      'match_phone',
      'match_customer_id',
    ])
    .where(column, '=', value)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
}

/**
 * Up to MAX_DUPLICATE_MATCHES earlier submissions that look like this customer: the strongest
 * matches (a weak "same email domain" gives way to a name or Customer ID), shown newest first.
 */
export async function findPossibleDuplicates(
  db: Kysely<PortalTables>,
  query: DuplicateLookupQuery,
): Promise<DuplicateMatch[]> {
  const keys = customerMatchKeys({
    customerName: query.customerName ?? '',
    email: query.email ?? '',
    phone: query.phone ?? '',
    customerId: query.customerId ?? '',
  });
  const lookups = (Object.keys(columnOfKey) as (keyof CustomerMatchKeys)[]).flatMap((key) => {
    const value = keys[key];
    if (value === null) return [];
    const limit = key === 'nameKey' ? rowsForName : rowsPerKey;
    return [rowsSharingKey(db, columnOfKey[key], value, limit).execute()];
  });
  if (lookups.length === 0) return [];
  const candidates = new Map<string, CandidateRow>();
  for (const rows of await Promise.all(lookups)) {
    for (const row of rows) candidates.set(row.id, row);
  }
  const typedName = sameNameText(query.customerName ?? '');
  const matches = [...candidates.values()].map((row) => ({
    row,
    reasons: reasonsFor(row, keys, typedName),
  }));
  const strength = (reasons: DuplicateReason[]) => duplicateReasonOrder.indexOf(reasons[0]!);
  const newestFirst = (a: CandidateRow, b: CandidateRow) =>
    b.created_at - a.created_at || (a.id < b.id ? 1 : -1);
  return matches
    .filter((match) => match.reasons.length > 0)
    .sort((a, b) => strength(a.reasons) - strength(b.reasons) || newestFirst(a.row, b.row))
    .slice(0, MAX_DUPLICATE_MATCHES)
    .sort((a, b) => newestFirst(a.row, b.row))
    .map(({ row, reasons }) => ({
      id: row.id,
      customerName: row.customer_name,
      submittedBy: row.submitted_by,
      createdAt: row.created_at,
      state: row.state,
      net3CustomerId: row.net3_customer_id,
      reasons,
    }));
}
