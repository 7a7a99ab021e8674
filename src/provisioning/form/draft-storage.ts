// The wizard's draft in sessionStorage, so a reload or a failed submit never loses what
// was typed. sessionStorage, not localStorage: the draft holds customer details and the
// rep's identity, and should end with the tab. The key is versioned: a change to the form
// model that old drafts cannot fill bumps it, and old drafts are then simply not found.
//
// Loading checks the draft's shape, never the form's rules (a draft is half-finished by
// nature). A key missing from an older draft takes its default; anything else that is not
// the expected shape (bad JSON, a number where text belongs) makes the draft unreadable
// and loadDraft returns null, so the page starts fresh instead of crashing.
import { isContactRoleName } from '../contract/contact-role-names.ts';
import { InvalidJsonError, readList, readObject, readText } from '../api/read-json.ts';
import {
  defaultProvisionCustomerForm,
  emptyAddress,
  emptyContact,
  emptyCreatedBy,
  emptyCustomer,
} from './form-defaults.ts';
import type { ContactForm, ProvisionCustomerForm, WizardStepId } from './form-model.ts';

export const DRAFT_STORAGE_KEY = 'net3-portal:provision-draft:v1';
/** The public reseller signup's draft: its own key, so it never mixes with a staff draft. */
export const SIGNUP_DRAFT_STORAGE_KEY = 'net3-portal:signup-draft:v1';

/** How long the UI waits after the last change before saving the draft. */
export const DRAFT_SAVE_DELAY_MS = 400;

/** `savedAt`: when it was typed (ms), so the newer of a tab's and the server's copy wins. */
export type ProvisionDraft = { form: ProvisionCustomerForm; step: WizardStepId; savedAt: number };

// A staff draft belongs to the person (issue 10): in this tab it is kept under their user
// name, so the next person signing in here never sees it. Unset (the signup, unit tests): the
// key as given. null after Sign out: staff drafts are not written until someone signs in.
let owner: string | null | undefined;

export function setDraftOwner(userName: string | null | undefined): void {
  owner = userName;
}

/** Where a draft is kept in sessionStorage; null while nobody is signed in to own it. */
export function draftStorageKey(key: string): string | null {
  if (key !== DRAFT_STORAGE_KEY || owner === undefined) return key;
  return owner ? `${key}:${owner}` : null;
}

const wizardStepIds: readonly unknown[] = [
  'company',
  'addresses',
  'contacts',
  'review',
] satisfies readonly WizardStepId[];

// The draft is read by hand rather than with zod: loading it is on the first step's path,
// which must stay small (see docs/decisions/003-first-step-bundle.md). Each reader throws
// (read-json.ts) when a value has the wrong type; loadDraft then returns null.

/** `value` if the draft has it, else the default (a missing key is not an error). */
function orDefault<Value>(value: unknown, fallback: () => Value, read: (value: unknown) => Value) {
  return value === undefined ? fallback() : read(value);
}

/**
 * An object of text and checkbox values: every key of `defaults` is read with its type, or
 * takes its default when the draft lacks it; unknown keys are dropped.
 */
function readValues<Values extends Record<string, string | boolean>>(
  value: unknown,
  defaults: Values,
  path: string,
): Values {
  const saved = readObject(value, path);
  const values: Record<string, string | boolean> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    const item = saved[key];
    if (item !== undefined && typeof item !== typeof fallback) {
      throw new InvalidJsonError(
        `${path}.${key}`,
        typeof fallback === 'string' ? 'text' : 'true or false',
      );
    }
    values[key] = item === undefined ? fallback : (item as string | boolean);
  }
  return values as Values;
}

function readContact(value: unknown, path: string): ContactForm {
  const saved = readObject(value, path);
  const text = (key: string) =>
    orDefault(
      saved[key],
      () => '',
      (item) => readText(item, key),
    );
  return {
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: text('email'),
    telephone: text('telephone'),
    // Role names a newer or older portal knew but this one does not are dropped, not fatal.
    roles: orDefault(
      saved.roles,
      () => [],
      (roles) =>
        readList(roles, `${path}.roles`)
          .map((role) => readText(role, `${path}.roles`))
          .filter(isContactRoleName),
    ),
  };
}

function readDraftForm(value: unknown): ProvisionCustomerForm {
  const saved = readObject(value, 'form');
  return {
    customer: orDefault(saved.customer, emptyCustomer, (item) =>
      readValues(item, emptyCustomer(), 'customer'),
    ),
    addresses: orDefault(
      saved.addresses,
      () => [emptyAddress(true)],
      (list) =>
        readList(list, 'addresses').map((item, index) =>
          readValues(item, emptyAddress(), `addresses.${index}`),
        ),
    ),
    contacts: orDefault(
      saved.contacts,
      () => [emptyContact(['Primary'])],
      (list) =>
        readList(list, 'contacts').map((item, index) => readContact(item, `contacts.${index}`)),
    ),
    createdBy: orDefault(saved.createdBy, emptyCreatedBy, (item) =>
      readValues(item, emptyCreatedBy(), 'createdBy'),
    ),
  };
}

export function readDraft(value: unknown): ProvisionDraft {
  const saved = readObject(value, 'draft');
  return {
    // The step only decides where the person lands; an unknown one is not worth losing the draft.
    step: wizardStepIds.includes(saved.step) ? (saved.step as WizardStepId) : 'company',
    form: orDefault(saved.form, defaultProvisionCustomerForm, readDraftForm),
    savedAt: typeof saved.savedAt === 'number' ? saved.savedAt : 0,
  };
}

/** The saved draft, or null when there is none or it cannot be read. */
export function loadDraft(key: string = DRAFT_STORAGE_KEY): ProvisionDraft | null {
  const storageKey = draftStorageKey(key);
  try {
    const text = storageKey && sessionStorage.getItem(storageKey);
    if (!text) return null;
    return readDraft(JSON.parse(text));
  } catch {
    // Storage blocked by the browser, text that is not JSON, or not the draft's shape.
    return null;
  }
}

/**
 * Whether this tab holds a saved draft of either wizard, whoever's it is: a page that opens on
 * one shows it, so the prerendered empty form cannot be hydrated (src/app/entry-page-start.ts).
 */
export function anyDraftInThisTab(): boolean {
  try {
    for (let index = 0; index < sessionStorage.length; index += 1) {
      const key = sessionStorage.key(index) ?? '';
      if (key.startsWith(DRAFT_STORAGE_KEY) || key.startsWith(SIGNUP_DRAFT_STORAGE_KEY))
        return true;
    }
  } catch {
    // Storage blocked: no draft can be restored either.
  }
  return false;
}

/** Saves the draft; false when the browser refused (storage full or blocked). */
export function saveDraft(
  form: ProvisionCustomerForm,
  step: WizardStepId,
  key: string = DRAFT_STORAGE_KEY,
): boolean {
  const storageKey = draftStorageKey(key);
  // Signed out: a wizard unmounting must not write the last person's answers back.
  if (storageKey === null) return false;
  try {
    const draft: ProvisionDraft = { form, step, savedAt: Date.now() };
    sessionStorage.setItem(storageKey, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the form holds something the person typed. A draft can exist with no answers at
 * all: "Created by" is filled from the session as soon as the wizard opens.
 */
export function formHasAnswers(form: ProvisionCustomerForm): boolean {
  const answers = ({ customer, addresses, contacts }: ProvisionCustomerForm) =>
    JSON.stringify({ customer, addresses, contacts });
  return answers(form) !== answers(defaultProvisionCustomerForm());
}

/** True when the saved draft holds something the person typed. */
export function draftHasAnswers(key: string = DRAFT_STORAGE_KEY): boolean {
  const draft = loadDraft(key);
  return draft !== null && formHasAnswers(draft.form);
}

export function clearDraft(key: string = DRAFT_STORAGE_KEY): void {
  keysInMemory.delete(key);
  try {
    sessionStorage.removeItem(draftStorageKey(key)!);
    sessionStorage.removeItem(submissionKeyStorageKey(key));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

// Where storage is blocked, the key lives as long as the page.
const keysInMemory = new Map<string, string>();

export function submissionKeyStorageKey(draftKey: string): string {
  return `${draftStorageKey(draftKey)}.idempotency-key`;
}

/**
 * The Idempotency-Key of the customer this draft is: made on the first submit, kept beside
 * the draft (so Retry, a reload or a sign-in in between send the same key), and forgotten with
 * the draft (Start over, Start another), so the next customer gets a new one.
 */
export function submissionKeyFor(draftKey: string = DRAFT_STORAGE_KEY): string {
  const storageKey = submissionKeyStorageKey(draftKey);
  try {
    const saved = sessionStorage.getItem(storageKey);
    if (saved) return saved;
    const made = crypto.randomUUID();
    sessionStorage.setItem(storageKey, made);
    return made;
  } catch {
    const made = keysInMemory.get(draftKey) ?? crypto.randomUUID();
    keysInMemory.set(draftKey, made);
    return made;
  }
}

/**
 * Sign out: every staff draft and its Idempotency-Key leave this browser (sessionStorage,
 * localStorage, memory), whoever's they were; the server keeps each person's own.
 */
export function forgetStaffDrafts(): void {
  owner = null;
  keysInMemory.delete(DRAFT_STORAGE_KEY);
  for (const storage of [sessionStorage, localStorage]) {
    try {
      for (const key of Object.keys(storage)) {
        if (key.startsWith(DRAFT_STORAGE_KEY)) storage.removeItem(key);
      }
    } catch {
      // Storage blocked: there is nothing in it to clear.
    }
  }
}
