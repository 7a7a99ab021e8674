// POST /api/provisioning/customer: a signed-in staff member provisions a customer with any
// settings. The portal stamps who they are (createdBy) and the address it saw (requesterIP)
// over whatever the browser sent, and sends the rest to Net3 through the ledger
// (recorded-submission.ts).
import { createdByOf } from '../../session/staff-identity.ts';
import { clientAddress } from '../client-address.ts';
import {
  readJsonObjectBody,
  serviceStackFieldName,
  type FieldError,
  type JsonBodyRefusal,
} from '../json-request-body.ts';
import { provisionCustomerModelSchema } from '../../../src/provisioning/contract/provision-customer-model.ts';
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
    // Checked against the contract before anything is recorded or sent: Net3 quietly turns a
    // value it cannot read into a default, so a wrong one must be refused here, on its field.
    const refusal = contractRefusal(customer);
    if (refusal !== null) {
      refuseBody(req, res, refusal);
      return;
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

/** Field errors in ServiceStack's shape for a body the contract's schema refuses; else null. */
function contractRefusal(customer: Record<string, unknown>): JsonBodyRefusal | null {
  const checked = provisionCustomerModelSchema.safeParse(customer);
  if (checked.success) return null;
  const errors: FieldError[] = checked.error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => ({
      errorCode: issue.code === 'unrecognized_keys' ? 'UnknownProperty' : 'InvalidValue',
      fieldName: serviceStackFieldName(path),
      message: issue.message,
      meta: {},
    }));
  });
  const first = errors[0]!;
  return { status: 400, errorCode: first.errorCode, message: first.message, errors };
}
