// The wizard's rules: one zod schema per part of the form, composed into the full form's
// schema that react-hook-form validates through zodResolver. Each step validates only its
// own part with trigger(stepFieldNames[step]).
//
// Why it is written this way:
// - Rules read the text trimmed but never transform it, so the form keeps values as typed
//   (toProvisionRequest trims when it builds the wire DTO).
// - Each field reports one message, the first rule it breaks, in words that say what to
//   do. The same words appear inline and in the error summary.
// - List rules (at least one, exactly one primary, different emails) live on the list's
//   own schema: a refine on the whole form would not run until every field parsed.
// - A list-level issue has the path <list>.root, not <list> itself, so react-hook-form shows
//   it at errors.<list>.root. At the bare list path, zodResolver writes the list's error
//   over the list's item errors when a step runs trigger(['addresses']), and "Enter the
//   street address" would vanish from the summary whenever "Choose exactly one primary
//   address" was also wrong. And react-hook-form keeps a list's errors only when zodResolver
//   built them as an array, so a list's item issues are raised before its root issue
//   (both pinned in form-schema-react-hook-form.test.tsx).
// - Every field rule is a refinement, never a type-changing parse, so the list rules still
//   run while some field in the list is invalid.
import { z } from 'zod';
import { contactRoleNames } from '../contract/provision-customer-model.ts';
import { formatGuid } from '../contract/servicestack-guid.ts';
import { TEXT_LIMITS } from '../contract/text-limits.ts';
import type { CustomerForm, ProvisionCustomerForm, WizardStepId } from './form-model.ts';
import { toE164Phone } from './phone-number.ts';
import { isUsStateCode } from './us-states.ts';

const INT32_MAX = 2_147_483_647;

export const formMessages = {
  customerName: 'Enter the customer name',
  customerNameTooLong: 'Customer name must be 200 characters or fewer',
  customerId: "Customer ID can only contain letters, digits, '-' and '_'",
  email: 'Enter an email address like name@example.com',
  phone: 'Enter a phone number like (803) 555-0100',
  extension: 'Extension must contain digits only',
  serviceLevel: 'Choose a service level',
  pricingTier: 'Choose a pricing tier',
  customerStatus: 'Choose a customer status',
  localId: 'Local ID must be a whole number',
  localIdTooLarge: 'Local ID must be 9,007,199,254,740,991 or less',
  n3TLoginsCompanyId:
    'Enter the N3T Logins company ID as a GUID like 0123abcd-4567-89ab-cdef-0123456789ab',
  street: 'Enter the street address',
  city: 'Enter the city',
  state: 'Choose a state',
  postalCode: 'Enter a postal code like 29401 or 29401-1234',
  notesTooLong: 'Notes must be 1000 characters or fewer',
  streetTooLong: `Street must be ${TEXT_LIMITS.street} characters or fewer`,
  cityTooLong: `City must be ${TEXT_LIMITS.city} characters or fewer`,
  firstNameTooLong: `First name must be ${TEXT_LIMITS.firstName} characters or fewer`,
  lastNameTooLong: `Last name must be ${TEXT_LIMITS.lastName} characters or fewer`,
  emailTooLong: `Email must be ${TEXT_LIMITS.email} characters or fewer`,
  firstName: 'Enter the first name',
  lastName: 'Enter the last name',
  roles: 'Choose at least one role for this contact',
  noAddresses: 'Add at least one address',
  primaryAddress: 'Choose exactly one primary address',
  noContacts: 'Add at least one contact',
  primaryContact: 'Choose exactly one primary contact',
  duplicateContactEmail: 'Each contact needs a different email address',
} as const;

/** A rule reads the trimmed text and returns the message to show, or null when it passes. */
type TextRule = (trimmed: string) => string | null;

/** A text input checked by rules in order; the first broken rule is the field's message. */
function text(...rules: TextRule[]) {
  return z.string().superRefine((value, ctx) => {
    const trimmed = value.trim();
    for (const rule of rules) {
      const message = rule(trimmed);
      if (message !== null) {
        ctx.addIssue({ code: 'custom', message });
        return;
      }
    }
  });
}

const required =
  (message: string): TextRule =>
  (trimmed) =>
    trimmed === '' ? message : null;

/** Skips the rule when the field is left empty. */
const ifGiven =
  (rule: TextRule): TextRule =>
  (trimmed) =>
    trimmed === '' ? null : rule(trimmed);

const rule =
  (passes: (trimmed: string) => boolean, message: string): TextRule =>
  (trimmed) =>
    passes(trimmed) ? null : message;

const atMost = (length: number, message: string) =>
  rule((trimmed) => trimmed.length <= length, message);

const EMAIL_PATTERN = z.regexes.email;
const isEmail = (trimmed: string) => EMAIL_PATTERN.test(trimmed);
const isPhone = (trimmed: string) => toE164Phone(trimmed) !== null;
const isDigits = (trimmed: string) => /^\d+$/.test(trimmed);
const isInt32Id = (trimmed: string) => isDigits(trimmed) && Number(trimmed) <= INT32_MAX;
const isPostalCode = (trimmed: string) => /^\d{5}(-\d{4})?$/.test(trimmed);

/** A choice from a Net3 list: the id as text, '' while nothing is chosen. */
const choice = (message: string) => text(required(message), rule(isInt32Id, message));

/** The company name's messages: they name the field as its label does, which differs by audience. */
export type CustomerNameMessages = { missing: string; tooLong: string };

const customerNameSchema = ({ missing, tooLong }: CustomerNameMessages) =>
  text(required(missing), atMost(TEXT_LIMITS.customerName, tooLong));

export const customerFormSchema = z.object({
  customerName: customerNameSchema({
    missing: formMessages.customerName,
    tooLong: formMessages.customerNameTooLong,
  }),
  customerId: text(ifGiven(rule((t) => /^[A-Za-z0-9_-]+$/.test(t), formMessages.customerId))),
  email: text(
    required(formMessages.email),
    atMost(TEXT_LIMITS.email, formMessages.emailTooLong),
    rule(isEmail, formMessages.email),
  ),
  phone: text(required(formMessages.phone), rule(isPhone, formMessages.phone)),
  extension: text(ifGiven(rule(isDigits, formMessages.extension))),
  serviceLevelId: choice(formMessages.serviceLevel),
  typePricingTierId: choice(formMessages.pricingTier),
  typeCustomerStatusId: choice(formMessages.customerStatus),
  isReseller: z.boolean(),
  parentCompanyId: text(),
  localId: text(
    ifGiven(rule(isDigits, formMessages.localId)),
    ifGiven(rule((t) => Number.isSafeInteger(Number(t)), formMessages.localIdTooLarge)),
  ),
  n3TLogins_CompanyId: text(
    ifGiven(rule((t) => formatGuid(t) !== null, formMessages.n3TLoginsCompanyId)),
  ),
  salesContact: text(),
});

export const addressFormSchema = z.object({
  street: text(
    required(formMessages.street),
    atMost(TEXT_LIMITS.street, formMessages.streetTooLong),
  ),
  city: text(required(formMessages.city), atMost(TEXT_LIMITS.city, formMessages.cityTooLong)),
  state: text(rule((t) => isUsStateCode(t.toUpperCase()), formMessages.state)),
  postalCode: text(rule(isPostalCode, formMessages.postalCode)),
  telephone: text(ifGiven(rule(isPhone, formMessages.phone))),
  extension: text(ifGiven(rule(isDigits, formMessages.extension))),
  email: text(
    ifGiven(atMost(TEXT_LIMITS.email, formMessages.emailTooLong)),
    ifGiven(rule(isEmail, formMessages.email)),
  ),
  notes: text(atMost(TEXT_LIMITS.notes, formMessages.notesTooLong)),
  primary: z.boolean(),
});

export const addressesFormSchema = z.array(addressFormSchema).superRefine((addresses, ctx) => {
  if (addresses.length === 0) {
    ctx.addIssue({ code: 'custom', message: formMessages.noAddresses, path: ['root'] });
    return;
  }
  const primaries = addresses.filter((address) => address.primary).length;
  if (primaries !== 1) {
    ctx.addIssue({ code: 'custom', message: formMessages.primaryAddress, path: ['root'] });
  }
});

export const contactFormSchema = z.object({
  firstName: text(
    required(formMessages.firstName),
    atMost(TEXT_LIMITS.firstName, formMessages.firstNameTooLong),
  ),
  lastName: text(
    required(formMessages.lastName),
    atMost(TEXT_LIMITS.lastName, formMessages.lastNameTooLong),
  ),
  email: text(
    required(formMessages.email),
    atMost(TEXT_LIMITS.email, formMessages.emailTooLong),
    rule(isEmail, formMessages.email),
  ),
  telephone: text(ifGiven(rule(isPhone, formMessages.phone))),
  roles: z.array(z.enum(contactRoleNames)).refine((roles) => roles.length > 0, {
    message: formMessages.roles,
  }),
});

export const contactsFormSchema = z.array(contactFormSchema).superRefine((contacts, ctx) => {
  if (contacts.length === 0) {
    ctx.addIssue({ code: 'custom', message: formMessages.noContacts, path: ['root'] });
    return;
  }
  // Issues on a contact's field come before the list's own issue: react-hook-form keeps a
  // list's errors only when zodResolver builds them as an array, which it does when the
  // first issue it meets under the list has an index.
  // The first contact keeps an email; each later contact with the same one is told to change it.
  const seen = new Set<string>();
  contacts.forEach((contact, index) => {
    const email = contact.email.trim().toLowerCase();
    if (email === '') return;
    if (seen.has(email)) {
      ctx.addIssue({
        code: 'custom',
        message: formMessages.duplicateContactEmail,
        path: [index, 'email'],
      });
    }
    seen.add(email);
  });
  const primaries = contacts.filter((contact) => contact.roles.includes('Primary')).length;
  if (primaries !== 1) {
    ctx.addIssue({ code: 'custom', message: formMessages.primaryContact, path: ['root'] });
  }
});

/**
 * The signed-in staff member, filled from the session and shown read-only on Review (the
 * portal's server stamps it from the session anyway). No rule is put on it: the person
 * could not fix a value they cannot edit.
 */
export const createdByFormSchema = z.object({
  email: text(),
  firstName: text(),
  lastName: text(),
  username: text(),
  userId: text(),
});

export const provisionCustomerFormSchema = z.object({
  customer: customerFormSchema,
  addresses: addressesFormSchema,
  contacts: contactsFormSchema,
  createdBy: createdByFormSchema,
});

/**
 * The whole form's rules for an audience that checks only some company answers
 * (checkedCustomerFields of its description: the reseller signup is asked name, email, phone
 * and extension, and a referral link sets its parent company). The other company answers
 * are not checked: that audience never shows or sends them. Addresses and contacts have the
 * same rules for everyone; with every company answer (staff) this is
 * provisionCustomerFormSchema's rules. `customerNameMessages` name the company name as the
 * audience's label does ("Enter your company name").
 */
export function formSchemaCheckingCustomer(
  fields: readonly (keyof CustomerForm)[],
  customerNameMessages?: CustomerNameMessages,
) {
  const checked: Partial<Record<keyof CustomerForm, true>> = {};
  for (const field of fields) checked[field] = true;
  const customer = customerNameMessages
    ? customerFormSchema.extend({ customerName: customerNameSchema(customerNameMessages) })
    : customerFormSchema;
  return provisionCustomerFormSchema.extend({ customer: customer.pick(checked) });
}

/** The parts of the form each step validates, for react-hook-form's trigger(names). */
export const stepFieldNames: Record<WizardStepId, (keyof ProvisionCustomerForm)[]> = {
  company: ['customer'],
  addresses: ['addresses'],
  contacts: ['contacts'],
  review: ['createdBy'],
};
