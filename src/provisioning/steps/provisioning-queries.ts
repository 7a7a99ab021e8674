// Query options (key + fetcher together) for what the wizard reads from the portal:
// the signed-in session (pre-fills "Created by") and the operator's choice lists.
import { queryOptions } from '@tanstack/react-query';
import { getChoiceLists } from '../api/choice-lists.ts';
import { getSession } from '../api/get-session.ts';

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => getSession({ signal }),
  });
}

export function choiceListsQueryOptions() {
  return queryOptions({
    queryKey: ['choice-lists'],
    queryFn: ({ signal }) => getChoiceLists({ signal }),
  });
}
