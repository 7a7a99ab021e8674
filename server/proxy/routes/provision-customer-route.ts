// POST /api/provisioning/customer: a signed-in staff member provisions a customer with any
// settings. The portal stamps who they are (createdBy) and the address it saw (requesterIP)
// over whatever the browser sent, and sends the rest to Net3 through the ledger
// (recorded-submission.ts).
import { createdByOf } from '../../session/staff-identity.ts';
import { clientAddress } from '../client-address.ts';
import { readJsonObjectBody } from '../json-request-body.ts';
import { LEDGER_UNAVAILABLE_ERROR_CODE } from '../../../src/provisioning/contract/portal-wire.ts';
import { DatabaseUnavailable } from '../../database/open-portal-database.ts';
import { LEDGER_UNAVAILABLE_MESSAGE, sendRecordedSubmission } from '../recorded-submission.ts';
import { refuse, refuseBody } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';

export const provisionCustomerRoute: ProxyRoute = {
  method: 'POST',
  path: '/api/provisioning/customer',
  async answer(context, req, res) {
    let identity;
    try {
      identity = await context.requireSession(req, res);
    } catch (error) {
      if (!(error instanceof DatabaseUnavailable)) throw error;
      refuse(req, res, 503, LEDGER_UNAVAILABLE_ERROR_CODE, LEDGER_UNAVAILABLE_MESSAGE, {
        'retry-after': '60',
      });
      return;
    }
    if (identity === null) return;
    const body = await readJsonObjectBody(req, 'the customer');
    if (!body.ok) {
      refuseBody(req, res, body);
      return;
    }
    // Net3 matches property names case-insensitively, so a "RequesterIp" or "CreatedBY" from
    // the browser must not survive beside ours.
    const customer = body.value;
    for (const key of Object.keys(customer)) {
      const name = key.toLowerCase();
      if (name === 'requesterip' || name === 'createdby') delete customer[key];
    }
    const address = clientAddress(req, context.options.trustProxy);
    customer.createdBy = createdByOf(identity);
    customer.requesterIP = address;
    const owner = {
      audience: 'staff' as const,
      userName: identity.userName,
      displayName: identity.displayName ?? identity.userName,
      clientAddress: address,
    };
    await sendRecordedSubmission(context, req, res, owner, customer);
  },
};
