// The reseller signup's request: the wizard's answers mapped exactly as the staff wizard maps
// them (toProvisionRequest: trimmed text, phones in E.164, the company address from the
// primary address), then only what a public signup sends picked out: the company answers in
// the contract's resellerSentCustomerFields, the addresses and the contacts. The portal's
// server enforces its own allow-list (server/signup/signup-policy.ts); sending nothing more
// keeps the browser honest about what it asks for. Pure.
import type { SignupSubmission } from './api/submit-signup.ts';
import { resellerSentCustomerFields } from '../provisioning/contract/reseller-signup-fields.ts';
import type { ProvisionCustomerForm } from '../provisioning/form/form-model.ts';
import { toProvisionRequest } from '../provisioning/form/to-provision-request.ts';

type SignupCustomer = NonNullable<SignupSubmission['customer']>;

export function toSignupSubmission(form: ProvisionCustomerForm, website: string): SignupSubmission {
  // The date is not sent: the server stamps when it received the signup.
  const request = toProvisionRequest(form, new Date(0));
  const customer: SignupCustomer = {};
  for (const field of resellerSentCustomerFields) {
    customer[field] = request.customer?.[field] ?? '';
  }
  return {
    customer,
    addresses: request.addresses ?? [],
    contacts: request.contacts ?? [],
    website,
  };
}
