// The portal's ledger as its /api/submissions routes answer it (server/proxy/routes/
// submissions-routes.ts) and the Submissions pages read it (src/submissions/).

export type SubmissionOutcomeState = 'sending' | 'accepted' | 'refused' | 'unknown';

/** What a person reads for each state. */
export const submissionOutcomeWords: Record<SubmissionOutcomeState, string> = {
  accepted: 'Accepted',
  refused: 'Refused',
  unknown: 'Outcome unknown',
  sending: 'Sending',
};

export const SUBMISSIONS_PAGE_SIZE = 50;

export type SubmissionSummary = {
  id: string;
  customerName: string;
  customerEmail: string;
  /** The staff member's name, or "Reseller signup". */
  submittedBy: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  state: SubmissionOutcomeState;
  net3CustomerId: string | null;
};

export type SubmissionList = {
  items: SubmissionSummary[];
  total: number;
  page: number;
  pageSize: number;
};

export type SubmissionDetail = SubmissionSummary & {
  audience: 'staff' | 'signup';
  /** The request as it was sent to Net3; null once the retention period cleared it. */
  request: Record<string, unknown> | null;
  attempts: number;
  answerStatus: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  fieldErrors: { fieldName: string; errorCode: string; message: string }[];
  n3TLoginsCompanyId: string | null;
  /** Only the person who submitted it may send an unknown outcome again (same key). */
  mayRetry: boolean;
};
