// The signup policy as a pure function: examples for each rule, then properties over any JSON
// and over DTO-shaped bodies with forged and extra keys in any letter case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactRoleNames } from '../../src/provisioning/contract/provision-customer-model.ts';
import {
  applySignupPolicy,
  isHoneypotFilled,
  MAX_SIGNUP_ADDRESSES,
  MAX_SIGNUP_CONTACTS,
  type SignupEnforcedValues,
} from './signup-policy.ts';

const enforced: SignupEnforcedValues = {
  serviceLevelId: 1,
  typePricingTierId: 1,
  typeCustomerStatusId: 2,
  requesterIP: '198.51.100.7',
  requestCreated: '/Date(1772366400000)/',
};

const enforcedCustomer = {
  isReseller: true,
  serviceLevelId: 1,
  typePricingTierId: 1,
  typeCustomerStatusId: 2,
};

const allowed = {
  top: ['customer', 'addresses', 'contacts', 'requesterIP', 'requestCreated'],
  customer: [
    'customerName',
    'email',
    'phone',
    'extension',
    'parentCompanyId',
    'streetAddress',
    'cityStateZip',
    'isReseller',
    'serviceLevelId',
    'typePricingTierId',
    'typeCustomerStatusId',
  ],
  address: [
    'street',
    'city',
    'state',
    'postalCode',
    'telephone',
    'extension',
    'email',
    'notes',
    'primary',
  ],
  contact: ['firstName', 'lastName', 'email', 'telephone', 'roles'],
};

describe('applySignupPolicy', () => {
  it('keeps what a reseller may enter and sets what only the server decides', () => {
    const body = {
      customer: { customerName: 'Reseller Co', email: 'a@b.example', parentCompanyId: 'REF-1' },
      addresses: [{ street: '1 Main', primary: true }],
      contacts: [{ firstName: 'Ann', roles: ['Billing', 'Primary'] }],
    };

    expect(applySignupPolicy(body, enforced)).toEqual({
      customer: { ...body.customer, ...enforcedCustomer },
      addresses: body.addresses,
      contacts: body.contacts,
      requesterIP: '198.51.100.7',
      requestCreated: '/Date(1772366400000)/',
    });
  });

  it('drops ids, dates, createdBy, salesContact and unknown fields, and overrides the enforced ones', () => {
    const result = applySignupPolicy(
      {
        customer: {
          customerId: 'X',
          localId: 3,
          n3TLogins_CompanyId: 'ffffffffffffffffffffffffffffffff',
          lastUpdateDate: '/Date(0)/',
          isReseller: false,
          serviceLevelId: 4,
          typePricingTierId: 4,
          typeCustomerStatusId: 1,
          rogue: 'x',
        },
        createdBy: { username: 'x' },
        salesContact: 'x',
        requesterIP: '1.2.3.4',
        requestCreated: '/Date(0)/',
        extra: true,
      },
      enforced,
    );

    expect(result).toEqual({
      customer: enforcedCustomer,
      requesterIP: '198.51.100.7',
      requestCreated: '/Date(1772366400000)/',
    });
  });

  it('matches property names ignoring case and writes the canonical camelCase names', () => {
    const result = applySignupPolicy(
      {
        CUSTOMER: { CustomerName: 'Acme', CITYSTATEZIP: 'Columbia, SC' },
        Addresses: [{ PostalCode: '29201', PRIMARY: false }],
        contacts: [{ FirstName: 'Ann', ROLES: ['primary', 'CONTRACTSIGNATORY'] }],
      },
      enforced,
    );

    expect(result.customer).toEqual({
      customerName: 'Acme',
      cityStateZip: 'Columbia, SC',
      ...enforcedCustomer,
    });
    expect(result.addresses).toEqual([{ postalCode: '29201', primary: false }]);
    expect(result.contacts).toEqual([
      { firstName: 'Ann', roles: ['Primary', 'ContractSignatory'] },
    ]);
  });

  it('keeps only values of the right JSON type', () => {
    const result = applySignupPolicy(
      {
        customer: { customerName: 42, email: null, phone: ['x'], extension: '12' },
        addresses: [{ street: { line: 1 }, primary: 'yes' }, 'not an address', null],
        contacts: [{ firstName: true, roles: 'Primary' }, { roles: ['Primary', 3, null, 'Nope'] }],
      },
      enforced,
    );

    expect(result.customer).toEqual({ extension: '12', ...enforcedCustomer });
    expect(result.addresses).toEqual([{}]);
    expect(result.contacts).toEqual([{}, { roles: ['Primary'] }]);
  });

  it('caps the lists', () => {
    const result = applySignupPolicy(
      {
        addresses: Array.from({ length: 100 }, (_, index) => ({ street: `${index}` })),
        contacts: Array.from({ length: 100 }, (_, index) => ({ firstName: `${index}` })),
      },
      enforced,
    );

    expect(result.addresses).toHaveLength(MAX_SIGNUP_ADDRESSES);
    expect(result.contacts).toHaveLength(MAX_SIGNUP_CONTACTS);
    expect(result.addresses?.[0]).toEqual({ street: '0' });
  });

  it('removes bidirectional controls (U+202A-202E, U+2066-2069) from every text field', () => {
    const result = applySignupPolicy(
      {
        customer: { customerName: 'Zeta Trojan\u202E', email: '\u2066ops@zeta.example\u2069' },
        addresses: [{ street: '1 \u202BMain\u202C St' }],
        contacts: [{ firstName: 'Ann\u202D\u202A', lastName: 'Lee\u2067\u2068' }],
      },
      enforced,
    );

    expect(result.customer).toMatchObject({
      customerName: 'Zeta Trojan',
      email: 'ops@zeta.example',
    });
    expect(result.addresses).toEqual([{ street: '1 Main St' }]);
    expect(result.contacts).toEqual([{ firstName: 'Ann', lastName: 'Lee' }]);
  });

  it('turns anything that is not an object into a signup with only the enforced values', () => {
    for (const body of [null, 'text', 42, [1, 2], true]) {
      expect(applySignupPolicy(body, enforced)).toEqual({
        customer: enforcedCustomer,
        requesterIP: enforced.requesterIP,
        requestCreated: enforced.requestCreated,
      });
    }
  });
});

describe('isHoneypotFilled', () => {
  it('is true for a website with anything in it, in any letter case', () => {
    expect(isHoneypotFilled({ website: 'http://x' })).toBe(true);
    expect(isHoneypotFilled({ WebSite: 'x' })).toBe(true);
    expect(isHoneypotFilled({ website: 1 })).toBe(true);
  });

  it('is false for a missing, empty or blank website', () => {
    expect(isHoneypotFilled({})).toBe(false);
    expect(isHoneypotFilled({ website: '' })).toBe(false);
    expect(isHoneypotFilled({ website: '  ' })).toBe(false);
    expect(isHoneypotFilled({ website: null })).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
  });
});

// ---- properties ----

type Json = unknown;

/** Checks everything the policy promises about its output. */
function expectOnlyAllowed(output: ReturnType<typeof applySignupPolicy>): void {
  const isPlainObject = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  expect(Object.keys(output).every((key) => allowed.top.includes(key))).toBe(true);
  expect(output.requesterIP).toBe(enforced.requesterIP);
  expect(output.requestCreated).toBe(enforced.requestCreated);

  expect(isPlainObject(output.customer)).toBe(true);
  for (const [key, value] of Object.entries(output.customer)) {
    expect(allowed.customer).toContain(key);
    if (
      !['isReseller', 'serviceLevelId', 'typePricingTierId', 'typeCustomerStatusId'].includes(key)
    ) {
      expect(typeof value).toBe('string');
    }
  }
  expect(output.customer).toMatchObject(enforcedCustomer);

  if (output.addresses !== undefined) {
    expect(Array.isArray(output.addresses)).toBe(true);
    expect(output.addresses.length).toBeLessThanOrEqual(MAX_SIGNUP_ADDRESSES);
    for (const address of output.addresses) {
      expect(isPlainObject(address)).toBe(true);
      for (const [key, value] of Object.entries(address)) {
        expect(allowed.address).toContain(key);
        expect(typeof value).toBe(key === 'primary' ? 'boolean' : 'string');
      }
    }
  }
  if (output.contacts !== undefined) {
    expect(Array.isArray(output.contacts)).toBe(true);
    expect(output.contacts.length).toBeLessThanOrEqual(MAX_SIGNUP_CONTACTS);
    for (const contact of output.contacts) {
      expect(isPlainObject(contact)).toBe(true);
      for (const [key, value] of Object.entries(contact)) {
        expect(allowed.contact).toContain(key);
        if (key === 'roles') {
          expect(Array.isArray(value)).toBe(true);
          for (const role of value as unknown[]) expect(contactRoleNames).toContain(role);
          expect(new Set(value as unknown[]).size).toBe((value as unknown[]).length);
        } else {
          expect(typeof value).toBe('string');
        }
      }
    }
  }
}

/** Re-spells every key of an object in a random letter case, recursively. */
function anyCase(value: Json): fc.Arbitrary<Json> {
  if (Array.isArray(value)) return fc.tuple(...value.map(anyCase));
  if (typeof value !== 'object' || value === null) return fc.constant(value);
  const entries = Object.entries(value);
  return fc
    .tuple(
      ...entries.map(([key, inner]) =>
        fc.tuple(
          fc
            .array(fc.boolean(), { minLength: key.length, maxLength: key.length })
            .map((upper) =>
              [...key]
                .map((letter, index) =>
                  upper[index] ? letter.toUpperCase() : letter.toLowerCase(),
                )
                .join(''),
            ),
          anyCase(inner),
        ),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs));
}

const anyJsonValue = fc.jsonValue({ maxDepth: 3 });
const forgedKeys = [
  'customerId',
  'localId',
  'n3TLogins_CompanyId',
  'lastUpdateDate',
  'isReseller',
  'serviceLevelId',
  'typePricingTierId',
  'typeCustomerStatusId',
  'createdBy',
  'salesContact',
  'requesterIP',
  'requestCreated',
  'website',
  '__proto__',
  'constructor',
];
const someKey = fc.oneof(fc.constantFrom(...forgedKeys), fc.string({ maxLength: 12 }));
const withExtras = (shape: fc.Arbitrary<Record<string, Json>>) =>
  fc
    .tuple(shape, fc.dictionary(someKey, anyJsonValue, { maxKeys: 4 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
const textOrAnything = fc.oneof(fc.string({ maxLength: 20 }), anyJsonValue);

const dtoShaped = withExtras(
  fc.record(
    {
      customer: withExtras(
        fc.record(Object.fromEntries(allowed.customer.map((key) => [key, textOrAnything])), {
          requiredKeys: [],
        }),
      ),
      addresses: fc.array(
        withExtras(
          fc.record(
            Object.fromEntries(
              allowed.address.map((key) => [
                key,
                key === 'primary' ? fc.oneof(fc.boolean(), anyJsonValue) : textOrAnything,
              ]),
            ),
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 25 },
      ),
      contacts: fc.array(
        withExtras(
          fc.record(
            {
              firstName: textOrAnything,
              lastName: textOrAnything,
              email: textOrAnything,
              telephone: textOrAnything,
              roles: fc.oneof(
                fc.array(
                  fc.oneof(
                    fc.constantFrom(...contactRoleNames, 'admin', 'PRIMARY', 'billing'),
                    anyJsonValue,
                  ),
                ),
                anyJsonValue,
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 55 },
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('applySignupPolicy properties', () => {
  it('lets only allowed, right-typed fields and the enforced values out of any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (body) => {
        expectOnlyAllowed(applySignupPolicy(body, enforced));
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for DTO-shaped bodies with forged and extra keys in any letter case', () => {
    fc.assert(
      fc.property(dtoShaped.chain(anyCase), (body) => {
        expectOnlyAllowed(applySignupPolicy(body, enforced));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every allowed text field the browser sent with the right type, under its canonical name', () => {
    fc.assert(
      fc.property(
        fc
          .record({ customerName: fc.string(), email: fc.string(), cityStateZip: fc.string() })
          .chain((customer) => anyCase({ customer }).map((body) => ({ body, customer }))),
        ({ body, customer }) => {
          expect(applySignupPolicy(body, enforced).customer).toEqual({
            ...customer,
            ...enforcedCustomer,
          });
        },
      ),
    );
  });
});
