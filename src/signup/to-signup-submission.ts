// The reseller signup's request: the wizard's answers mapped exactly as the staff wizard maps
// them (toProvisionRequest: trimmed text, phones in E.164, the company address from the
// primary address), then only what a public signup may send picked out. The portal's server
// enforces the same allow-list (server/signup/signup-policy.ts); sending nothing more keeps
// the browser honest about what it asks for. Pure.
import type { SignupSubmission } from './api/submit-signup.ts';
import type { ProvisionCustomerForm } from '../provisioning/form/form-model.ts';
import { toProvisionRequest } from '../provisioning/form/to-provision-request.ts';

export function toSignupSubmission(form: ProvisionCustomerForm, website: string): SignupSubmission {
  // The date is not sent: the server stamps when it received the signup.
  const request = toProvisionRequest(form, new Date(0));
  const customer = request.customer ?? {};
  return {
    customer: {
      customerName: customer.customerName ?? '',
      email: customer.email ?? '',
      phone: customer.phone ?? '',
      extension: customer.extension ?? '',
      parentCompanyId: customer.parentCompanyId ?? '',
      streetAddress: customer.streetAddress ?? '',
      cityStateZip: customer.cityStateZip ?? '',
    },
    addresses: request.addresses ?? [],
    contacts: request.contacts ?? [],
    website,
  };
}
