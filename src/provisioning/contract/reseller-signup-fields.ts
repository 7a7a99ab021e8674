// What the public reseller signup asks a reseller for and sends, by name: the browser's side
// of the signup, as plain data both sides can read. For these company answers the form's
// names and the wire's names are the same (form-model.ts). The reseller audience
// (audience/reseller-audience-description.ts) and the signup request
// (signup/to-signup-submission.ts) are built from these lists. The portal's server keeps its
// own allow-list (server/signup/signup-policy.ts), written apart on purpose so it never
// trusts what the browser believes; server/signup/signup-allowlist-matches-audience.test.ts
// pins that the two agree. Addresses and contacts are asked in full, as of staff.
import type { TypeCustomerInfo } from './provision-customer-model.ts';

type CustomerWireName = keyof TypeCustomerInfo;

/** The company answers a reseller types in on the signup's Company step. */
export const resellerCustomerInputs = [
  'customerName',
  'email',
  'phone',
  'extension',
] as const satisfies readonly CustomerWireName[];

/** Company answers the page sets and shows without an input: a referral link's parent company. */
export const resellerCustomerPresets = [
  'parentCompanyId',
] as const satisfies readonly CustomerWireName[];

/**
 * Everything of the company a signup sends: the answers above, and the company address that
 * every request builds from the primary address (toProvisionRequest).
 */
export const resellerSentCustomerFields = [
  ...resellerCustomerInputs,
  ...resellerCustomerPresets,
  'streetAddress',
  'cityStateZip',
] as const satisfies readonly CustomerWireName[];
