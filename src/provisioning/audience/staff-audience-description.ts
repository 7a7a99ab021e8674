// The staff audience at '/': a signed-in Net3 staff member onboards a customer and is asked
// every company answer, the Net3 account settings and references included; "Created by"
// comes from their session.
import type { AudienceDescription } from './audience-description.ts';

export const staffAudienceDescription: AudienceDescription = {
  id: 'staff',
  siteName: 'Net3 Customer Portal',
  successTitle: 'Customer submitted',
  // In the order the Company step shows them: the error summary lists problems in this order.
  customerInputs: [
    'customerName',
    'email',
    'phone',
    'extension',
    'serviceLevelId',
    'typePricingTierId',
    'typeCustomerStatusId',
    'isReseller',
    'customerId',
    'parentCompanyId',
    'localId',
    'n3TLogins_CompanyId',
    'salesContact',
  ],
  customerPresets: [],
  signedIn: true,
  wording: {
    companyHeading: 'Customer',
    addressesIntro:
      'Add each address this customer uses. The primary address is their main one: its street and “City, ST ZIP” line are sent as the company address.',
    contactsIntro: 'Add the people Net3 should know at this customer and what each of them does.',
  },
};
