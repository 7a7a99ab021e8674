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
    customerNameLabel: 'Customer name',
    customerNameMissing: 'Enter the customer name',
    addressesIntro:
      'Add each address this customer uses, then choose the primary one, their main address: its street, city, state and postal code are sent as the company address.',
    contactsIntro: 'Add the people Net3 should know at this customer and what each of them does.',
  },
};
