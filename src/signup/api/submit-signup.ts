// POST /api/signup: a reseller signs their company up from the public internet. No session:
// the portal's server keeps only what a public page may send (company, addresses, contacts)
// and sets everything else itself (reseller, service level, pricing tier, status, who, when).
// Sent once, never retried: a repeat could sign the company up twice.
import type {
  TypeCustomerAddress,
  TypeCustomerInfo,
  TypeProvisionDemoContactModel,
} from '../../provisioning/contract/provision-customer-model.ts';
import type { resellerSentCustomerFields } from '../../provisioning/contract/reseller-signup-fields.ts';
import {
  submitToPortal,
  type SubmissionRequestOptions,
} from '../../provisioning/api/provision-customer.ts';

/** What a public signup may send; anything else would be dropped by the server anyway. */
export type SignupSubmission = {
  customer?: Pick<TypeCustomerInfo, (typeof resellerSentCustomerFields)[number]>;
  addresses?: TypeCustomerAddress[];
  contacts?: TypeProvisionDemoContactModel[];
  /** The form's hidden honeypot field: people leave it empty, so send it as the form has it. */
  website?: string;
};

/**
 * Resolves Net3's answer (any JSON object, {} when empty). Throws Net3ApiError: 'validation'
 * with fieldErrors (Customer.Email, Contacts[1].Email ...), 'too-many-requests' when this
 * network signed up too often (its message says how long to wait), and the usual others.
 */
export function submitSignup(
  dto: SignupSubmission,
  opts: SubmissionRequestOptions = {},
): Promise<Record<string, unknown>> {
  return submitToPortal('/api/signup', dto, opts);
}
