// How many keys a rep mid-call presses for a minimal customer by keyboard alone, from the
// moment Sign in lands on the wizard to the success page: the typed characters are the
// customer's data; the other presses (Tab, Enter, Space, arrows) are what the portal asks
// on top, and that figure must not creep back up.
//
// Non-typing presses for this path (98 typed characters): 49 before issue 13 (Customer ID
// between the name and the email and four reference fields before Next on Company, Submit
// only after every Change link and Back on Review).
import { test, expect, demoSales } from './fixtures.ts';
import { KeyPressCounter } from './key-press-counter.ts';
import {
  addressGroup,
  button,
  choiceListsLoaded,
  contactGroup,
  stepHeading,
  theAcceptedBody,
} from './wizard-helpers.ts';

const MAX_NON_TYPING_PRESSES = 49;

test('a minimal customer by keyboard alone takes few presses beyond the typing', async ({
  page,
  fake,
}) => {
  // Signing in, by keyboard too, is not counted: it is the same for every customer.
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in' })).toBeFocused();
  const signIn = new KeyPressCounter(page);
  await signIn.tabTo(page.getByLabel('Username', { exact: true }));
  await signIn.type(demoSales.userName);
  await signIn.tabTo(page.getByLabel('Password', { exact: true }));
  await signIn.type(demoSales.password);
  await signIn.press('Enter');
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
  await keys.tabTo(button(page, 'Submit').first());
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
