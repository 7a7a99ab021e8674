// What a public reseller signup may send to Net3, enforced by the server whatever the browser
// sent: an allow-list of fields (matched ignoring case, as Net3 matches them), each kept only
// when it has the right JSON type, short lists, and the values a public page must never choose
// (reseller, service level, pricing tier, status, who and when) set here. Pure: the caller
// passes in the configured ids, the client address and the time.
import {
  contactRoleNames,
  type TypeContactRole,
} from '../../src/provisioning/contract/provision-customer-model.ts';
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';

/** Longest lists kept; anything after is dropped. */
export const MAX_SIGNUP_ADDRESSES = 20;
export const MAX_SIGNUP_CONTACTS = 50;

/** The values the server decides for every signup. */
export type SignupEnforcedValues = {
  serviceLevelId: number;
  typePricingTierId: number;
  typeCustomerStatusId: number;
  /** The client address the portal saw. */
  requesterIP: string;
  /** When the portal received the signup, as ServiceStack's "/Date(ms)/". */
  requestCreated: string;
};

export type SignupCustomer = {
  customerName?: string;
  email?: string;
  phone?: string;
  extension?: string;
  parentCompanyId?: string;
  streetAddress?: string;
  cityStateZip?: string;
  isReseller: true;
  serviceLevelId: number;
  typePricingTierId: number;
  typeCustomerStatusId: number;
};

export type SignupAddress = {
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  telephone?: string;
  extension?: string;
  email?: string;
  notes?: string;
  primary?: boolean;
};

export type SignupContact = {
  firstName?: string;
  lastName?: string;
  email?: string;
  telephone?: string;
  roles?: TypeContactRole[];
};

/** The ProvisionCustomerModel a signup becomes: only these properties, ever. */
export type SignupRequest = {
  customer: SignupCustomer;
  addresses?: SignupAddress[];
  contacts?: SignupContact[];
  requesterIP: string;
  requestCreated: string;
};

// What the browser may set, by canonical wire name. Everything else (customerId, localId,
// n3TLogins_CompanyId, lastUpdateDate, isReseller and the ids, salesContact, createdBy,
// requesterIP, requestCreated, anything unknown) is dropped.
const customerTextFields = [
  'customerName',
  'email',
  'phone',
  'extension',
  'parentCompanyId',
  'streetAddress',
  'cityStateZip',
] as const;
const addressTextFields = [
  'street',
  'city',
  'state',
  'postalCode',
  'telephone',
  'extension',
  'email',
  'notes',
] as const;
const contactTextFields = ['firstName', 'lastName', 'email', 'telephone'] as const;

export function applySignupPolicy(body: unknown, enforced: SignupEnforcedValues): SignupRequest {
  const input = asObject(body) ?? {};
  const customerInput = asObject(readIgnoringCase(input, 'customer')) ?? {};
  const customer: SignupCustomer = {
    ...pickText(customerInput, customerTextFields),
    isReseller: true,
    serviceLevelId: enforced.serviceLevelId,
    typePricingTierId: enforced.typePricingTierId,
    typeCustomerStatusId: enforced.typeCustomerStatusId,
  };
  const addresses = readList(input, 'addresses', MAX_SIGNUP_ADDRESSES, (item) => {
    const address: SignupAddress = pickText(item, addressTextFields);
    const primary = readIgnoringCase(item, 'primary');
    if (typeof primary === 'boolean') address.primary = primary;
    return address;
  });

  const contacts = readList(input, 'contacts', MAX_SIGNUP_CONTACTS, (item) => {
    const contact: SignupContact = pickText(item, contactTextFields);
    const roles = readRoles(readIgnoringCase(item, 'roles'));
    if (roles !== undefined) contact.roles = roles;
    return contact;
  });

  return {
    customer,
    ...(addresses === undefined ? {} : { addresses }),
    ...(contacts === undefined ? {} : { contacts }),
    requesterIP: enforced.requesterIP,
    requestCreated: enforced.requestCreated,
  };
}

/** True when a body's `website` (the honeypot field people never see) holds anything. */
export function isHoneypotFilled(body: unknown): boolean {
  const input = asObject(body);
  if (input === null) return false;
  const website = readIgnoringCase(input, 'website');
  if (website === undefined || website === null || website === false) return false;
  return typeof website !== 'string' || website.trim() !== '';
}

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

// Bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069): invisible,
// and a name ending in U+202E (right-to-left override) turned the staff duplicate warning's own
// words around it backwards. Nobody's name or address needs them, so a public signup loses them.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

function pickText<Name extends string>(
  object: JsonObject,
  names: readonly Name[],
): Partial<Record<Name, string>> {
  const picked: Partial<Record<Name, string>> = {};
  for (const name of names) {
    const value = readIgnoringCase(object, name);
    if (typeof value === 'string') picked[name] = value.replace(bidiControls, '');
  }
  return picked;
}

function readList<Item>(
  object: JsonObject,
  name: string,
  max: number,
  read: (item: JsonObject) => Item,
): Item[] | undefined {
  const list = readIgnoringCase(object, name);
  if (!Array.isArray(list)) return undefined;
  return list
    .map(asObject)
    .filter((item): item is JsonObject => item !== null)
    .slice(0, max)
    .map(read);
}

const roleByLowerCaseName = new Map<string, TypeContactRole>(
  contactRoleNames.map((role) => [role.toLowerCase(), role]),
);

function readRoles(value: unknown): TypeContactRole[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const roles = new Set<TypeContactRole>();
  for (const item of value) {
    const role = typeof item === 'string' ? roleByLowerCaseName.get(item.toLowerCase()) : undefined;
    if (role !== undefined) roles.add(role);
  }
  return [...roles];
}
