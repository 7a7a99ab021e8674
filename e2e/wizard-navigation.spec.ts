// Moving through the wizard never loses an answer: Back (the button and the browser's),
// Forward, and a reload all keep every value, list items and checkboxes included, and a
// reload lands on the step the person was on. After a successful submit, Back and reload
// never submit again.
import type { Page } from '@playwright/test';
import { staffTest as test, expect } from './fixtures.ts';
import {
  addressGroup,
  button,
  choiceListsLoaded,
  contactGroup,
  fillAddress,
  primaryAddressRadio,
  fillCompany,
  fillContact,
  next,
  openWizard,
  provisionRequests,
  roleBox,
  roleLabels,
  stepHeading,
  validDraftForm,
  type RoleLabel,
} from './wizard-helpers.ts';

async function fillCompanyStep(page: Page) {
  await choiceListsLoaded(page);
  await fillCompany(page, {
    customerName: 'Acmé & Söhne, LLC',
    email: 'ops@acme-sohne.example',
    phone: '(803) 555-0100',
    serviceLevel: 'Premium',
    pricingTier: 'Volume',
    customerStatus: 'Pending review',
    isReseller: true,
  });
}

async function expectCompanyKept(page: Page) {
  await expect(stepHeading(page, 'Company')).toBeVisible();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('Acmé & Söhne, LLC');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('ops@acme-sohne.example');
  await expect(page.getByLabel('Service level', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Pricing tier', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Customer status', { exact: true })).toHaveValue('2');
  await expect(page.getByRole('checkbox', { name: 'Reseller' })).toBeChecked();
}

async function fillAddressesStep(page: Page) {
  await fillAddress(page, 1, {
    street: "1 Rue de l'Église",
    city: 'Savannah',
    state: 'GA',
    postalCode: '31401',
    notes: 'Side door',
    primary: true,
  });
  await button(page, 'Add address').click();
  await fillAddress(page, 2, {
    street: '200 Meeting St',
    city: 'Columbia',
    state: 'SC',
    postalCode: '29201',
    primary: true,
  });
}

async function expectAddressesKept(page: Page) {
  await expect(stepHeading(page, 'Addresses')).toBeVisible();
  const first = addressGroup(page, 1);
  const second = addressGroup(page, 2);
  await expect(first.getByLabel('Street', { exact: true })).toHaveValue("1 Rue de l'Église");
  await expect(first.getByLabel('State', { exact: true })).toHaveValue('GA');
  await expect(first.getByLabel('Notes (optional)')).toHaveValue('Side door');
  await expect(primaryAddressRadio(page, 1)).not.toBeChecked();
  await expect(second.getByLabel('Street', { exact: true })).toHaveValue('200 Meeting St');
  await expect(second.getByLabel('Postal code', { exact: true })).toHaveValue('29201');
  await expect(primaryAddressRadio(page, 2)).toBeChecked();
}

const contacts = [
  {
    firstName: 'Zoë',
    lastName: "O'Brien",
    email: 'zoe@acme-sohne.example',
    roles: ['Primary', 'Sales'] as RoleLabel[],
  },
  {
    firstName: 'José',
    lastName: 'Núñez',
    email: 'jose@acme-sohne.example',
    roles: ['Technical', 'Contract signatory'] as RoleLabel[],
  },
];

async function fillContactsStep(page: Page) {
  await fillContact(contactGroup(page, 1), contacts[0]!);
  await button(page, 'Add contact').click();
  await fillContact(contactGroup(page, 2), contacts[1]!);
}

async function expectContactsKept(page: Page) {
  await expect(stepHeading(page, 'Contacts')).toBeVisible();
  for (const [index, answers] of contacts.entries()) {
    const contact = contactGroup(page, index + 1);
    await expect(contact.getByLabel('First name')).toHaveValue(answers.firstName);
    await expect(contact.getByLabel('Last name')).toHaveValue(answers.lastName);
    await expect(contact.getByLabel('Email', { exact: true })).toHaveValue(answers.email);
    for (const role of roleLabels) {
      const box = roleBox(contact, role);
      if (answers.roles.includes(role)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  }
  await expect(contactGroup(page, 3)).toHaveCount(0);
}

test("Back (the button and the browser's) keeps every answer, and going forward again keeps later steps", async ({
  staffPage: page,
}) => {
  await openWizard(page);
  await fillCompanyStep(page);
  await next(page, 'Addresses');
  await fillAddressesStep(page);
  await next(page, 'Contacts');
  await fillContactsStep(page);

  // The browser's Back and Forward.
  await page.goBack();
  await expect(stepHeading(page, 'Addresses')).toBeFocused();
  await expectAddressesKept(page);
  await page.goBack();
  await expectCompanyKept(page);
  await page.goForward();
  await expectAddressesKept(page);
  await page.goForward();
  await expectContactsKept(page);

  // The Back button, then Next again.
  await button(page, 'Back').click();
  await expect(stepHeading(page, 'Addresses')).toBeFocused();
  await expectAddressesKept(page);
  await button(page, 'Back').click();
  await expectCompanyKept(page);
  await next(page, 'Addresses');
  await expectAddressesKept(page);
  await next(page, 'Contacts');
  await expectContactsKept(page);
});

test('a reload restores the draft on the step the person was on, list items and roles included', async ({
  staffPage: page,
}) => {
  await openWizard(page);
  await fillCompanyStep(page);
  await page.reload();
  await expectCompanyKept(page);

  await next(page, 'Addresses');
  await fillAddressesStep(page);
  await page.reload();
  await expectAddressesKept(page);

  await next(page, 'Contacts');
  await fillContactsStep(page);
  // Reloaded straight after the last keystroke: nothing typed may be lost.
  await page.reload();
  await expectContactsKept(page);

  await button(page, 'Back').click();
  await expectAddressesKept(page);
  await button(page, 'Back').click();
  await expectCompanyKept(page);
});

test('after a successful submit, reload and Back never submit the customer again', async ({
  staffPage: page,
  fake,
}) => {
  await openWizard(page, { step: 'review', form: validDraftForm() });
  await button(page, 'Submit').click();
  const submitted = page.getByRole('heading', { level: 2, name: 'Customer submitted' });
  await expect(submitted).toBeFocused();

  await page.reload();
  await expect(submitted).toBeVisible();
  await page.goBack();
  // Back from the success page starts a new, empty customer.
  await expect(stepHeading(page, 'Company')).toBeVisible();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');

  expect(await provisionRequests(fake)).toHaveLength(1);
});
