// POST /api/provisioning/customer: sends the wire DTO once and returns whatever JSON object
// Net3 answers with (its success DTO is undocumented; an empty body becomes {}).
import type { ProvisionCustomerModel } from '../contract/provision-customer-model.ts';
import { readObject } from './read-json.ts';
import { requestPortalJson, type PortalRequestOptions } from './request-portal-json.ts';

/** Throws Net3ApiError on any failure; never retries (a retry could provision twice). */
export function provisionCustomer(
  dto: ProvisionCustomerModel,
  opts: PortalRequestOptions = {},
): Promise<Record<string, unknown>> {
  return requestPortalJson({
    method: 'POST',
    path: '/api/provisioning/customer',
    body: dto,
    readResponse: (body) => readObject(body, 'the answer'),
    ...opts,
  });
}
