// The tables of the portal's own memory, as Kysely sees them. Times are milliseconds since
// the epoch (bigint) so both dialects sort and compare them the same way; JSON is kept as text.
/** Where a submission is: `sending` is written before anything goes to Net3. */
export type SubmissionState = 'sending' | 'accepted' | 'refused' | 'unknown';

export type SubmissionAudience = 'staff' | 'signup';

export type SubmissionsTable = {
  id: string;
  /** Whose key it is: `staff:<userName>` or `signup:<client address>`; keys never cross owners. */
  owner_key: string;
  idempotency_key: string;
  audience: SubmissionAudience;
  /** The staff member's user name; null for a public signup. */
  submitted_by_user: string | null;
  /** What Submissions shows: the staff member's name, or "Reseller signup". */
  submitted_by: string;
  client_address: string;
  created_at: number;
  updated_at: number;
  customer_name: string;
  customer_email: string;
  /** The JSON sent to Net3; null once LEDGER_RETENTION_DAYS have passed. */
  request_body: string | null;
  state: SubmissionState;
  attempts: number;
  /** The HTTP status the person was answered with, and the body, replayed for a repeated key. */
  answer_status: number | null;
  answer_body: string | null;
  error_code: string | null;
  error_message: string | null;
  /** JSON array of { fieldName, errorCode, message }. */
  field_errors: string | null;
  net3_customer_id: string | null;
  n3t_logins_company_id: string | null;
  /** Duplicate-lookup keys (server/ledger/customer-match-keys.ts); null when not given. */
  match_name: string | null;
  match_email: string | null;
  match_email_domain: string | null;
  match_phone: string | null;
  match_customer_id: string | null;
};

export type StaffSessionsTable = {
  /** SHA-256 of the cookie's random id (staff-session-store.ts); the id itself is never kept. */
  id_hash: string;
  user_name: string;
  /** The StaffIdentity Net3 answered at sign-in, as JSON. */
  identity: string;
  created_at: number;
  /** When the session was last renewed: the idle timeout counts from here. */
  last_seen_at: number;
  /** The absolute end: no renewal keeps the session past it. */
  expires_at: number;
};

/** A signed-in staff member's one current draft (the wizard's answers and step, as JSON). */
export type StaffDraftsTable = {
  user_name: string;
  draft: string;
  updated_at: number;
};

export type PortalTables = {
  submissions: SubmissionsTable;
  staff_sessions: StaffSessionsTable;
  staff_drafts: StaffDraftsTable;
};
