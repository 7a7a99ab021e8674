// The one mapping between the form model (what the inputs hold) and the wire DTO (what Net3
// reads), both ways. Pure: no clock, no session, no network; the caller passes `now`.
//
// toProvisionRequest expects a form that passed provisionCustomerFormSchema. It never
// throws on one that did not, but then sends what it can (an unparseable phone as typed, an
// unreadable number or GUID left out) and the contract schema is the place that catches it.
//
// Empty optional fields (docs/decisions/001-empty-optional-fields.md):
// - Text left empty is sent as "" (after trimming). ServiceStack reads "" as an empty string
//   while a missing property becomes null, which Net3's C# code may not expect; the
//   metadata sample and our example request send "" for empty text too.
// - A number, GUID or date left empty is left out. ServiceStack then uses the type's default
//   (0, the empty Guid, DateTime.MinValue / null), which is exactly Net3's "not set", and we
//   never invent a value such as 0 that a person did not type.
// Values: strings trimmed; phones in E.164; state codes in capitals; choice-list ids as
// Int32 numbers and localId as a safe integer; GUIDs as 32 lowercase hex; roles as enum
// names in Net3's order; salesContact at the top level; requestCreated is `now` in
// ServiceStack's /Date(ms)/ form. requesterIP is left to the portal's proxy and
// createdBy.companyId is unknown to the portal, so neither is sent.
import {
  contactRoleNames,
  type ProvisionCustomerModel,
  type TypeContactRole,
  type TypeCreatedBy,
  type TypeCustomerAddress,
  type TypeCustomerInfo,
  type TypeProvisionDemoContactModel,
} from '../contract/provision-customer-model.ts';
import { formatServiceStackDate } from '../contract/servicestack-date.ts';
import { EMPTY_GUID, formatGuid } from '../contract/servicestack-guid.ts';
import { emptyAddress, emptyContact, emptyCreatedBy, emptyCustomer } from './form-defaults.ts';
import type {
  AddressForm,
  ContactForm,
  CreatedByForm,
  CustomerForm,
  ProvisionCustomerForm,
} from './form-model.ts';
import { formatPhoneForForm, toE164Phone } from './phone-number.ts';

export function toProvisionRequest(form: ProvisionCustomerForm, now: Date): ProvisionCustomerModel {
  const primaryAddress = form.addresses.find((address) => address.primary);
  return {
    customer: toCustomerInfo(form.customer, primaryAddress),
    addresses: form.addresses.map(toCustomerAddress),
    contacts: form.contacts.map(toContact),
    createdBy: toCreatedBy(form.createdBy),
    salesContact: form.customer.salesContact.trim(),
    requestCreated: formatServiceStackDate(now),
  };
}

function toCustomerInfo(
  customer: CustomerForm,
  primaryAddress: AddressForm | undefined,
): TypeCustomerInfo {
  const localId = toWholeNumber(customer.localId);
  const serviceLevelId = toWholeNumber(customer.serviceLevelId);
  const n3TLogins_CompanyId = formatGuid(customer.n3TLogins_CompanyId.trim());
  const typeCustomerStatusId = toWholeNumber(customer.typeCustomerStatusId);
  const typePricingTierId = toWholeNumber(customer.typePricingTierId);
  // Properties in the metadata sample's order, so the JSON reads like Net3's own.
  return {
    customerId: customer.customerId.trim(),
    customerName: customer.customerName.trim(),
    streetAddress: primaryAddress ? primaryAddress.street.trim() : '',
    cityStateZip: primaryAddress ? toCityStateZip(primaryAddress) : '',
    phone: toWirePhone(customer.phone),
    extension: customer.extension.trim(),
    email: customer.email.trim(),
    ...(localId === null ? {} : { localId }),
    ...(serviceLevelId === null ? {} : { serviceLevelId }),
    isReseller: customer.isReseller,
    parentCompanyId: customer.parentCompanyId.trim(),
    ...(n3TLogins_CompanyId === null ? {} : { n3TLogins_CompanyId }),
    ...(typeCustomerStatusId === null ? {} : { typeCustomerStatusId }),
    ...(typePricingTierId === null ? {} : { typePricingTierId }),
  };
}

/** "Charleston, SC 29401-1234", the line Net3 keeps on the customer record. */
function toCityStateZip(address: AddressForm): string {
  return `${address.city.trim()}, ${address.state.trim().toUpperCase()} ${address.postalCode.trim()}`;
}

function toCustomerAddress(address: AddressForm): TypeCustomerAddress {
  return {
    street: address.street.trim(),
    city: address.city.trim(),
    state: address.state.trim().toUpperCase(),
    postalCode: address.postalCode.trim(),
    telephone: toWirePhone(address.telephone),
    extension: address.extension.trim(),
    email: address.email.trim(),
    notes: address.notes.trim(),
    primary: address.primary,
  };
}

function toContact(contact: ContactForm): TypeProvisionDemoContactModel {
  return {
    firstName: contact.firstName.trim(),
    lastName: contact.lastName.trim(),
    email: contact.email.trim(),
    telephone: toWirePhone(contact.telephone),
    // Net3's enum order, each role once, whatever order the boxes were ticked in.
    roles: contactRoleNames.filter((role) => contact.roles.includes(role)),
  };
}

function toCreatedBy(createdBy: CreatedByForm): TypeCreatedBy {
  const userId = formatGuid(createdBy.userId.trim());
  return {
    email: createdBy.email.trim(),
    firstName: createdBy.firstName.trim(),
    lastName: createdBy.lastName.trim(),
    username: createdBy.username.trim(),
    // A session user id that is not a GUID cannot be sent as one: Net3 would read the
    // empty Guid anyway, so it is left out.
    ...(userId === null ? {} : { userId }),
  };
}

function toWirePhone(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return toE164Phone(trimmed) ?? trimmed;
}

function toWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * The form a DTO came from, to prefill or restore the wizard. Derived and server-side
 * values (customer.streetAddress, cityStateZip, lastUpdateDate, requesterIP,
 * requestCreated, createdBy.companyId) have no input and are dropped. Phones come back
 * written for people, numbers as text, the empty Guid as ''. A DTO without addresses or
 * contacts gets the new form's first ones, so the wizard always has an item to show.
 */
export function fromProvisionRequest(dto: ProvisionCustomerModel): ProvisionCustomerForm {
  const customer = dto.customer ?? {};
  const addresses = dto.addresses ?? [];
  const contacts = dto.contacts ?? [];
  const createdBy = dto.createdBy ?? {};
  return {
    customer: {
      ...emptyCustomer(),
      customerName: customer.customerName ?? '',
      customerId: customer.customerId ?? '',
      email: customer.email ?? '',
      phone: fromWirePhone(customer.phone),
      extension: customer.extension ?? '',
      serviceLevelId: fromWireNumber(customer.serviceLevelId),
      typePricingTierId: fromWireNumber(customer.typePricingTierId),
      typeCustomerStatusId: fromWireNumber(customer.typeCustomerStatusId),
      isReseller: customer.isReseller ?? false,
      parentCompanyId: customer.parentCompanyId ?? '',
      localId: fromWireNumber(customer.localId),
      n3TLogins_CompanyId: fromWireGuid(customer.n3TLogins_CompanyId),
      salesContact: dto.salesContact ?? '',
    },
    addresses: addresses.length > 0 ? addresses.map(fromCustomerAddress) : [emptyAddress(true)],
    contacts: contacts.length > 0 ? contacts.map(fromContact) : [emptyContact(['Primary'])],
    createdBy: {
      ...emptyCreatedBy(),
      email: createdBy.email ?? '',
      firstName: createdBy.firstName ?? '',
      lastName: createdBy.lastName ?? '',
      username: createdBy.username ?? '',
      userId: fromWireGuid(createdBy.userId),
    },
  };
}

function fromCustomerAddress(address: TypeCustomerAddress): AddressForm {
  return {
    ...emptyAddress(),
    street: address.street ?? '',
    city: address.city ?? '',
    state: address.state ?? '',
    postalCode: address.postalCode ?? '',
    telephone: fromWirePhone(address.telephone),
    extension: address.extension ?? '',
    email: address.email ?? '',
    notes: address.notes ?? '',
    primary: address.primary ?? false,
  };
}

function fromContact(contact: TypeProvisionDemoContactModel): ContactForm {
  const roles: TypeContactRole[] = contact.roles ?? [];
  return {
    ...emptyContact(),
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    email: contact.email ?? '',
    telephone: fromWirePhone(contact.telephone),
    roles: contactRoleNames.filter((role) => roles.includes(role)),
  };
}

function fromWirePhone(phone: string | undefined): string {
  return phone ? formatPhoneForForm(phone) : '';
}

function fromWireNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function fromWireGuid(value: string | undefined): string {
  const guid = value === undefined ? null : formatGuid(value);
  return guid === null || guid === EMPTY_GUID ? '' : guid;
}
