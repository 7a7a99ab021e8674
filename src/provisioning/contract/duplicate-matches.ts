// What GET /api/duplicates answers (server/proxy/routes/duplicates-route.ts) and the duplicate
// warning reads (src/provisioning/duplicates/): earlier submissions in the portal's ledger that
// look like the customer being typed, newest first, each with why it matched. Staff only.
import type { SubmissionOutcomeState } from './submission-records.ts';

export const DUPLICATES_API_PATH = '/api/duplicates';

/** At most this many matches are answered: a warning, not a search page. */
export const MAX_DUPLICATE_MATCHES = 5;

/** The query's parameters, as the wizard's Company answers are named on the wire. */
export const duplicateQueryParameters = ['name', 'email', 'phone', 'customerId'] as const;
export type DuplicateQueryParameter = (typeof duplicateQueryParameters)[number];
export type DuplicateQuery = Partial<Record<DuplicateQueryParameter, string>>;

/** Why an earlier submission looks like this customer, in the words the warning shows. */
export type DuplicateReason =
  | 'same name'
  | 'similar name'
  | 'same email'
  | 'same email domain'
  | 'same phone'
  | 'same Customer ID';

/** The order reasons are listed in: the strongest first. */
export const duplicateReasonOrder: readonly DuplicateReason[] = [
  'same Customer ID',
  'same name',
  'same email',
  'same phone',
  'similar name',
  'same email domain',
];

export type DuplicateMatch = {
  /** The ledger row: /submissions/<id>. */
  id: string;
  customerName: string;
  /** The staff member's name, or "Reseller signup". */
  submittedBy: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  state: SubmissionOutcomeState;
  net3CustomerId: string | null;
  reasons: DuplicateReason[];
};

export type DuplicateMatches = { matches: DuplicateMatch[] };
