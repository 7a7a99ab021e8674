// The duplicate warning's call to GET /api/duplicates (server/proxy/routes/duplicates-route.ts):
// the settled answers turned into the query the server reduces to its match keys, the phone
// in E.164 as the wizard sends it to Net3 (so it meets the phone the ledger keeps).
import { queryOptions } from '@tanstack/react-query';
import {
  DUPLICATES_API_PATH,
  type DuplicateMatch,
  type DuplicateQuery,
} from '../contract/duplicate-matches.ts';
import { readList, readObject } from '../api/read-json.ts';
import { requestPortalJson } from '../api/request-portal-json.ts';
import { toE164Phone } from '../form/phone-number.ts';
import type { DuplicateCheckValues } from './duplicate-fields.ts';

// A warning that comes late is worth little; one that never comes must not hang around.
const DUPLICATES_TIMEOUT_MS = 10_000;

/** The query for these answers, or null when there is nothing to compare. */
export function duplicateQueryOf([
  name,
  email,
  phone,
  customerId,
]: DuplicateCheckValues): DuplicateQuery | null {
  const query: DuplicateQuery = {};
  if (name.trim() !== '') query.name = name.trim();
  if (email.trim() !== '') query.email = email.trim();
  if (phone.trim() !== '') query.phone = toE164Phone(phone) ?? phone.trim();
  if (customerId.trim() !== '') query.customerId = customerId.trim();
  return Object.keys(query).length === 0 ? null : query;
}

// The server is the portal itself: its answer is read for shape, not re-checked field by field.
function readMatches(body: unknown): DuplicateMatch[] {
  const list = readList(readObject(body, 'the answer').matches, 'matches');
  return list.map((item, index) => readObject(item, `matches.${index}`) as DuplicateMatch);
}

export function duplicateMatchesQuery(query: DuplicateQuery | null) {
  return queryOptions({
    queryKey: ['duplicates', query],
    queryFn: ({ signal }) =>
      requestPortalJson({
        method: 'GET',
        path: `${DUPLICATES_API_PATH}?${new URLSearchParams(query ?? {})}`,
        signal,
        timeoutMs: DUPLICATES_TIMEOUT_MS,
        readResponse: readMatches,
      }),
    enabled: query !== null,
    // A warning, not a form answer: a failed check stays quiet and is asked again on the next
    // change. Review asks again unless Company asked a moment ago (someone may have submitted
    // the same customer in between).
    retry: false,
    staleTime: 5_000,
  });
}
