// The whole wizard by keyboard alone: Tab and Shift+Tab to move, typing into fields and
// native selects, Space for checkboxes, arrow keys for radios, Enter on buttons. No mouse
// click anywhere.
import { staffTest as test, expect } from './fixtures.ts';
import {
  addressGroup,
  button,
  choiceListsLoaded,
  contactGroup,
  openWizard,
  primaryAddressRadio,
  roleBox,
  stepHeading,
  tabTo,
  theAcceptedBody,
} from './wizard-helpers.ts';

test('a staff member completes the whole wizard by keyboard alone', async ({
  staffPage: page,
  fake,
}) => {
  const keyboard = page.keyboard;
  await openWizard(page);
  await choiceListsLoaded(page);

  // Company. Email first, then Shift+Tab back up to the name.
  await tabTo(page, page.getByLabel('Email', { exact: true }));
  await keyboard.type('ops@acme-sohne.example');
  await tabTo(page, page.getByLabel('Customer name', { exact: true }), { backwards: true });
  await keyboard.type('Acmé & Söhne, LLC');
  await tabTo(page, page.getByLabel('Phone', { exact: true }));
  await keyboard.type('(803) 555-0100');
  // Typing a choice's first letter picks it in a native select.
  const serviceLevel = page.getByLabel('Service level', { exact: true });
  await tabTo(page, serviceLevel);
  await keyboard.type('P');
  await expect(serviceLevel).toHaveValue('3'); // Premium
  const pricingTier = page.getByLabel('Pricing tier', { exact: true });
  await tabTo(page, pricingTier);
  await keyboard.type('V');
  await expect(pricingTier).toHaveValue('3'); // Volume
  const customerStatus = page.getByLabel('Customer status', { exact: true });
  await tabTo(page, customerStatus);
  await keyboard.press('ArrowDown');
  await expect(customerStatus).toHaveValue('1'); // Active
  const reseller = page.getByRole('checkbox', { name: 'Reseller' });
  await tabTo(page, reseller);
  await keyboard.press('Space');
  await expect(reseller).toBeChecked();
  await tabTo(page, button(page, 'Next'));
  await keyboard.press('Enter');
  await expect(stepHeading(page, 'Addresses')).toBeFocused();

  // Addresses: fill the first, add a second and make it the primary one.
  const first = addressGroup(page, 1);
  await tabTo(page, first.getByLabel('Street', { exact: true }));
  await keyboard.type("1 Rue de l'Église");
  await tabTo(page, first.getByLabel('City', { exact: true }));
  await keyboard.type('Savannah');
  const firstState = first.getByLabel('State', { exact: true });
  await tabTo(page, firstState);
  await keyboard.type('G');
  await expect(firstState).toHaveValue('GA');
  await tabTo(page, first.getByLabel('Postal code', { exact: true }));
  await keyboard.type('31401');
  await tabTo(page, button(page, 'Add address'));
  await keyboard.press('Enter');
  const second = addressGroup(page, 2);
  // Adding an address moves focus to its first field.
  await expect(second.getByLabel('Street', { exact: true })).toBeFocused();
  await keyboard.type('200 Meeting St');
  await tabTo(page, second.getByLabel('City', { exact: true }));
  await keyboard.type('Columbia');
  const secondState = second.getByLabel('State', { exact: true });
  await tabTo(page, secondState);
  await keyboard.type('S'); // the first state starting with S: South Carolina
  await expect(secondState).toHaveValue('SC');
  await tabTo(page, second.getByLabel('Postal code', { exact: true }));
  await keyboard.type('29201');
  // "Which is the primary address?": Tab reaches the chosen radio, an arrow moves the choice.
  await tabTo(page, primaryAddressRadio(page, 1));
  await keyboard.press('ArrowDown');
  await expect(primaryAddressRadio(page, 2)).toBeChecked();
  await expect(primaryAddressRadio(page, 2)).toBeFocused();
  await expect(primaryAddressRadio(page, 1)).not.toBeChecked();
  await tabTo(page, button(page, 'Next'));
  await keyboard.press('Enter');
  await expect(stepHeading(page, 'Contacts')).toBeFocused();

  // Contacts: one contact, Primary already ticked; add Technical.
  const contact = contactGroup(page, 1);
  await tabTo(page, contact.getByLabel('First name', { exact: true }));
  await keyboard.type('Zoë');
  await tabTo(page, contact.getByLabel('Last name', { exact: true }));
  await keyboard.type("O'Brien");
  await tabTo(page, contact.getByLabel('Email', { exact: true }));
  await keyboard.type('zoe@acme-sohne.example');
  await tabTo(page, contact.getByRole('button', { name: /^Use company phone/ }));
  await keyboard.press('Enter');
  await expect(contact.getByLabel('Telephone (optional)')).toHaveValue('(803) 555-0100');
  await tabTo(page, roleBox(contact, 'Technical'));
  await keyboard.press('Space');
  await expect(roleBox(contact, 'Technical')).toBeChecked();
  await tabTo(page, button(page, 'Next'));
  await keyboard.press('Enter');
  await expect(stepHeading(page, 'Review')).toBeFocused();

  // Review: Submit.
  await tabTo(page, button(page, 'Submit'), { max: 60 });
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Customer submitted' })).toBeFocused();

  const body = await theAcceptedBody(fake);
  expect(body.customer).toMatchObject({
    customerName: 'Acmé & Söhne, LLC',
    email: 'ops@acme-sohne.example',
    phone: '+18035550100',
    serviceLevelId: 3,
    typePricingTierId: 3,
    typeCustomerStatusId: 1,
    isReseller: true,
    streetAddress: '200 Meeting St',
    cityStateZip: 'Columbia, SC 29201',
  });
  expect(body.addresses).toMatchObject([
    {
      street: "1 Rue de l'Église",
      city: 'Savannah',
      state: 'GA',
      postalCode: '31401',
      primary: false,
    },
    { street: '200 Meeting St', city: 'Columbia', state: 'SC', postalCode: '29201', primary: true },
  ]);
  expect(body.contacts).toEqual([
    {
      firstName: 'Zoë',
      lastName: "O'Brien",
      email: 'zoe@acme-sohne.example',
      telephone: '+18035550100',
      roles: ['Primary', 'Technical'],
    },
  ]);
});
