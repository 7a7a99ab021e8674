// The reseller audience at '/signup': a reseller signs their own company up from the public
// internet, with no session. It is asked only who the company is (the contract's
// resellerCustomerInputs), a referral link may set its parent company, and the steps speak
// to the reseller ("your company"). Its request and success page: signup/reseller-audience.ts.
import {
  resellerCustomerInputs,
  resellerCustomerPresets,
} from '../contract/reseller-signup-fields.ts';
import type { AudienceDescription } from './audience-description.ts';

export const resellerAudienceDescription: AudienceDescription = {
  id: 'reseller',
  siteName: 'Net3 reseller signup',
  successTitle: 'Signup received',
  customerInputs: resellerCustomerInputs,
  customerPresets: resellerCustomerPresets,
  signedIn: false,
  wording: {
    companyIntro:
      'Sign your company up to resell Net3 services. Net3 reviews every signup and replies by email.',
    companyHeading: 'Your company',
    customerNameHint: 'Your company’s name, as Net3 should show it',
    addressesIntro:
      'Add each address your company uses, then choose the primary one, your main address: Net3 keeps it as your company address.',
    contactsIntro:
      'Add the people Net3 should know at your company and what each of them does. Net3 replies to the Primary contact.',
  },
};
