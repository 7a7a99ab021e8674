import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import exampleRequestJson from './provision-request.example.json?raw';
import {
  contactRoleNames,
  provisionCustomerModelSchema,
  type ProvisionCustomerModel,
} from './provision-customer-model.ts';
import { NET_DATETIME_MAX_MS, NET_DATETIME_MIN_MS } from './servicestack-date.ts';
import { EMPTY_GUID } from './servicestack-guid.ts';
import { describeZodIssues, INT32_MAX, INT32_MIN } from './wire-values.ts';

// The metadata page's own JSON sample, with its "String"/0/false placeholders.
const metadataSampleJson = String.raw`{"customer":{"customerId":"String","customerName":"String","streetAddress":"String","cityStateZip":"String","phone":"String","extension":"String","email":"String","localId":0,"serviceLevelId":0,"isReseller":false,"parentCompanyId":"String","n3TLogins_CompanyId":"00000000000000000000000000000000","lastUpdateDate":"\/Date(-62135596800000-0000)\/","typeCustomerStatusId":0,"typePricingTierId":0},"addresses":[{"street":"String","city":"String","state":"String","postalCode":"String","telephone":"String","extension":"String","email":"String","notes":"String","primary":false}],"contacts":[{"firstName":"String","lastName":"String","email":"String","telephone":"String","roles":["Primary"]}],"createdBy":{"email":"String","firstName":"String","lastName":"String","username":"String","userId":"00000000000000000000000000000000","companyId":"00000000000000000000000000000000"},"salesContact":"String","requesterIP":"String","requestCreated":"\/Date(-62135596800000-0000)\/"}`;

// ---- Arbitraries for valid wire values ------------------------------------------------

const text = fc.string({ unit: 'binary', maxLength: 20 });
const int32 = fc.integer({ min: INT32_MIN, max: INT32_MAX });
const safeLong = fc.maxSafeInteger();
const guid = fc.stringMatching(/^[0-9a-f]{32}$/);
const dateTime = fc
  .tuple(
    fc.integer({ min: NET_DATETIME_MIN_MS, max: NET_DATETIME_MAX_MS }),
    fc.constantFrom('', '+0000', '-0000', '+0200', '-0530'),
  )
  .map(([ms, offset]) => `/Date(${ms}${offset})/`);
const role = fc.constantFrom(...contactRoleNames);

// JSON objects have Object.prototype, so the generated DTOs must too.
const noKeyRequired = { requiredKeys: [] as [], noNullPrototype: true };

const customer = fc.record(
  {
    customerId: text,
    customerName: text,
    streetAddress: text,
    cityStateZip: text,
    phone: text,
    extension: text,
    email: text,
    localId: safeLong,
    serviceLevelId: int32,
    isReseller: fc.boolean(),
    parentCompanyId: text,
    n3TLogins_CompanyId: guid,
    lastUpdateDate: dateTime,
    typeCustomerStatusId: int32,
    typePricingTierId: int32,
  },
  noKeyRequired,
);

const address = fc.record(
  {
    street: text,
    city: text,
    state: text,
    postalCode: text,
    telephone: text,
    extension: text,
    email: text,
    notes: text,
    primary: fc.boolean(),
  },
  noKeyRequired,
);

const contact = fc.record(
  {
    firstName: text,
    lastName: text,
    email: text,
    telephone: text,
    roles: fc.array(role, { maxLength: 6 }),
  },
  noKeyRequired,
);

const createdBy = fc.record(
  {
    email: text,
    firstName: text,
    lastName: text,
    username: text,
    userId: guid,
    companyId: guid,
  },
  noKeyRequired,
);

const validDto: fc.Arbitrary<ProvisionCustomerModel> = fc.record(
  {
    customer,
    addresses: fc.array(address, { maxLength: 3 }),
    contacts: fc.array(contact, { maxLength: 3 }),
    createdBy,
    salesContact: text,
    requesterIP: text,
    requestCreated: dateTime,
  },
  noKeyRequired,
);

// ---- Arbitraries for invalid wire values ---------------------------------------------

const notANumber = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('42'),
  fc.constant([]),
  fc.constant({}),
);
const nonInteger = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((n) => !Number.isInteger(n));
const notFinite = fc.constantFrom(Number.NaN, Infinity, -Infinity);

const invalidInt32 = fc.oneof(
  notANumber,
  nonInteger,
  notFinite,
  fc.integer({ min: INT32_MAX + 1, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: INT32_MIN - 1 }),
  fc.constantFrom(INT32_MAX + 1, INT32_MIN - 1),
);
const invalidSafeLong = fc.oneof(
  notANumber,
  nonInteger,
  notFinite,
  fc.constantFrom(2 ** 53, -(2 ** 53), 1e300, -1e300, Number.MAX_SAFE_INTEGER + 2),
);
const invalidGuid = fc.oneof(
  fc.string().filter((s) => !/^[0-9a-f]{32}$/.test(s)),
  fc.uuid(), // dashed: Net3 reads it, but the portal sends one form only
  guid.map((g) => g.toUpperCase()).filter((g) => /[A-F]/.test(g)),
  fc.integer(),
  fc.constant(null),
);
const invalidRole = fc.oneof(
  fc.string().filter((s) => !(contactRoleNames as readonly string[]).includes(s)),
  fc.constantFrom('primary', 'PRIMARY', 'Contract Signatory', 'Admin'),
  fc.integer({ min: 1, max: 6 }), // the enum's numeric value is not its wire form
  fc.constant(null),
);
const invalidDateTime = fc.oneof(
  fc.string().filter((s) => !s.includes('Date')),
  fc.constantFrom(
    '2025-11-27T00:00:00', // zone-less: the server would read its own local time
    '2025-11-27',
    '/Date()/',
    '/Date(1.5)/',
    '/Date(abc)/',
    '/Date(1764201600000+02)/',
    `/Date(${NET_DATETIME_MIN_MS - 1})/`,
    `/Date(${NET_DATETIME_MAX_MS + 1})/`,
    '0000-12-31T23:59:59Z',
  ),
  fc.integer(),
  fc.constant(null),
);
const invalidText = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant({}));
const invalidBoolean = fc.oneof(fc.constantFrom('true', 'false', 0, 1, null), fc.string());

type Slot = { path: (string | number)[]; fieldName: string; invalid: fc.Arbitrary<unknown> };

// Every leaf field of the DTO, with a path into the example request (2 addresses, 3 contacts).
function slotsFor(
  prefix: (string | number)[],
  fields: Record<string, fc.Arbitrary<unknown>>,
): Slot[] {
  return Object.entries(fields).map(([fieldName, invalid]) => ({
    path: [...prefix, fieldName],
    fieldName,
    invalid,
  }));
}
const slots: Slot[] = [
  ...slotsFor(['customer'], {
    customerId: invalidText,
    customerName: invalidText,
    streetAddress: invalidText,
    cityStateZip: invalidText,
    phone: invalidText,
    extension: invalidText,
    email: invalidText,
    localId: invalidSafeLong,
    serviceLevelId: invalidInt32,
    isReseller: invalidBoolean,
    parentCompanyId: invalidText,
    n3TLogins_CompanyId: invalidGuid,
    lastUpdateDate: invalidDateTime,
    typeCustomerStatusId: invalidInt32,
    typePricingTierId: invalidInt32,
  }),
  ...slotsFor(['addresses', 1], {
    street: invalidText,
    city: invalidText,
    state: invalidText,
    postalCode: invalidText,
    telephone: invalidText,
    extension: invalidText,
    email: invalidText,
    notes: invalidText,
    primary: invalidBoolean,
  }),
  ...slotsFor(['contacts', 2], {
    firstName: invalidText,
    lastName: invalidText,
    email: invalidText,
    telephone: invalidText,
  }),
  { path: ['contacts', 1, 'roles', 0], fieldName: 'roles', invalid: invalidRole },
  ...slotsFor(['createdBy'], {
    email: invalidText,
    firstName: invalidText,
    lastName: invalidText,
    username: invalidText,
    userId: invalidGuid,
    companyId: invalidGuid,
  }),
  ...slotsFor([], {
    salesContact: invalidText,
    requesterIP: invalidText,
    requestCreated: invalidDateTime,
  }),
];

function exampleRequest(): Record<string, unknown> {
  return JSON.parse(exampleRequestJson) as Record<string, unknown>;
}

function withValueAt(path: (string | number)[], value: unknown): Record<string, unknown> {
  const root = exampleRequest();
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

// ---- Tests ----------------------------------------------------------------------------

describe('provisionCustomerModelSchema', () => {
  it('accepts the example request from the shared Net3 API examples', () => {
    const result = provisionCustomerModelSchema.safeParse(JSON.parse(exampleRequestJson));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data?.customer?.n3TLogins_CompanyId).toBe('0123456789abcdef0123456789abcdef');
    expect(result.data?.contacts?.[2]?.roles).toEqual(['Sales', 'ContractSignatory']);
  });

  it("accepts the metadata page's own sample, including DateTime.MinValue with -0000", () => {
    const result = provisionCustomerModelSchema.safeParse(JSON.parse(metadataSampleJson));
    expect(result.success).toBe(true);
  });

  it('accepts an empty request, since every property is optional', () => {
    expect(provisionCustomerModelSchema.parse({})).toEqual({});
  });

  it('leaves lastUpdateDate out rather than sending null', () => {
    const withNull = withValueAt(['customer', 'lastUpdateDate'], null);
    expect(provisionCustomerModelSchema.safeParse(withNull).success).toBe(false);
    const { customer } = exampleRequest() as { customer: Record<string, unknown> };
    expect('lastUpdateDate' in customer).toBe(false);
  });

  it('turns every valid DTO into JSON that reads back as the same DTO', () => {
    fc.assert(
      fc.property(validDto, (dto) => {
        const sent = JSON.stringify(provisionCustomerModelSchema.parse(dto));
        expect(provisionCustomerModelSchema.parse(JSON.parse(sent))).toStrictEqual(dto);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every invalid value with an issue at that field naming it', () => {
    const slotAndValue = fc
      .constantFrom(...slots)
      .chain((slot) => slot.invalid.map((value) => ({ slot, value })));
    fc.assert(
      fc.property(slotAndValue, ({ slot, value }) => {
        const result = provisionCustomerModelSchema.safeParse(withValueAt(slot.path, value));
        expect(result.success).toBe(false);
        expect(result.error?.issues).toHaveLength(1);
        const issue = result.error!.issues[0]!;
        expect(issue.path).toEqual(slot.path);
        expect(issue.message).toContain(slot.fieldName);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives readable messages with the full path', () => {
    const request = withValueAt(['contacts', 1, 'roles', 0], 'Admin');
    const result = provisionCustomerModelSchema.safeParse(request);
    expect(describeZodIssues(result.error!)).toEqual([
      'contacts.1.roles.0: roles must each be one of Primary, Technical, Billing, Reseller, Sales, ContractSignatory',
    ]);
  });

  it('says which Int32 range a field missed', () => {
    const result = provisionCustomerModelSchema.safeParse(
      withValueAt(['customer', 'serviceLevelId'], 2147483648),
    );
    expect(describeZodIssues(result.error!)).toEqual([
      'customer.serviceLevelId: serviceLevelId must be a whole number between -2147483648 and 2147483647',
    ]);
  });

  it('rejects a misspelt property name, which Net3 would silently ignore', () => {
    const request = withValueAt(['customer', 'n3TLoginsCompanyId'], EMPTY_GUID);
    const result = provisionCustomerModelSchema.safeParse(request);
    expect(describeZodIssues(result.error!)).toEqual([
      'customer: customer has properties Net3 does not know: n3TLoginsCompanyId',
    ]);
  });

  it('rejects a misspelt top-level property name', () => {
    const result = provisionCustomerModelSchema.safeParse({
      ...exampleRequest(),
      requesterIp: 'x',
    });
    expect(describeZodIssues(result.error!)).toEqual([
      'The request has properties Net3 does not know: requesterIp',
    ]);
  });

  it('rejects a list where an object belongs and an object where a list belongs', () => {
    const result = provisionCustomerModelSchema.safeParse({ customer: [], contacts: {} });
    expect(describeZodIssues(result.error!)).toEqual([
      'customer: customer must be an object',
      'contacts: contacts must be a list',
    ]);
  });
});
