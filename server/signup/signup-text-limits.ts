// What a public signup may not send, even through the policy's allow-list: text longer than
// Net3 would plausibly store (the wizard's own limits, TEXT_LIMITS) and a referral id of
// another shape than a referral link gives (REFERRAL_ID_PATTERN). Each is refused on its field
// in ServiceStack's shape, so the signup page shows it where the person typed it.
import { REFERRAL_ID_PATTERN } from '../../src/provisioning/contract/referral-id.ts';
import { TEXT_LIMITS, type LimitedTextField } from '../../src/provisioning/contract/text-limits.ts';
import type { FieldError } from '../proxy/json-request-body.ts';
import type { SignupRequest } from './signup-policy.ts';

export function signupTextProblems(request: SignupRequest): FieldError[] {
  const problems: FieldError[] = [];
  const check = (fieldName: string, values: object) => {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value !== 'string' || !(name in TEXT_LIMITS)) continue;
      const limit = TEXT_LIMITS[name as LimitedTextField];
      const length = value.trim().length;
      if (length <= limit) continue;
      const field = `${fieldName}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      problems.push({
        errorCode: 'MaximumLength',
        fieldName: field,
        message: `${field.split('.').at(-1)} must be ${limit} characters or fewer; it has ${length}. Shorten it and send again.`,
        meta: {},
      });
    }
  };
  check('Customer.', request.customer);
  request.addresses?.forEach((address, index) => check(`Addresses[${index}].`, address));
  request.contacts?.forEach((contact, index) => check(`Contacts[${index}].`, contact));
  const referral = request.customer.parentCompanyId?.trim();
  if (referral !== undefined && referral !== '' && !REFERRAL_ID_PATTERN.test(referral)) {
    problems.push({
      errorCode: 'InvalidReferral',
      fieldName: 'Customer.ParentCompanyId',
      message:
        'The referral id must be letters, digits, "-" or "_" (at most 64), as in the referral link you were given. Open that link again.',
      meta: {},
    });
  }
  return problems;
}
