// A staff member onboards a whole customer through the wizard in the browser, and Net3 (the
// fake) receives every answer in its wire form: the company address from the primary
// address, phones in E.164, numbers as numbers, the GUID as 32 hex, roles as enum names,
// the request time, and what only the portal may stamp (requesterIP, createdBy).
import { staffTest as test, expect } from './fixtures.ts';
import {
  addressGroup,
  button,
  choiceListsLoaded,
  contactGroup,
  demoSalesCreatedBy,
  fillAddress,
  primaryAddressRadio,
  fillCompany,
  fillContact,
  next,
  openWizard,
  provisionRequests,
  stepHeading,
  theAcceptedBody,
  type AddressAnswers,
  type CompanyAnswers,
} from './wizard-helpers.ts';

const company: CompanyAnswers = {
  customerName: 'Acmé & Söhne, LLC',
  customerId: 'ACME-SOHNE_01',
  email: 'ops@acme-sohne.example',
  phone: '(803) 555-0100',
  extension: '204',
  serviceLevel: 'Premium', // id 3 in config/choice-lists.json
  pricingTier: 'Partner', // id 2
  customerStatus: 'Trial', // id 3
  isReseller: true,
  parentCompanyId: 'PARENT-42',
  localId: '12345',
  n3TLoginsCompanyId: '0123ABCD-4567-89AB-CDEF-0123456789AB',
  salesContact: "Zoë O'Brien",
};

const billingAddress: AddressAnswers = {
  street: "1 Rue de l'Église",
  city: 'Savannah',
  state: 'GA',
  postalCode: '31401',
  telephone: '912-555-0199',
  extension: '7',
  email: 'billing@acme-sohne.example',
  notes: 'Deliveries by the côté door',
  primary: false,
};

const headOffice: AddressAnswers = {
  street: '200 Meeting St, Suite 5',
  city: 'Columbia',
  state: 'SC',
  postalCode: '29201-1234',
  primary: true,
};

test('a staff member onboards a customer with two addresses and three contacts, and Net3 receives every answer', async ({
  staffPage: page,
  fake,
}) => {
  await openWizard(page);
  await expect(page).toHaveTitle('Company – Step 1 of 4 – Net3 Customer Portal');
  await choiceListsLoaded(page);
  await fillCompany(page, company);
  await next(page, 'Addresses');
  await expect(page.getByText('Step 2 of 4', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Addresses – Step 2 of 4 – Net3 Customer Portal');
  await expect(
    page.getByRole('status').filter({ hasText: 'Step 2 of 4: Addresses' }),
  ).toBeAttached();

  await fillAddress(page, 1, { ...billingAddress, primary: true });
  await button(page, 'Add address').click();
  await expect(addressGroup(page, 2).getByLabel('Street', { exact: true })).toBeFocused();
  await fillAddress(page, 2, headOffice);
  // Choosing Address 2 as primary un-chose Address 1.
  await expect(primaryAddressRadio(page, 1)).not.toBeChecked();
  await expect(primaryAddressRadio(page, 2)).toBeChecked();
  await next(page, 'Contacts');

  await fillContact(contactGroup(page, 1), {
    firstName: 'Zoë',
    lastName: "O'Brien",
    email: 'zoe.obrien@acme-sohne.example',
    telephone: 'company',
    roles: ['Primary', 'Billing'],
  });
  await expect(contactGroup(page, 1).getByLabel('Telephone (optional)')).toHaveValue(
    '(803) 555-0100',
  );
  await button(page, 'Add contact').click();
  await fillContact(contactGroup(page, 2), {
    firstName: 'José',
    lastName: 'Núñez',
    email: 'jose.nunez@acme-sohne.example',
    telephone: '+1 843 555 0142',
    roles: ['Contract signatory', 'Technical'],
  });
  await button(page, 'Add contact').click();
  await fillContact(contactGroup(page, 3), {
    firstName: 'Anne-Marie',
    lastName: "D'Arcy-Léger",
    email: 'anne-marie@acme-sohne.example',
    roles: ['Sales', 'Reseller'],
  });
  await next(page, 'Review');

  // Review shows the company address as it will be sent: from the primary address.
  const companyReview = page.getByRole('region', { name: 'Company details' });
  await expect(companyReview).toContainText('Acmé & Söhne, LLC');
  await expect(companyReview).toContainText('200 Meeting St, Suite 5');
  await expect(companyReview).toContainText('Columbia, SC 29201-1234');
  await expect(page.getByRole('region', { name: 'Contacts' })).toContainText(
    'Technical, Contract signatory',
  );

  const before = Date.now();
  await button(page, 'Submit').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Customer submitted' })).toBeFocused();
  const after = Date.now();

  const body = await theAcceptedBody(fake);
  expect(body.customer).toEqual({
    customerId: 'ACME-SOHNE_01',
    customerName: 'Acmé & Söhne, LLC',
    streetAddress: '200 Meeting St, Suite 5',
    cityStateZip: 'Columbia, SC 29201-1234',
    phone: '+18035550100',
    extension: '204',
    email: 'ops@acme-sohne.example',
    localId: 12345,
    serviceLevelId: 3,
    isReseller: true,
    parentCompanyId: 'PARENT-42',
    n3TLogins_CompanyId: '0123abcd456789abcdef0123456789ab',
    typeCustomerStatusId: 3,
    typePricingTierId: 2,
  });
  expect(body.salesContact).toBe("Zoë O'Brien");
  expect(body.addresses).toEqual([
    {
      street: "1 Rue de l'Église",
      city: 'Savannah',
      state: 'GA',
      postalCode: '31401',
      telephone: '+19125550199',
      extension: '7',
      email: 'billing@acme-sohne.example',
      notes: 'Deliveries by the côté door',
      primary: false,
    },
    {
      street: '200 Meeting St, Suite 5',
      city: 'Columbia',
      state: 'SC',
      postalCode: '29201-1234',
      telephone: '',
      extension: '',
      email: '',
      notes: '',
      primary: true,
    },
  ]);
  expect(body.contacts).toEqual([
    {
      firstName: 'Zoë',
      lastName: "O'Brien",
      email: 'zoe.obrien@acme-sohne.example',
      telephone: '+18035550100',
      roles: ['Primary', 'Billing'],
    },
    {
      firstName: 'José',
      lastName: 'Núñez',
      email: 'jose.nunez@acme-sohne.example',
      telephone: '+18435550142',
      roles: ['Technical', 'ContractSignatory'],
    },
    {
      firstName: 'Anne-Marie',
      lastName: "D'Arcy-Léger",
      email: 'anne-marie@acme-sohne.example',
      telephone: '',
      roles: ['Reseller', 'Sales'],
    },
  ]);
  // ServiceStack's date form, stamped by the browser as it submitted.
  const created = /^\/Date\((\d+)\)\/$/.exec(String(body.requestCreated));
  expect(created, `requestCreated ${String(body.requestCreated)}`).not.toBeNull();
  expect(Number(created![1])).toBeGreaterThanOrEqual(before - 5_000);
  expect(Number(created![1])).toBeLessThanOrEqual(after + 5_000);
  // Stamped by the portal's proxy, never taken from the browser.
  expect(body.requesterIP).toBe('127.0.0.1');
  expect(body.createdBy).toEqual(demoSalesCreatedBy);

  // The success page shows what Net3 returned.
  const main = page.getByRole('main');
  await expect(page).toHaveTitle('Customer submitted – Net3 Customer Portal');
  await expect(main).toContainText('Customer ID');
  await expect(main).toContainText('ACME-SOHNE_01');
  await expect(main).toContainText('N3T Logins company ID');
  // Dashed, as its input asked for it (Net3 answers the 32-hex form).
  await expect(main).toContainText('0123abcd-4567-89ab-cdef-0123456789ab');

  // "Start another" opens an empty wizard and sends nothing.
  await button(page, 'Start another').click();
  await expect(stepHeading(page, 'Company')).toBeFocused();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Service level', { exact: true })).toHaveValue('');
  expect(await provisionRequests(fake)).toHaveLength(1);
});
