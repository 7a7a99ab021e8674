import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactRoleNames,
  provisionCustomerModelSchema,
  type TypeContactRole,
} from '../contract/provision-customer-model.ts';
import { exampleProvisionCustomerForm } from './example-form.ts';
import { defaultProvisionCustomerForm } from './form-defaults.ts';
import type {
  AddressForm,
  ContactForm,
  CreatedByForm,
  CustomerForm,
  ProvisionCustomerForm,
} from './form-model.ts';
import { provisionCustomerFormSchema } from './form-schema.ts';
import { fromProvisionRequest, toProvisionRequest } from './to-provision-request.ts';
import { usStates } from './us-states.ts';

const now = new Date(1764201600000);

describe('toProvisionRequest', () => {
  it('maps the example form to exactly the JSON Net3 reads', () => {
    const form = exampleProvisionCustomerForm();
    // Typed the way people type: spaces around values, a dashed upper-case GUID, roles
    // ticked in any order, a state in lower case.
    form.customer.customerName = '  Acmé & Söhne, LLC ';
    form.customer.n3TLogins_CompanyId = '01234567-89AB-CDEF-0123-456789ABCDEF';
    form.customer.phone = '803.555.0100';
    form.addresses[1]!.state = 'sc ';
    form.contacts[0]!.roles = ['Billing', 'Primary'];
    form.contacts[2]!.roles = ['ContractSignatory', 'Sales'];

    const dto = toProvisionRequest(form, now);

    expect(JSON.stringify(dto, null, 2)).toBe(`{
  "customer": {
    "customerId": "ACME-001",
    "customerName": "Acmé & Söhne, LLC",
    "streetAddress": "200 Bay Rd",
    "cityStateZip": "Charleston, SC 29401-1234",
    "phone": "+18035550100",
    "extension": "12",
    "email": "ops@acme.example",
    "localId": 42,
    "serviceLevelId": 1,
    "isReseller": false,
    "parentCompanyId": "",
    "n3TLogins_CompanyId": "0123456789abcdef0123456789abcdef",
    "typeCustomerStatusId": 1,
    "typePricingTierId": 2
  },
  "addresses": [
    {
      "street": "1 Main St",
      "city": "Columbia",
      "state": "SC",
      "postalCode": "29201",
      "telephone": "+18035550100",
      "extension": "",
      "email": "ap@acme.example",
      "notes": "Dock 4",
      "primary": false
    },
    {
      "street": "200 Bay Rd",
      "city": "Charleston",
      "state": "SC",
      "postalCode": "29401-1234",
      "telephone": "",
      "extension": "",
      "email": "",
      "notes": "",
      "primary": true
    }
  ],
  "contacts": [
    {
      "firstName": "Zoë",
      "lastName": "O'Brien",
      "email": "zoe@acme.example",
      "telephone": "+18035550101",
      "roles": [
        "Primary",
        "Billing"
      ]
    },
    {
      "firstName": "José",
      "lastName": "Núñez",
      "email": "jose@acme.example",
      "telephone": "",
      "roles": [
        "Technical"
      ]
    },
    {
      "firstName": "Kim",
      "lastName": "Lee",
      "email": "kim@acme.example",
      "telephone": "",
      "roles": [
        "Sales",
        "ContractSignatory"
      ]
    }
  ],
  "createdBy": {
    "email": "rep@net3.example",
    "firstName": "Rep",
    "lastName": "One",
    "username": "rep1",
    "userId": "a1b2c3d4e5f60718293a4b5c6d7e8f90"
  },
  "salesContact": "Rep One",
  "requestCreated": "/Date(1764201600000)/"
}`);
    expect(provisionCustomerModelSchema.safeParse(dto).success).toBe(true);
  });

  it('sends empty optional text as "" and leaves out empty numbers and GUIDs', () => {
    const form = exampleProvisionCustomerForm();
    form.customer.customerId = ' ';
    form.customer.extension = '';
    form.customer.localId = '';
    form.customer.n3TLogins_CompanyId = '';
    form.customer.salesContact = '';
    form.createdBy = { email: '', firstName: '', lastName: '', username: '', userId: '' };

    const dto = toProvisionRequest(form, now);

    expect(dto.customer).toEqual({
      customerId: '',
      customerName: 'Acmé & Söhne, LLC',
      streetAddress: '200 Bay Rd',
      cityStateZip: 'Charleston, SC 29401-1234',
      phone: '+18035550100',
      extension: '',
      email: 'ops@acme.example',
      serviceLevelId: 1,
      isReseller: false,
      parentCompanyId: '',
      typeCustomerStatusId: 1,
      typePricingTierId: 2,
    });
    expect(dto.customer).not.toHaveProperty('localId');
    expect(dto.customer).not.toHaveProperty('n3TLogins_CompanyId');
    expect(dto.createdBy).toStrictEqual({ email: '', firstName: '', lastName: '', username: '' });
    expect(dto.salesContact).toBe('');
  });

  it('leaves requesterIP to the proxy and createdBy.companyId unset', () => {
    const dto = toProvisionRequest(exampleProvisionCustomerForm(), now);
    expect(dto).not.toHaveProperty('requesterIP');
    expect(dto.createdBy).not.toHaveProperty('companyId');
    expect(dto.customer).not.toHaveProperty('lastUpdateDate');
  });

  it('leaves out a session user id that is not a GUID', () => {
    const form = exampleProvisionCustomerForm();
    form.createdBy.userId = '17';
    expect(toProvisionRequest(form, now).createdBy).not.toHaveProperty('userId');
  });

  it('takes the street and "City, ST ZIP" from whichever address is primary', () => {
    const form = exampleProvisionCustomerForm();
    form.addresses[0]!.primary = true;
    form.addresses[1]!.primary = false;
    const dto = toProvisionRequest(form, now);
    expect(dto.customer?.streetAddress).toBe('1 Main St');
    expect(dto.customer?.cityStateZip).toBe('Columbia, SC 29201');
  });

  it('does not change the form it maps', () => {
    const form = exampleProvisionCustomerForm();
    toProvisionRequest(form, now);
    expect(form).toEqual(exampleProvisionCustomerForm());
  });
});

describe('fromProvisionRequest', () => {
  it('gives back the example form from its DTO', () => {
    const form = exampleProvisionCustomerForm();
    expect(fromProvisionRequest(toProvisionRequest(form, now))).toEqual(form);
  });

  it("reads Net3's own sample request, dropping the values the form has no input for", () => {
    const form = fromProvisionRequest({
      customer: { customerName: 'Acme', localId: 0, n3TLogins_CompanyId: '0'.repeat(32) },
      createdBy: { userId: 'A1B2C3D4E5F60718293A4B5C6D7E8F90', companyId: '0'.repeat(32) },
      requesterIP: '203.0.113.7',
      requestCreated: '/Date(1764201600000)/',
    });
    expect(form).toEqual({
      ...defaultProvisionCustomerForm(),
      customer: {
        ...defaultProvisionCustomerForm().customer,
        customerName: 'Acme',
        localId: '0',
      },
      createdBy: {
        ...defaultProvisionCustomerForm().createdBy,
        userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      },
    });
  });

  it('gives an empty DTO the new form', () => {
    expect(fromProvisionRequest({})).toEqual(defaultProvisionCustomerForm());
  });

  it('writes phone numbers back for people to read', () => {
    const form = fromProvisionRequest({
      customer: { phone: '+18035550100' },
      contacts: [{ telephone: '+442079460958', roles: ['Primary'] }],
    });
    expect(form.customer.phone).toBe('(803) 555-0100');
    expect(form.contacts[0]?.telephone).toBe('+44 20 7946 0958');
  });
});

// Valid forms as a person might type them: spaces around values, phones in several
// layouts, GUIDs dashed or not, any mix of roles, accents and apostrophes in names.
const INT32_MAX = 2_147_483_647;

const padded = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('', ' ', '  '), text, fc.constantFrom('', ' '))
    .map(([before, value, after]) => `${before}${value}${after}`);

const anyText = fc.string({ maxLength: 30, unit: 'grapheme' });
const someText = anyText.filter((text) => text.trim() !== '');
const digits = (maxLength: number) => fc.stringMatching(new RegExp(`^\\d{0,${maxLength}}$`));
const emailArb = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,10}[a-z0-9])?$/),
    fc.stringMatching(/^[a-z0-9]{1,10}$/),
    fc.constantFrom('example', 'com', 'org', 'co.uk'),
  )
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const phoneArb = fc
  .tuple(
    fc.constantFrom('803', '843', '864', '212', '415'),
    fc.integer({ min: 200, max: 999 }),
    fc.integer({ min: 0, max: 9999 }),
    fc.nat(3),
  )
  .map(([area, exchange, line, layout]) => {
    const last = String(line).padStart(4, '0');
    return [
      `(${area}) ${exchange}-${last}`,
      `${area}-${exchange}-${last}`,
      `+1 ${area} ${exchange} ${last}`,
      `${area}${exchange}${last}`,
    ][layout]!;
  });
const optionalPhone = fc.option(phoneArb, { nil: '' });
const guidArb = fc.tuple(fc.uuid(), fc.boolean(), fc.boolean()).map(([uuid, dashed, upper]) => {
  const text = dashed ? uuid : uuid.replaceAll('-', '');
  return upper ? text.toUpperCase() : text;
});
const choiceId = fc.integer({ min: 1, max: INT32_MAX }).map(String);

const customerArb: fc.Arbitrary<CustomerForm> = fc.record({
  customerName: padded(someText),
  customerId: fc.stringMatching(/^[A-Za-z0-9_-]{0,20}$/),
  email: padded(emailArb),
  phone: padded(phoneArb),
  extension: digits(6),
  serviceLevelId: choiceId,
  typePricingTierId: choiceId,
  typeCustomerStatusId: choiceId,
  isReseller: fc.boolean(),
  parentCompanyId: anyText,
  localId: fc.option(fc.maxSafeNat().map(String), { nil: '' }),
  n3TLogins_CompanyId: fc.option(guidArb, { nil: '' }),
  salesContact: anyText,
});

const addressArb: fc.Arbitrary<AddressForm> = fc.record({
  street: padded(someText),
  city: padded(someText),
  state: fc
    .constantFrom(...usStates.map((state) => state.code))
    .chain((code) => fc.constantFrom(code, code.toLowerCase())),
  postalCode: padded(fc.stringMatching(/^\d{5}(-\d{4})?$/)),
  telephone: optionalPhone,
  extension: digits(6),
  email: fc.option(emailArb, { nil: '' }),
  notes: fc.string({ maxLength: 200, unit: 'grapheme' }),
  primary: fc.constant(false),
});

const otherRoles = contactRoleNames.filter((role) => role !== 'Primary');
const contactArb: fc.Arbitrary<ContactForm> = fc.record({
  firstName: padded(someText),
  lastName: padded(someText),
  email: padded(emailArb),
  telephone: optionalPhone,
  roles: fc
    .subarray([...otherRoles])
    .chain((roles) => fc.shuffledSubarray(roles, { minLength: roles.length })),
});

const createdByArb: fc.Arbitrary<CreatedByForm> = fc.record({
  email: fc.option(emailArb, { nil: '' }),
  firstName: anyText,
  lastName: anyText,
  username: anyText,
  userId: fc.option(guidArb, { nil: '' }),
});

const validFormArb: fc.Arbitrary<ProvisionCustomerForm> = fc
  .record({
    customer: customerArb,
    addresses: fc.array(addressArb, { minLength: 1, maxLength: 4 }),
    contacts: fc.uniqueArray(contactArb, {
      minLength: 1,
      maxLength: 4,
      selector: (contact) => contact.email.trim().toLowerCase(),
    }),
    createdBy: createdByArb,
    primaryAddress: fc.nat(),
    primaryContact: fc.nat(),
  })
  .map(({ primaryAddress, primaryContact, ...form }) => ({
    ...form,
    addresses: form.addresses.map((address, index) => ({
      ...address,
      primary: index === primaryAddress % form.addresses.length,
    })),
    contacts: form.contacts.map((contact, index) => {
      const roles: TypeContactRole[] =
        index === primaryContact % form.contacts.length
          ? [...contact.roles, 'Primary']
          : contact.roles.length > 0
            ? contact.roles
            : ['Technical'];
      return { ...contact, roles };
    }),
  }));

describe('the mapping for every valid form', () => {
  it('builds only valid forms in this test (so the properties below mean something)', () => {
    fc.assert(
      fc.property(validFormArb, (form) => {
        expect(provisionCustomerFormSchema.safeParse(form).error?.issues ?? []).toEqual([]);
      }),
    );
  });

  it('produces a DTO the wire contract accepts', () => {
    fc.assert(
      fc.property(validFormArb, fc.integer({ min: 0, max: 4102444800000 }), (form, ms) => {
        const dto = toProvisionRequest(form, new Date(ms));
        expect(provisionCustomerModelSchema.safeParse(dto).error?.issues ?? []).toEqual([]);
      }),
    );
  });

  it('survives form -> DTO -> form: the restored form is valid and sends the same DTO', () => {
    fc.assert(
      fc.property(validFormArb, (form) => {
        const dto = toProvisionRequest(form, now);
        const restored = fromProvisionRequest(dto);
        expect(provisionCustomerFormSchema.safeParse(restored).success).toBe(true);
        expect(toProvisionRequest(restored, now)).toEqual(dto);
      }),
    );
  });

  it('restores a form already written the way fromProvisionRequest writes it, unchanged', () => {
    fc.assert(
      fc.property(validFormArb, (form) => {
        const normalised = fromProvisionRequest(toProvisionRequest(form, now));
        expect(fromProvisionRequest(toProvisionRequest(normalised, now))).toEqual(normalised);
      }),
    );
  });
});
