// How many keys a rep mid-call presses for a minimal customer by keyboard alone, from the
// moment Sign in lands on the wizard to the success page: the typed characters are the
// customer's data; the other presses (Tab, Enter, Space, arrows) are what the portal asks
// on top, and that figure must not creep back up.
//
// Non-typing presses for this path (98 typed characters): 49 before issue 13 (focus on the
// page body after signing in, Customer ID between the name and the email and four reference
// fields before Next on Company, Submit only after every Change link and Back on Review);
// 40 after it: focus on Customer name after signing in, the five optional references behind
// one closed "References" button after the required answers, "Submit now" one Tab below
// the Review heading. Company 15 -> 10, Review 6 -> 2; Addresses (13) and Contacts (15)
// unchanged.
import type { Page } from '@playwright/test';
import { test, staffTest, expect, expectNoAxeViolations, demoSales } from './fixtures.ts';
import { KeyPressCounter } from './key-press-counter.ts';
import {
  addressGroup,
  button,
  choiceListsLoaded,
  contactGroup,
  openWizard,
  stepHeading,
  tabTo,
  theAcceptedBody,
  validDraftForm,
} from './wizard-helpers.ts';

// 40 before the Addresses and Contacts copy buttons (issue 13) added three Tab stops on this path.
const MAX_NON_TYPING_PRESSES = 43;

test('a minimal customer by keyboard alone takes few presses beyond the typing', async ({
  page,
  fake,
}) => {
  // Signing in, by keyboard too, is not counted: it is the same for every customer.
  await withoutServerDraft(page);
  await page.goto('/sign-in');
  await signInByKeyboard(page);
  await expect(stepHeading(page, 'Company')).toBeVisible();
  await choiceListsLoaded(page);

  const keys = new KeyPressCounter(page);

  // Company: the required answers; a native select picks a choice by its first letter.
  await keys.tabTo(page.getByLabel('Customer name', { exact: true }));
  await keys.type('Harbor Freight Co');
  await keys.tabTo(page.getByLabel('Email', { exact: true }));
  await keys.type('ops@harbor.example');
  await keys.tabTo(page.getByLabel('Phone', { exact: true }));
  await keys.type('8435550142');
  await keys.tabTo(page.getByLabel('Service level', { exact: true }));
  await keys.press('S');
  await keys.tabTo(page.getByLabel('Pricing tier', { exact: true }));
  await keys.press('P');
  await keys.tabTo(page.getByLabel('Customer status', { exact: true }));
  await keys.press('A');
  await keys.tabTo(button(page, 'Next'));
  await keys.press('Enter');
  await expect(stepHeading(page, 'Addresses')).toBeFocused();

  // Addresses: one address, the primary one from the start.
  const address = addressGroup(page, 1);
  await keys.tabTo(address.getByLabel('Street', { exact: true }));
  await keys.type('12 Bay St');
  await keys.tabTo(address.getByLabel('City', { exact: true }));
  await keys.type('Charleston');
  await keys.tabTo(address.getByLabel('State', { exact: true }));
  await keys.press('S'); // the first state starting with S: South Carolina
  await keys.tabTo(address.getByLabel('Postal code', { exact: true }));
  await keys.type('29401');
  await keys.tabTo(button(page, 'Next'));
  await keys.press('Enter');
  await expect(stepHeading(page, 'Contacts')).toBeFocused();

  // Contacts: one contact, the Primary of a fresh form.
  const contact = contactGroup(page, 1);
  await keys.tabTo(contact.getByLabel('First name', { exact: true }));
  await keys.type('Ana');
  await keys.tabTo(contact.getByLabel('Last name', { exact: true }));
  await keys.type('Diaz');
  await keys.tabTo(contact.getByLabel('Email', { exact: true }));
  await keys.type('ana@harbor.example');
  await keys.tabTo(button(page, 'Next'));
  await keys.press('Enter');
  await expect(stepHeading(page, 'Review')).toBeFocused();
  // The Review step's answers arrive with its (lazily loaded) part: wait, as a person would.
  await expect(page.getByRole('region', { name: 'Company details' })).toBeVisible();

  // Review: the first Submit in reach.
  await keys.tabTo(page.getByRole('button', { name: /^Submit( now)?$/ }).first());
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Customer submitted' })).toBeFocused();

  const body = await theAcceptedBody(fake);
  expect(body.customer).toMatchObject({
    customerName: 'Harbor Freight Co',
    email: 'ops@harbor.example',
    phone: '+18435550142',
    serviceLevelId: 2, // Standard
    typePricingTierId: 2, // Partner
    typeCustomerStatusId: 1, // Active
    cityStateZip: 'Charleston, SC 29401',
  });
  expect(body.contacts).toMatchObject([{ firstName: 'Ana', lastName: 'Diaz', roles: ['Primary'] }]);
  const counts = keys.counts();
  console.log(`key presses: ${JSON.stringify(counts)}`);
  expect(counts.nonTyping, counts.nonTypingKeys.join(' ')).toBeLessThanOrEqual(
    MAX_NON_TYPING_PRESSES,
  );
});

/** Starts demo.sales without a server draft: an earlier test's would be restored on sign-in. */
async function withoutServerDraft(page: Page): Promise<void> {
  const headers = { 'X-Net3-Portal': '1' };
  await page.request.post('/api/session', { headers, data: demoSales });
  expect((await page.request.delete('/api/draft', { headers })).status()).toBe(204);
  await page.context().clearCookies();
}

async function signInByKeyboard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in' })).toBeFocused();
  await tabTo(page, page.getByLabel('Username', { exact: true }));
  await page.keyboard.type(demoSales.userName);
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(demoSales.password);
  await page.keyboard.press('Enter');
}

test('after signing in, the first key typed goes into Customer name', async ({ page }) => {
  await withoutServerDraft(page);
  await page.goto('/sign-in');
  await signInByKeyboard(page);

  const customerName = page.getByLabel('Customer name', { exact: true });
  await expect(customerName).toBeFocused();
  await page.keyboard.type('Harbor');
  await expect(customerName).toHaveValue('Harbor');
  await expectNoAxeViolations(page, 'the Company step after signing in');
});

test('signing in to finish a customer on Review lands on its heading, Submit now one Tab away', async ({
  page,
}) => {
  await withoutServerDraft(page);
  await page.goto('/healthz');
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
    `net3-portal:provision-draft:v1:${demoSales.userName}`,
    JSON.stringify({ step: 'review', form: validDraftForm(), savedAt: Date.now() }),
  ] as const);
  await page.goto('/sign-in?return=review');
  await signInByKeyboard(page);

  await expect(stepHeading(page, 'Review')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(page, 'Submit now')).toBeFocused();
});

staffTest(
  'opening the wizard without signing in just now leaves focus alone',
  async ({ staffPage: page }) => {
    await openWizard(page);
    await choiceListsLoaded(page);
    // A page load: a screen-reader user starts at the top of the page, not inside a field.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Nor does a later render move it: typing a character re-renders the step.
    await page.getByLabel('Email', { exact: true }).focus();
    await page.keyboard.type('o');
    await expect(page.getByLabel('Email', { exact: true })).toBeFocused();
  },
);
