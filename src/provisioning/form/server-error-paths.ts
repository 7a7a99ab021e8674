// Where a Net3 field error belongs in the wizard. Net3 names fields by C# PascalCase paths
// ("Contacts[1].Email", "Customer.N3TLogins_CompanyId"); react-hook-form names them by the
// form model's keys ("contacts.1.email", "customer.n3TLogins_CompanyId"). The match is
// case-insensitive and only to fields the form really has, so an error is never pinned on
// an input that does not exist: anything else maps to null and the UI lists it in the
// error summary only. An error about a list, or an item with no field to point at, goes to
// the list's root error: setError('addresses.root') keeps the items' own errors, where
// setError('addresses') would replace them.
import { emptyAddress, emptyContact, emptyCreatedBy, emptyCustomer } from './form-defaults.ts';
import type { ProvisionCustomerForm, WizardStepId } from './form-model.ts';

export type ServerErrorFormField = {
  /**
   * A react-hook-form path: a field ("addresses.0.postalCode") or a list's own error
   * ("addresses.root", where the form's list rules put theirs), for setError(path, ...).
   */
  path: string;
  step: WizardStepId;
};

/** Lower-case name -> the form model's exact key. */
function keysByLowerCase(keys: string[]): Map<string, string> {
  return new Map(keys.map((key) => [key.toLowerCase(), key]));
}

// salesContact is asked for on the Company step but lives at the wire's top level, so it
// is not a Customer.* field.
const customerKeys = keysByLowerCase(
  Object.keys(emptyCustomer()).filter((key) => key !== 'salesContact'),
);
const addressKeys = keysByLowerCase(Object.keys(emptyAddress()));
const contactKeys = keysByLowerCase(Object.keys(emptyContact()));
// companyId is not in the form: the portal never sends it.
const createdByKeys = keysByLowerCase(Object.keys(emptyCreatedBy()));

/**
 * The form field and step for a Net3 fieldName, or null when the form has no such field.
 * Customer.StreetAddress and Customer.CityStateZip are built from the primary address:
 * with `form` they map to that address's street / city; without it, or with no primary
 * address, to 'addresses.root'. With `form`, a list index past the end maps to the list's
 * root too, so the error is never set on an item the person has since removed.
 */
export function formFieldForServerError(
  fieldName: string,
  form?: ProvisionCustomerForm,
): ServerErrorFormField | null {
  // "Contacts[1].Email" -> ["contacts", "1", "email"]
  const segments = fieldName
    .trim()
    .replace(/\[(\d+)\]/g, '.$1')
    .toLowerCase()
    .split('.');
  const [head = '', second, third] = segments;

  switch (head) {
    case 'customer': {
      if (segments.length !== 2 || second === undefined) return null;
      if (second === 'streetaddress') return primaryAddressField('street', form);
      if (second === 'citystatezip') return primaryAddressField('city', form);
      const key = customerKeys.get(second);
      return key ? { path: `customer.${key}`, step: 'company' } : null;
    }
    case 'salescontact':
      return segments.length === 1 ? { path: 'customer.salesContact', step: 'company' } : null;
    case 'addresses':
      return listField('addresses', addressKeys, segments, form?.addresses.length);
    case 'contacts':
      // "Contacts[0].Roles[1]" is about the contact's role checkboxes as a whole.
      if (third === 'roles' && segments.length === 4 && isIndex(segments[3])) {
        return listField('contacts', contactKeys, segments.slice(0, 3), form?.contacts.length);
      }
      return listField('contacts', contactKeys, segments, form?.contacts.length);
    case 'createdby': {
      const key = second === undefined ? undefined : createdByKeys.get(second);
      return segments.length === 2 && key ? { path: `createdBy.${key}`, step: 'review' } : null;
    }
    default:
      return null;
  }
}

function listField(
  list: 'addresses' | 'contacts',
  itemKeys: Map<string, string>,
  segments: string[],
  itemCount: number | undefined,
): ServerErrorFormField | null {
  const step: WizardStepId = list;
  const [, indexText, field] = segments;
  // "Addresses" or "Addresses[0]": the list, or an item with no field to point at.
  const listRoot = { path: `${list}.root`, step };
  if (segments.length === 1) return listRoot;
  if (!isIndex(indexText)) return null;
  if (segments.length === 2) return listRoot;
  if (segments.length !== 3 || field === undefined) return null;
  const key = itemKeys.get(field);
  if (!key) return null;
  const index = Number(indexText);
  if (itemCount !== undefined && index >= itemCount) return listRoot;
  return { path: `${list}.${index}.${key}`, step };
}

function primaryAddressField(
  field: 'street' | 'city',
  form: ProvisionCustomerForm | undefined,
): ServerErrorFormField {
  const primaryIndex = form ? form.addresses.findIndex((address) => address.primary) : -1;
  if (primaryIndex === -1) return { path: 'addresses.root', step: 'addresses' };
  return { path: `addresses.${primaryIndex}.${field}`, step: 'addresses' };
}

function isIndex(text: string | undefined): text is string {
  return text !== undefined && /^\d+$/.test(text) && Number.isSafeInteger(Number(text));
}
