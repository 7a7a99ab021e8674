// The wizard's draft in sessionStorage, so a reload or a failed submit never loses what
// was typed. sessionStorage, not localStorage: the draft holds customer details and the
// rep's identity, and should end with the tab. The key is versioned: a change to the form
// model that old drafts cannot fill bumps it, and old drafts are then simply not found.
//
// Loading checks the draft's shape, never the form's rules (a draft is half-finished by
// nature). A key missing from an older draft takes its default; anything else that is not
// the expected shape (bad JSON, a number where text belongs) makes the draft unreadable
// and loadDraft returns null, so the page starts fresh instead of crashing.
import { z } from 'zod';
import { contactRoleNames, type TypeContactRole } from '../contract/provision-customer-model.ts';
import {
  defaultProvisionCustomerForm,
  emptyAddress,
  emptyContact,
  emptyCreatedBy,
  emptyCustomer,
} from './form-defaults.ts';
import type { ProvisionCustomerForm, WizardStepId } from './form-model.ts';

export const DRAFT_STORAGE_KEY = 'net3-portal:provision-draft:v1';
/** The public reseller signup's draft: its own key, so it never mixes with a staff draft. */
export const SIGNUP_DRAFT_STORAGE_KEY = 'net3-portal:signup-draft:v1';

/** How long the UI waits after the last change before saving the draft. */
export const DRAFT_SAVE_DELAY_MS = 400;

export type ProvisionDraft = { form: ProvisionCustomerForm; step: WizardStepId };

const wizardStepIds = [
  'company',
  'addresses',
  'contacts',
  'review',
] as const satisfies readonly WizardStepId[];

/**
 * A lenient schema for an object of text and checkbox values: every key of `defaults` is
 * read with its type, or takes its default when the draft lacks it; unknown keys are dropped.
 */
function draftObject<Values extends Record<string, string | boolean>>(defaults: Values) {
  const shape = Object.fromEntries(
    Object.entries(defaults).map(([key, value]) => [
      key,
      typeof value === 'boolean' ? z.boolean().default(value) : z.string().default(value),
    ]),
  );
  // The shape is built from `defaults`, so its output has exactly the keys and types of Values.
  return z.object(shape) as unknown as z.ZodType<Values>;
}

// Role names a newer or older portal knew but this one does not are dropped, not fatal.
const draftRolesSchema = z
  .array(z.string())
  .default([])
  .transform((roles) => roles.filter(isContactRoleName));

function isContactRoleName(name: string): name is TypeContactRole {
  return (contactRoleNames as readonly string[]).includes(name);
}

const draftContactSchema = z.object({
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  email: z.string().default(''),
  telephone: z.string().default(''),
  roles: draftRolesSchema,
});

const draftFormSchema = z.object({
  customer: draftObject(emptyCustomer()).default(emptyCustomer),
  addresses: z.array(draftObject(emptyAddress())).default(() => [emptyAddress(true)]),
  contacts: z.array(draftContactSchema).default(() => [emptyContact(['Primary'])]),
  createdBy: draftObject(emptyCreatedBy()).default(emptyCreatedBy),
});

const draftSchema = z.object({
  // The step only decides where the person lands; an unknown one is not worth losing the draft.
  step: z.enum(wizardStepIds).catch('company'),
  form: draftFormSchema.default(defaultProvisionCustomerForm),
});

/** The saved draft, or null when there is none or it cannot be read. */
export function loadDraft(key: string = DRAFT_STORAGE_KEY): ProvisionDraft | null {
  try {
    const text = sessionStorage.getItem(key);
    if (text === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage blocked by the browser, or text that is not JSON.
    return null;
  }
}

/** Saves the draft; false when the browser refused (storage full or blocked). */
export function saveDraft(
  form: ProvisionCustomerForm,
  step: WizardStepId,
  key: string = DRAFT_STORAGE_KEY,
): boolean {
  try {
    const draft: ProvisionDraft = { form, step };
    sessionStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the saved draft holds something the person typed. A draft can exist with no
 * answers at all: "Created by" is filled from the session as soon as the wizard opens.
 */
export function draftHasAnswers(key: string = DRAFT_STORAGE_KEY): boolean {
  const draft = loadDraft(key);
  if (draft === null) return false;
  const answers = ({ customer, addresses, contacts }: ProvisionCustomerForm) =>
    JSON.stringify({ customer, addresses, contacts });
  return answers(draft.form) !== answers(defaultProvisionCustomerForm());
}

export function clearDraft(key: string = DRAFT_STORAGE_KEY): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
