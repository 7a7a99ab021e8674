// POST /api/provisioning/customer: a signed-in staff member provisions a customer with any
// settings. The portal stamps who they are (createdBy) and the address it saw (requesterIP)
// over whatever the browser sent, and forwards the rest to Net3 as it is.
import { createdByOf } from '../../session/staff-identity.ts';
import { clientAddress } from '../client-address.ts';
import { readJsonObjectBody } from '../json-request-body.ts';
import { refuseBody } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';

export const provisionCustomerRoute: ProxyRoute = {
  method: 'POST',
  path: '/api/provisioning/customer',
  async answer({ options, upstream, requireSession }, req, res) {
    const identity = await requireSession(req, res);
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
    customer.createdBy = createdByOf(identity);
    customer.requesterIP = clientAddress(req, options.trustProxy);
    await upstream.forward(
      req,
      res,
      '/provisioning/customer',
      Buffer.from(JSON.stringify(customer)),
    );
  },
};
