// The form model: what the wizard's inputs hold. Strings for every text and number
// input (so nothing is ever `undefined` and a half-typed value survives a reload),
// booleans for checkboxes, role names for the role checkbox groups.
// Keys follow the wire DTO's names so a server fieldName maps to a form path directly;
// the one exception is salesContact, which the wire keeps at the top level and the
// wizard asks for on the Company step (see toProvisionRequest and server-error mapping).
import type { TypeContactRole } from '../contract/contact-role-names.ts';

export type CustomerForm = {
  customerName: string;
  customerId: string;
  email: string;
  phone: string;
  extension: string;
  /** Choice-list ids as strings ('' = not chosen yet); sent as Int32 numbers. */
  serviceLevelId: string;
  typePricingTierId: string;
  typeCustomerStatusId: string;
  isReseller: boolean;
  parentCompanyId: string;
  /** Whole number typed as text; sent as a number. */
  localId: string;
  /** GUID typed dashed or not; sent as 32 lowercase hex. */
  n3TLogins_CompanyId: string;
  salesContact: string;
};

export type AddressForm = {
  street: string;
  city: string;
  state: string;
  postalCode: string;
  telephone: string;
  extension: string;
  email: string;
  notes: string;
  primary: boolean;
};

export type ContactForm = {
  firstName: string;
  lastName: string;
  email: string;
  telephone: string;
  roles: TypeContactRole[];
};

export type CreatedByForm = {
  email: string;
  firstName: string;
  lastName: string;
  username: string;
  userId: string;
};

export type ProvisionCustomerForm = {
  customer: CustomerForm;
  addresses: AddressForm[];
  contacts: ContactForm[];
  createdBy: CreatedByForm;
};

export type WizardStepId = 'company' | 'addresses' | 'contacts' | 'review';
