// Query options (key + fetcher together) for what the wizard reads from the portal:
// the signed-in session (pre-fills "Created by") and the operator's choice lists.
import { queryOptions } from '@tanstack/react-query';
import { getChoiceLists } from '../api/choice-lists.ts';
import { getSession } from '../api/get-session.ts';
import { Net3ApiError } from '../api/net3-api-error.ts';

export const SESSION_QUERY_KEY = ['session'] as const;

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession({ signal }),
    // "Not signed in" is an answer, not a failure: asking again cannot change it.
    retry: (failureCount, error) =>
      !(error instanceof Net3ApiError && error.kind === 'unauthorized') && failureCount < 1,
  });
}

export function choiceListsQueryOptions() {
  return queryOptions({
    queryKey: ['choice-lists'],
    queryFn: ({ signal }) => getChoiceLists({ signal }),
  });
}
