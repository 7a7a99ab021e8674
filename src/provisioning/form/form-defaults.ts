// Empty values for the form and its list items. Every key is present and no value is
// undefined: react-hook-form's controlled inputs need a defined value from the first render,
// and useFieldArray.append needs a complete item.
import type { TypeContactRole } from '../contract/contact-role-names.ts';
import type {
  AddressForm,
  ContactForm,
  CreatedByForm,
  CustomerForm,
  ProvisionCustomerForm,
} from './form-model.ts';

export function emptyCustomer(): CustomerForm {
  return {
    customerName: '',
    customerId: '',
    email: '',
    phone: '',
    extension: '',
    serviceLevelId: '',
    typePricingTierId: '',
    typeCustomerStatusId: '',
    isReseller: false,
    parentCompanyId: '',
    localId: '',
    n3TLogins_CompanyId: '',
    salesContact: '',
  };
}

export function emptyAddress(primary = false): AddressForm {
  return {
    street: '',
    city: '',
    state: '',
    postalCode: '',
    telephone: '',
    extension: '',
    email: '',
    notes: '',
    primary,
  };
}

export function emptyContact(roles: TypeContactRole[] = []): ContactForm {
  return { firstName: '', lastName: '', email: '', telephone: '', roles: [...roles] };
}

export function emptyCreatedBy(): CreatedByForm {
  return { email: '', firstName: '', lastName: '', username: '', userId: '' };
}

/** A new request: one address, already the primary one, and one contact, already Primary. */
export function defaultProvisionCustomerForm(): ProvisionCustomerForm {
  return {
    customer: emptyCustomer(),
    addresses: [emptyAddress(true)],
    contacts: [emptyContact(['Primary'])],
    createdBy: emptyCreatedBy(),
  };
}
