// A reseller's referral link, /signup?parent=<id>: the id of the company that referred them,
// sent as the signup's parentCompanyId. Read loosely (letters, digits, '-' and '_', at most
// 64): anything else is ignored rather than refused, so a mangled link still opens the signup.
import { REFERRAL_ID_PATTERN } from '../provisioning/contract/referral-id.ts';

/** The referring company's id from a URL search string ('?parent=partner-17'), or null. */
export function referralFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get('parent')?.trim() ?? '';
  return REFERRAL_ID_PATTERN.test(value) ? value : null;
}
