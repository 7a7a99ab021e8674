// Pins the server's signup allow-list (signup-policy.ts) to what the reseller audience asks
// for and sends (src/provisioning/contract/reseller-signup-fields.ts, the lists the browser's
// reseller audience and signup request are built from). The two are written apart on purpose:
// the server must not take the browser's word for what a public page may set. This test is
// where they meet: a full staff request (every property the wire DTO has) goes through the
// policy, and everything the reseller is asked comes out unchanged while nothing only staff
// are asked does.
import { describe, expect, it } from 'vitest';
import {
  provisionCustomerModelSchema,
  typeCreatedBySchema,
  typeCustomerAddressSchema,
  typeCustomerInfoSchema,
  typeProvisionDemoContactModelSchema,
} from '../../src/provisioning/contract/provision-customer-model.ts';
import {
  resellerCustomerInputs,
  resellerCustomerPresets,
  resellerSentCustomerFields,
} from '../../src/provisioning/contract/reseller-signup-fields.ts';
import { applySignupPolicy, type SignupEnforcedValues } from './signup-policy.ts';

// None of these equal what the staff request below sends, so a value let through shows.
const enforced: SignupEnforcedValues = {
  serviceLevelId: 7,
  typePricingTierId: 8,
  typeCustomerStatusId: 9,
  requesterIP: '198.51.100.7',
  requestCreated: '/Date(1772366400000)/',
};
const decidedByServer: Record<string, unknown> = {
  isReseller: true,
  serviceLevelId: 7,
  typePricingTierId: 8,
  typeCustomerStatusId: 9,
  requesterIP: '198.51.100.7',
  requestCreated: '/Date(1772366400000)/',
};

/** What the staff wizard may send: every property Net3 knows, each set. */
const staffRequest = provisionCustomerModelSchema.parse({
  customer: {
    customerId: 'ACME-001',
    customerName: 'Acme Resale, LLC',
    streetAddress: '200 Bay Rd',
    cityStateZip: 'Charleston, SC 29401',
    phone: '+18035550100',
    extension: '12',
    email: 'ops@acme.example',
    localId: 42,
    serviceLevelId: 1,
    isReseller: false,
    parentCompanyId: 'partner-17',
    n3TLogins_CompanyId: '0123456789abcdef0123456789abcdef',
    lastUpdateDate: '/Date(1764201600000)/',
    typeCustomerStatusId: 1,
    typePricingTierId: 2,
  },
  addresses: [
    {
      street: '200 Bay Rd',
      city: 'Charleston',
      state: 'SC',
      postalCode: '29401',
      telephone: '+18035550100',
      extension: '3',
      email: 'ap@acme.example',
      notes: 'Dock 4',
      primary: true,
    },
  ],
  contacts: [
    {
      firstName: 'Zoë',
      lastName: "O'Brien",
      email: 'zoe@acme.example',
      telephone: '+18035550101',
      roles: ['Primary', 'Billing'],
    },
  ],
  createdBy: {
    email: 'rep@net3.example',
    firstName: 'Rep',
    lastName: 'One',
    username: 'rep1',
    userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    companyId: '00000000000000000000000000000000',
  },
  salesContact: 'Rep One',
  requesterIP: '203.0.113.7',
  requestCreated: '/Date(1764201600000)/',
});
const sentCustomer: Record<string, unknown> = staffRequest.customer ?? {};

const keysOf = (object: object) => Object.keys(object).sort();
const resellerSends: readonly string[] = resellerSentCustomerFields;
const customerWireFields = keysOf(typeCustomerInfoSchema.shape);
/** The company's wire properties a reseller is never asked for. */
const staffOnlyCustomerFields = customerWireFields.filter(
  (field) => !resellerSends.includes(field),
);
/** The request's own properties besides the company, addresses and contacts. */
const staffOnlyRequestFields = keysOf(provisionCustomerModelSchema.shape).filter(
  (field) => !['customer', 'addresses', 'contacts'].includes(field),
);

describe('the signup allow-list against the reseller audience', () => {
  const result = applySignupPolicy(staffRequest, enforced);
  const keptCustomer: Record<string, unknown> = result.customer;
  const keptRequest: Record<string, unknown> = result;

  it('is checked with a request that sets every property Net3 knows', () => {
    expect(keysOf(sentCustomer)).toEqual(customerWireFields);
    expect(keysOf(staffRequest)).toEqual(keysOf(provisionCustomerModelSchema.shape));
    expect(keysOf(staffRequest.addresses?.[0] ?? {})).toEqual(
      keysOf(typeCustomerAddressSchema.shape),
    );
    expect(keysOf(staffRequest.contacts?.[0] ?? {})).toEqual(
      keysOf(typeProvisionDemoContactModelSchema.shape),
    );
    expect(keysOf(staffRequest.createdBy ?? {})).toEqual(keysOf(typeCreatedBySchema.shape));
  });

  it('allows every company answer the reseller is asked for, as sent', () => {
    for (const field of [...resellerCustomerInputs, ...resellerCustomerPresets]) {
      expect(resellerSends).toContain(field);
    }
    for (const field of resellerSentCustomerFields) {
      expect({ field, value: keptCustomer[field] }).toEqual({ field, value: sentCustomer[field] });
    }
  });

  it('allows every address and contact field, as the reseller is asked them all', () => {
    expect(result.addresses).toEqual(staffRequest.addresses);
    expect(result.contacts).toEqual(staffRequest.contacts);
  });

  it('lets through nothing only staff are asked: each is dropped or set by the server', () => {
    expect(staffOnlyCustomerFields).toEqual(
      expect.arrayContaining([
        'customerId',
        'serviceLevelId',
        'typePricingTierId',
        'typeCustomerStatusId',
        'isReseller',
        'localId',
        'n3TLogins_CompanyId',
      ]),
    );
    for (const field of staffOnlyCustomerFields) {
      expect({ field, value: keptCustomer[field] }).toEqual({
        field,
        value: decidedByServer[field],
      });
    }
    expect(staffOnlyRequestFields).toEqual(
      expect.arrayContaining(['createdBy', 'salesContact', 'requesterIP', 'requestCreated']),
    );
    for (const field of staffOnlyRequestFields) {
      expect({ field, value: keptRequest[field] }).toEqual({
        field,
        value: decidedByServer[field],
      });
    }
  });
});
