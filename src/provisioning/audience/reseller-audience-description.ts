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
    firstStepNotes: {
      whatYouNeed:
        'You will need your company’s email, phone and address, and a contact’s name and email. It takes a few minutes.',
      privacy:
        'Net3 uses these details to review your signup, set up your account and contact you. Until you send them, they stay in this browser tab.',
    },
    companyHeading: 'Your company',
    customerNameLabel: 'Your company name',
    customerNameMissing: 'Enter your company name',
    customerNameHint: 'As Net3 should show it',
    addressesIntro:
      'Add each address your company uses, then choose the primary one, your main address: Net3 keeps it as your company address.',
    contactsIntro:
      'Add the people Net3 should know at your company and what each of them does. Net3 replies to the Primary contact.',
    contactRoleHints: {
      Primary: 'The person Net3 writes to about this signup and your account',
      Technical: 'Sets up and looks after the Net3 services you use',
      Billing: 'Receives invoices and answers questions about payments',
      Reseller: 'Handles the customers you resell Net3 services to',
      Sales: 'Talks to Net3 about new services, prices and quotes',
      ContractSignatory: 'Can sign contracts with Net3 for your company',
    },
  },
};
