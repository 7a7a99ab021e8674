// GET /api/duplicates?name=&email=&phone=&customerId=: the duplicate warning's question, asked
// while a staff member types a customer: which earlier submissions in the ledger look like it
// (duplicate-lookup.ts). Behind the staff session (401 without it): the public signup must
// never learn whether a company exists, so there is no way to ask without signing in.
import {
  duplicateQueryParameters,
  type DuplicateMatches,
} from '../../../src/provisioning/contract/duplicate-matches.ts';
import { findPossibleDuplicates } from '../../ledger/duplicate-lookup.ts';
import type { ProxyRoute } from '../route-context.ts';
import { sendJson } from '../servicestack-error.ts';

// Longer than any answer the wizard accepts; anything past it cannot change the keys.
const MAX_PARAMETER_LENGTH = 200;

export const duplicatesRoute: ProxyRoute = {
  method: 'GET',
  path: '/api/duplicates',
  async answer({ options, requireSession }, req, res) {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    const search = new URL(req.url ?? '/', 'http://portal.invalid').searchParams;
    const [name, email, phone, customerId] = duplicateQueryParameters.map((parameter) =>
      (search.get(parameter) ?? '').slice(0, MAX_PARAMETER_LENGTH),
    );
    const matches = await findPossibleDuplicates(options.database.db, {
      customerName: name,
      email,
      phone,
      customerId,
    });
    sendJson(res, 200, { matches } satisfies DuplicateMatches);
  },
};
