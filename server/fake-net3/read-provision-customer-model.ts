// Reads a parsed JSON body into ProvisionCustomerModel the way ServiceStack.Text binds a
// request DTO, so the fake sees exactly what the real Net3 API would see: property names
// match case-insensitively (the underscore in n3TLogins_CompanyId is kept), unknown names
// are ignored, and a value that cannot be converted silently becomes the type's default
// (0, false, empty Guid, DateTime.MinValue) instead of an error.
// The enum and the DTO are written out here from the metadata page on purpose, not shared
// with src/: a fake that reused the client's definitions would agree with the client's bugs.

export const contactRoleNames = [
  'Primary',
  'Technical',
  'Billing',
  'Reseller',
  'Sales',
  'ContractSignatory',
] as const;

export const EMPTY_GUID = '00000000000000000000000000000000';

/** DateTime.MinValue (0001-01-01T00:00:00Z), what ServiceStack leaves in an unset or unreadable date. */
export const DATE_TIME_MIN_VALUE = new Date(-62135596800000).toISOString();

/** The DTO as the server binds it. Dates are shown as ISO strings, Guids as 32 lowercase hex. */
export type ProvisionCustomerModel = {
  customer: TypeCustomerInfo | null;
  addresses: (TypeCustomerAddress | null)[] | null;
  contacts: (TypeProvisionDemoContactModel | null)[] | null;
  createdBy: TypeCreatedBy | null;
  salesContact: string | null;
  requesterIP: string | null;
  requestCreated: string;
};

export type TypeCustomerInfo = {
  customerId: string | null;
  customerName: string | null;
  streetAddress: string | null;
  cityStateZip: string | null;
  phone: string | null;
  extension: string | null;
  email: string | null;
  localId: number;
  serviceLevelId: number;
  isReseller: boolean;
  parentCompanyId: string | null;
  n3TLogins_CompanyId: string;
  lastUpdateDate: string | null;
  typeCustomerStatusId: number;
  typePricingTierId: number;
};

export type TypeCustomerAddress = {
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  telephone: string | null;
  extension: string | null;
  email: string | null;
  notes: string | null;
  primary: boolean;
};

export type TypeProvisionDemoContactModel = {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  telephone: string | null;
  /** Known roles by their member name; anything else kept as text so validation can name it. */
  roles: string[] | null;
};

export type TypeCreatedBy = {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  userId: string;
  companyId: string;
};

type JsonObject = Record<string, unknown>;

/** `body` is the parsed JSON: an object, or null for an empty body (every property unset). */
export function readProvisionCustomerModel(body: JsonObject | null): ProvisionCustomerModel {
  const source = body ?? {};
  const customer = asObject(pick(source, 'customer'));
  const createdBy = asObject(pick(source, 'createdBy'));
  return {
    customer: customer && readCustomerInfo(customer),
    addresses: readList(pick(source, 'addresses'), readCustomerAddress),
    contacts: readList(pick(source, 'contacts'), readContact),
    createdBy: createdBy && readCreatedBy(createdBy),
    salesContact: toText(pick(source, 'salesContact')),
    requesterIP: toText(pick(source, 'requesterIP')),
    requestCreated: toDateTime(pick(source, 'requestCreated')),
  };
}

function readCustomerInfo(source: JsonObject): TypeCustomerInfo {
  const lastUpdateDate = pick(source, 'lastUpdateDate');
  return {
    customerId: toText(pick(source, 'customerId')),
    customerName: toText(pick(source, 'customerName')),
    streetAddress: toText(pick(source, 'streetAddress')),
    cityStateZip: toText(pick(source, 'cityStateZip')),
    phone: toText(pick(source, 'phone')),
    extension: toText(pick(source, 'extension')),
    email: toText(pick(source, 'email')),
    localId: toInteger(pick(source, 'localId'), INT64_RANGE),
    serviceLevelId: toInteger(pick(source, 'serviceLevelId'), INT32_RANGE),
    isReseller: toBoolean(pick(source, 'isReseller')),
    parentCompanyId: toText(pick(source, 'parentCompanyId')),
    n3TLogins_CompanyId: toGuid(pick(source, 'n3TLogins_CompanyId')),
    // DateTime? : null (or absent) stays null, anything else is read like a DateTime.
    lastUpdateDate: lastUpdateDate == null ? null : toDateTime(lastUpdateDate),
    typeCustomerStatusId: toInteger(pick(source, 'typeCustomerStatusId'), INT32_RANGE),
    typePricingTierId: toInteger(pick(source, 'typePricingTierId'), INT32_RANGE),
  };
}

function readCustomerAddress(source: JsonObject): TypeCustomerAddress {
  return {
    street: toText(pick(source, 'street')),
    city: toText(pick(source, 'city')),
    state: toText(pick(source, 'state')),
    postalCode: toText(pick(source, 'postalCode')),
    telephone: toText(pick(source, 'telephone')),
    extension: toText(pick(source, 'extension')),
    email: toText(pick(source, 'email')),
    notes: toText(pick(source, 'notes')),
    primary: toBoolean(pick(source, 'primary')),
  };
}

function readContact(source: JsonObject): TypeProvisionDemoContactModel {
  const roles = pick(source, 'roles');
  return {
    firstName: toText(pick(source, 'firstName')),
    lastName: toText(pick(source, 'lastName')),
    email: toText(pick(source, 'email')),
    telephone: toText(pick(source, 'telephone')),
    roles: Array.isArray(roles) ? roles.map(toContactRole) : null,
  };
}

function readCreatedBy(source: JsonObject): TypeCreatedBy {
  return {
    email: toText(pick(source, 'email')),
    firstName: toText(pick(source, 'firstName')),
    lastName: toText(pick(source, 'lastName')),
    username: toText(pick(source, 'username')),
    userId: toGuid(pick(source, 'userId')),
    companyId: toGuid(pick(source, 'companyId')),
  };
}

/** Case-insensitive, exact otherwise; when two names match, the later one wins as it does in ServiceStack. */
function pick(source: JsonObject, name: string): unknown {
  const wanted = name.toLowerCase();
  let found: unknown = undefined;
  for (const [key, value] of Object.entries(source)) {
    if (key.toLowerCase() === wanted) found = value;
  }
  return found;
}

function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

/** A list item that is not an object binds as null, which FluentValidation's child rules skip. */
function readList<T>(value: unknown, readItem: (item: JsonObject) => T): (T | null)[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((item) => {
    const object = asObject(item);
    return object && readItem(object);
  });
}

function toText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // ServiceStack hands a string property the raw JSON text of an object or array.
  return JSON.stringify(value);
}

// Upper bounds are exclusive: JavaScript numbers cannot say 2^63 - 1 exactly.
type IntegerRange = { min: number; maxExclusive: number };
const INT32_RANGE: IntegerRange = { min: -(2 ** 31), maxExclusive: 2 ** 31 };
const INT64_RANGE: IntegerRange = { min: -(2 ** 63), maxExclusive: 2 ** 63 };

/** A number or numeric string that fits; anything else (text, fractions, overflow) is 0. */
function toInteger(value: unknown, range: IntegerRange): number {
  let number = Number.NaN;
  if (typeof value === 'number') number = value;
  if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) number = Number(value.trim());
  const fits = Number.isInteger(number) && number >= range.min && number < range.maxExclusive;
  return fits ? number : 0;
}

function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  if (typeof value === 'string') return ['true', '1'].includes(value.trim().toLowerCase());
  return false;
}

const dashedGuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plainGuid = /^[0-9a-f]{32}$/i;

/** Dashed, plain or braced, any case -> 32 lowercase hex; anything else is the empty Guid. */
function toGuid(value: unknown): string {
  if (typeof value !== 'string') return EMPTY_GUID;
  const text = value.trim().replace(/^\{(.*)\}$/, '$1');
  if (!plainGuid.test(text) && !dashedGuid.test(text)) return EMPTY_GUID;
  return text.replaceAll('-', '').toLowerCase();
}

// "/Date(ms)/", "/Date(ms+hhmm)/", "/Date(ms-0000)/"; the backslashed form if it was escaped twice.
// The milliseconds are UTC whatever the offset says; the offset only sets DateTimeKind.
const wcfDate = /^\\?\/Date\((-?\d+)([+-]\d{4})?\)\\?\/$/;
const isoDate = /^\d{4}-\d{2}-\d{2}/;
const MAX_DATE_TIME_MS = 253402300799999; // DateTime.MaxValue, 9999-12-31T23:59:59.999Z

function toDateTime(value: unknown): string {
  if (typeof value !== 'string') return DATE_TIME_MIN_VALUE;
  const text = value.trim();
  const wcf = wcfDate.exec(text);
  // A zone-less ISO string is local time to .NET and to Date.parse alike.
  const ms = wcf ? Number(wcf[1]) : isoDate.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms) || ms < -62135596800000 || ms > MAX_DATE_TIME_MS) {
    return DATE_TIME_MIN_VALUE;
  }
  return new Date(ms).toISOString();
}

/** Member name (any case) or its number 1-6 -> the member name; anything else kept as text. */
function toContactRole(value: unknown): string {
  const text = (toText(value) ?? '').trim();
  const byNumber = /^\d+$/.test(text) ? contactRoleNames[Number(text) - 1] : undefined;
  const byName = contactRoleNames.find((name) => name.toLowerCase() === text.toLowerCase());
  return byNumber ?? byName ?? text;
}
