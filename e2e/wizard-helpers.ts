// Helpers for the staff wizard's e2e specs: open the wizard (fresh or from a saved draft),
// fill each step by its labels, move between steps, reach fields by keyboard alone, and
// read what the fake Net3 API received. Everything is found by role and label, as a
// person (or a screen reader) finds it. The draft a spec starts from is the unit tests'
// example customer (src/provisioning/form/example-form.ts), so there is one example.
import type { Locator, Page } from '@playwright/test';
import { exampleProvisionCustomerForm } from '../src/provisioning/form/example-form.ts';
import type { ProvisionCustomerForm } from '../src/provisioning/form/form-model.ts';
import { expect, type FakeNet3, type FakeNet3Request } from './fixtures.ts';

export type StepName = 'Company' | 'Addresses' | 'Contacts' | 'Review';

/** The Roles checkboxes' labels, in the order the Contacts step shows them. */
export const roleLabels = [
  'Primary',
  'Technical',
  'Billing',
  'Reseller',
  'Sales',
  'Contract signatory',
] as const;
export type RoleLabel = (typeof roleLabels)[number];

/** The Company step's answers; the three choices by the names config/choice-lists.json gives. */
export type CompanyAnswers = {
  customerName: string;
  customerId?: string;
  email: string;
  phone: string;
  extension?: string;
  serviceLevel: string;
  pricingTier: string;
  customerStatus: string;
  isReseller?: boolean;
  parentCompanyId?: string;
  localId?: string;
  n3TLoginsCompanyId?: string;
  salesContact?: string;
};

/** One address; `state` is the USPS code (the State list's option value). */
export type AddressAnswers = {
  street: string;
  city: string;
  state: string;
  postalCode: string;
  telephone?: string;
  extension?: string;
  email?: string;
  notes?: string;
  primary: boolean;
};

export type ContactAnswers = {
  firstName: string;
  lastName: string;
  email: string;
  telephone?: string;
  roles: readonly RoleLabel[];
};

// --- Where things are -------------------------------------------------------------------

/** The step heading (h2), which also takes focus on every step change. */
export function stepHeading(page: Page, name: StepName): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

/** The error summary ("There is a problem") shown after a failed Next or server field errors. */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert', { name: 'There is a problem' });
}

export function addressGroup(page: Page, number: number): Locator {
  return page.getByRole('group', { name: `Address ${number}`, exact: true });
}

export function contactGroup(page: Page, number: number): Locator {
  return page.getByRole('group', { name: `Contact ${number}`, exact: true });
}

/** "Which is the primary address?", the radio group after the addresses. */
export function primaryAddressQuestion(page: Page): Locator {
  return page.getByRole('group', { name: 'Which is the primary address?', exact: true });
}

/** The radio that makes Address `number` the primary one ("Address 2: 200 Bay Rd, …"). */
export function primaryAddressRadio(page: Page, number: number): Locator {
  return primaryAddressQuestion(page).getByRole('radio', {
    name: new RegExp(`^Address ${number}(:|$)`),
  });
}

export function roleBox(contact: Locator, role: RoleLabel): Locator {
  return contact
    .getByRole('group', { name: 'Roles', exact: true })
    .getByRole('checkbox', { name: role, exact: true });
}

export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

// --- Opening the wizard -----------------------------------------------------------------

/** The wizard's form as its draft holds it; createdBy may be left out (the session fills it). */
export type DraftForm = Omit<ProvisionCustomerForm, 'createdBy'> &
  Partial<Pick<ProvisionCustomerForm, 'createdBy'>>;

type StepId = 'company' | 'addresses' | 'contacts' | 'review';

const stepNames: Record<StepId, StepName> = {
  company: 'Company',
  addresses: 'Addresses',
  contacts: 'Contacts',
  review: 'Review',
};

/** Something each step shows once its (lazily loaded) content is on screen. */
function stepContent(page: Page, step: StepId): Locator {
  if (step === 'company') return page.getByLabel('Customer name', { exact: true });
  if (step === 'addresses') return addressGroup(page, 1);
  if (step === 'contacts') return contactGroup(page, 1);
  return page.getByRole('region', { name: 'Company details' });
}

// The wizard's sessionStorage draft (src/provisioning/form/draft-storage.ts). Seeding it is
// the quick way to start a test on a later step; the full onboarding spec fills every step.
// A staff draft in the tab is the signed-in person's own: keyed by their user name (demo.sales,
// who staffPage signs in), and dated now, so it is newer than any server copy.
const draftStorageKey = (userName: string) => `net3-portal:provision-draft:v1:${userName}`;

/**
 * Opens the wizard on the Company step, or, given a draft, restored from it on `step`.
 * The draft is written from /healthz (same origin and tab, no wizard running that could
 * save over it), then the wizard is opened.
 */
export async function openWizard(
  page: Page,
  draft?: { step: StepId; form: DraftForm },
  /** Whose tab draft it is: the person signed in on `page`. */
  userName = 'demo.sales',
): Promise<void> {
  if (draft) {
    await page.goto('/healthz');
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
      draftStorageKey(userName),
      JSON.stringify({ ...draft, savedAt: Date.now() }),
    ] as const);
  }
  await page.goto('/');
  const step = draft?.step ?? 'company';
  await expect(stepHeading(page, stepNames[step])).toBeVisible();
  // Later steps load lazily: wait for the step's content, not only its heading.
  await expect(stepContent(page, step)).toBeVisible();
}

/** Waits until the Company step's choice lists (GET /api/choice-lists) have arrived. */
export async function choiceListsLoaded(page: Page): Promise<void> {
  await expect(
    page.getByLabel('Customer status', { exact: true }).getByRole('option', { name: 'Trial' }),
  ).toBeAttached();
}

// --- Filling steps by label -------------------------------------------------------------

// Optional answers left undefined are not touched: the fields start empty.

export async function fillCompany(page: Page, answers: CompanyAnswers): Promise<void> {
  const fill = async (label: string, value: string | undefined) => {
    if (value !== undefined) await page.getByLabel(label, { exact: true }).fill(value);
  };
  const choose = (label: string, option: string) =>
    page.getByLabel(label, { exact: true }).selectOption({ label: option });
  await fill('Customer name', answers.customerName);
  await fill('Email', answers.email);
  await fill('Phone', answers.phone);
  await fill('Extension (optional)', answers.extension);
  await choose('Service level', answers.serviceLevel);
  await choose('Pricing tier', answers.pricingTier);
  await choose('Customer status', answers.customerStatus);
  if (answers.isReseller !== undefined) {
    await page
      .getByRole('checkbox', { name: 'Reseller', exact: true })
      .setChecked(answers.isReseller);
  }
  // The optional references sit behind the closed "References" button.
  const { customerId, parentCompanyId, localId, n3TLoginsCompanyId, salesContact } = answers;
  if ([customerId, parentCompanyId, localId, n3TLoginsCompanyId, salesContact].some(Boolean)) {
    await openReferences(page);
  }
  await fill('Customer ID (optional)', answers.customerId);
  await fill('Parent company ID (optional)', answers.parentCompanyId);
  await fill('Local ID (optional)', answers.localId);
  await fill('N3T Logins company ID (optional)', answers.n3TLoginsCompanyId);
  await fill('Sales contact (optional)', answers.salesContact);
}

/** Opens the Company step's "References (optional)" section if it is closed. */
export async function openReferences(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'References (optional)', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Fills Address `number`; `primary: true` then chooses it as the primary address. */
export async function fillAddress(
  page: Page,
  number: number,
  answers: AddressAnswers,
): Promise<void> {
  const address = addressGroup(page, number);
  const fill = async (label: string, value: string | undefined) => {
    if (value !== undefined) await address.getByLabel(label, { exact: true }).fill(value);
  };
  await fill('Street', answers.street);
  await fill('City', answers.city);
  await address.getByLabel('State', { exact: true }).selectOption(answers.state);
  await fill('Postal code', answers.postalCode);
  await fill('Telephone (optional)', answers.telephone);
  await fill('Extension (optional)', answers.extension);
  await fill('Email (optional)', answers.email);
  await fill('Notes (optional)', answers.notes);
  // A radio cannot be un-chosen: another address's `primary: true` is what clears it.
  if (answers.primary) await primaryAddressRadio(page, number).check();
}

/** Fills a contact; `telephone: 'company'` presses "Use company phone" instead of typing. */
export async function fillContact(
  contact: Locator,
  answers: Omit<ContactAnswers, 'telephone'> & { telephone?: string | 'company' },
): Promise<void> {
  const field = (label: string) => contact.getByLabel(label, { exact: true });
  await field('First name').fill(answers.firstName);
  await field('Last name').fill(answers.lastName);
  await field('Email').fill(answers.email);
  if (answers.telephone === 'company') {
    await contact.getByRole('button', { name: /^Use company phone/ }).click();
  } else if (answers.telephone !== undefined) {
    await field('Telephone (optional)').fill(answers.telephone);
  }
  for (const role of roleLabels) {
    await roleBox(contact, role).setChecked(answers.roles.includes(role));
  }
}

/** Presses Next and waits for `expected` to be the step on screen. */
export async function next(page: Page, expected: StepName): Promise<void> {
  await button(page, 'Next').click();
  await expect(stepHeading(page, expected)).toBeFocused();
}

// --- Keyboard ---------------------------------------------------------------------------

/**
 * Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. Only the
 * keyboard moves focus: the check reads document.activeElement and touches nothing.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} did not receive focus within ${max} presses of Tab`);
}

// --- What the fake received -------------------------------------------------------------

/** Every POST /provisioning/customer the fake received, accepted or not. */
export async function provisionRequests(fake: FakeNet3): Promise<FakeNet3Request[]> {
  return (await fake.requests()).filter((r) => r.path === '/provisioning/customer');
}

/** The body of the one accepted provisioning request; fails unless there is exactly one. */
export async function theAcceptedBody(fake: FakeNet3): Promise<Record<string, unknown>> {
  const accepted = await fake.acceptedProvisionRequests();
  expect(accepted, 'exactly one accepted POST /provisioning/customer').toHaveLength(1);
  return accepted[0]!.body as Record<string, unknown>;
}

/** The portal's demo.sales session as createdBy (docs/demo-users.md). */
export const demoSalesCreatedBy = {
  userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
  username: 'demo.sales',
  email: 'demo.sales@net3.example',
  firstName: 'Demo',
  lastName: 'Sales',
};

// --- A valid draft to start later steps from --------------------------------------------

/**
 * The example customer (two addresses, three contacts, accented names and apostrophes), as
 * a draft. It leaves out createdBy: the portal fills that from the signed-in demo.sales.
 */
export function validDraftForm(overrides: { customerId?: string; email?: string } = {}): DraftForm {
  const { createdBy: _fromTheSession, ...form } = exampleProvisionCustomerForm();
  form.customer.customerId = overrides.customerId ?? form.customer.customerId;
  form.customer.email = overrides.email ?? form.customer.email;
  return form;
}
