// The Submissions pages' calls to the portal's ledger routes (server/proxy/routes/
// submissions-routes.ts): the list, one submission, and sending an unknown outcome again.
import { queryOptions } from '@tanstack/react-query';
import { requestPortalJson } from '../provisioning/api/request-portal-json.ts';
import { readObject } from '../provisioning/api/read-json.ts';
import type {
  SubmissionDetail,
  SubmissionList,
} from '../provisioning/contract/submission-records.ts';

export type SubmissionListFilter = { page: number; onlyMine: boolean; search: string };

// The server is the portal itself: its answers are read for shape, not re-validated field by
// field (the contract module types them).
function readList(body: unknown): SubmissionList {
  const list = readObject(body, 'the submissions') as unknown as SubmissionList;
  if (!Array.isArray(list.items)) throw new Error('the submissions have no items');
  return list;
}

export function submissionListQuery(filter: SubmissionListFilter) {
  const query = new URLSearchParams({ page: String(filter.page) });
  if (filter.onlyMine) query.set('mine', '1');
  if (filter.search.trim() !== '') query.set('q', filter.search.trim());
  return queryOptions({
    queryKey: ['submissions', filter],
    queryFn: ({ signal }) =>
      requestPortalJson({
        method: 'GET',
        path: `/api/submissions?${query}`,
        signal,
        readResponse: readList,
      }),
  });
}

export function submissionQuery(id: string) {
  return queryOptions({
    queryKey: ['submission', id],
    queryFn: ({ signal }) =>
      requestPortalJson({
        method: 'GET',
        path: `/api/submissions/${encodeURIComponent(id)}`,
        signal,
        readResponse: (body) => readObject(body, 'the submission') as unknown as SubmissionDetail,
      }),
  });
}

/** Sends the stored request again with its Idempotency-Key; resolves Net3's answer. */
export function retrySubmission(id: string): Promise<Record<string, unknown>> {
  return requestPortalJson({
    method: 'POST',
    path: `/api/submissions/${encodeURIComponent(id)}/retry`,
    readResponse: (body) => readObject(body, 'the answer'),
  });
}
