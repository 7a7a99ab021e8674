// POST /provisioning/customer on the fake: binds the body to a ProvisionCustomerModel as
// ServiceStack would, validates it (provision-customer-rules.ts), refuses a repeated customerId
// or email with 409, and otherwise keeps the customer and answers its ids.
import { randomBytes } from 'node:crypto';
import { jsonAnswer, parseRequestJson, serviceStackError, type Answer } from './fake-http.ts';
import { validateProvisionCustomer } from './provision-customer-rules.ts';
import type { ProvisionedCustomers } from './provisioned-customers.ts';
import { EMPTY_GUID, readProvisionCustomerModel } from './read-provision-customer-model.ts';

export function provisionCustomer(rawBody: string, customers: ProvisionedCustomers): Answer {
  let json: unknown = null;
  try {
    // An empty body binds an empty DTO, as ServiceStack does; its validation then answers.
    if (rawBody.trim() !== '') json = parseRequestJson(rawBody);
  } catch {
    json = undefined;
  }
  if (json === undefined || (json !== null && (typeof json !== 'object' || Array.isArray(json)))) {
    return serviceStackError(
      400,
      'SerializationException',
      "Could not deserialize 'application/json' request using ProvisionCustomerModel",
    );
  }
  const model = readProvisionCustomerModel(json as Record<string, unknown> | null);

  const errors = validateProvisionCustomer(model);
  const [first] = errors;
  if (first) {
    return jsonAnswer(400, {
      responseStatus: { errorCode: first.errorCode, message: first.message, errors },
    });
  }

  const givenId = model.customer?.customerId;
  const email = model.customer?.email ?? null;
  const conflict = customers.findConflict(givenId ?? null, email);
  if (conflict === 'customerId') {
    return serviceStackError(409, 'Conflict', 'A customer with this Customer ID already exists.');
  }
  if (conflict === 'email') {
    return serviceStackError(409, 'Conflict', 'A customer with this email address already exists.');
  }

  const customerId = givenId && givenId.trim() !== '' ? givenId : customers.nextCustomerId();
  const givenCompanyId = model.customer?.n3TLogins_CompanyId ?? EMPTY_GUID;
  const companyId =
    givenCompanyId !== EMPTY_GUID ? givenCompanyId : randomBytes(16).toString('hex');
  customers.add({
    customerId,
    n3TLogins_CompanyId: companyId,
    customerName: model.customer?.customerName ?? null,
    email,
    provisionedAt: new Date().toISOString(),
    request: json,
  });
  return jsonAnswer(200, { customerId, n3TLogins_CompanyId: companyId });
}
