// Staff sign-in end to end: the wizard is only for a signed-in staff member (the page sends
// anyone else to Sign in, and the portal's API refuses them), a wrong password gets one
// message, an onboarding after signing in through the page reaches Net3 with createdBy from
// the session whatever the browser sends, a session that ends mid-way loses nothing, and
// Sign out ends the session.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, demoSales, type FakeNet3 } from './fixtures.ts';
import { demoSalesCreatedBy } from './wizard-helpers.ts';
const WRONG_PASSWORD_MESSAGE = 'The username or password is not right. Check them and try again.';

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

async function signInThroughThePage(page: Page, password: string = demoSales.password) {
  await page.getByLabel('Username', { exact: true }).fill(demoSales.userName);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Fills every step with valid answers and stops on Review. */
async function fillOnboardingToReview(page: Page, customerName: string) {
  await expect(heading(page, 'Company')).toBeVisible();
  await expect(
    page.getByLabel('Customer status', { exact: true }).getByRole('option', { name: 'Trial' }),
  ).toBeAttached();
  await page.getByLabel('Customer name', { exact: true }).fill(customerName);
  await page.getByLabel('Email', { exact: true }).fill('ops@signed-in.example');
  await page.getByLabel('Phone', { exact: true }).fill('(803) 555-0100');
  await page.getByLabel('Service level', { exact: true }).selectOption({ label: 'Standard' });
  await page.getByLabel('Pricing tier', { exact: true }).selectOption({ label: 'Partner' });
  await page.getByLabel('Customer status', { exact: true }).selectOption({ label: 'Active' });
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(heading(page, 'Addresses')).toBeVisible();
  const address = page.getByRole('group', { name: 'Address 1', exact: true });
  await address.getByLabel('Street', { exact: true }).fill('200 Bay Rd');
  await address.getByLabel('City', { exact: true }).fill('Charleston');
  await address.getByLabel('State', { exact: true }).selectOption('SC');
  await address.getByLabel('Postal code', { exact: true }).fill('29401');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(heading(page, 'Contacts')).toBeVisible();
  const contact = page.getByRole('group', { name: 'Contact 1', exact: true });
  await contact.getByLabel('First name', { exact: true }).fill('Zoë');
  await contact.getByLabel('Last name', { exact: true }).fill("O'Brien");
  await contact.getByLabel('Email', { exact: true }).fill('zoe@signed-in.example');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(heading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Company details' })).toContainText(customerName);
}

async function acceptedBodies(fake: FakeNet3) {
  return (await fake.acceptedProvisionRequests()).map(
    (request) => request.body as { customer: { customerName: string }; createdBy: unknown },
  );
}

test('the wizard sends a person without a session to Sign in, and its API refuses them', async ({
  page,
  fake,
}) => {
  await page.goto('/?step=review');

  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?return=review$/);
  await expect(page).toHaveTitle('Sign in – Net3 Customer Portal');
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expect(page.getByLabel('Username', { exact: true })).toHaveAttribute(
    'autocomplete',
    'username',
  );
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
    'autocomplete',
    'current-password',
  );
  await expectNoAxeViolations(page, 'the Sign in page');

  const auth = await page.request.get('/api/auth');
  expect(auth.status()).toBe(401);
  expect((await auth.json()).responseStatus.errorCode).toBe('NotSignedIn');
  const provision = await page.request.post('/api/provisioning/customer', {
    headers: { 'X-Net3-Portal': '1' },
    data: { customer: { customerName: 'No Session LLC' } },
  });
  expect(provision.status()).toBe(401);
  expect(await fake.acceptedProvisionRequests()).toEqual([]);
});

test('a wrong password shows the one message in an error summary and keeps the username', async ({
  page,
}) => {
  await page.goto('/sign-in');

  await signInThroughThePage(page, 'not-the-password');

  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: WRONG_PASSWORD_MESSAGE })).toBeVisible();
  await expect(page).toHaveTitle('Error: Sign in – Net3 Customer Portal');
  await expect(page.getByLabel('Username', { exact: true })).toHaveValue(demoSales.userName);
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveValue('');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoAxeViolations(page, 'the Sign in page after a wrong password');

  // Empty fields are caught in the page, each with its own message.
  await page.getByLabel('Username', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter your username',
    'Enter your password',
  ]);
  await expectNoAxeViolations(page, 'the Sign in page with empty fields');
});

test('after signing in through the page, an onboarding reaches Net3 with createdBy from the session, whatever the browser sends', async ({
  page,
  fake,
}) => {
  await page.goto('/');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInThroughThePage(page);

  await expect(page).toHaveURL(/\/\?step=company$/);
  await expect(page.getByRole('banner')).toContainText('Signed in as Demo Sales');
  await fillOnboardingToReview(page, 'Signed In Onboarding LLC');
  const createdBy = page.getByRole('region', { name: 'Created by' });
  await expect(createdBy).toContainText('Demo Sales');
  await expect(createdBy).toContainText('demo.sales@net3.example');
  await expect(createdBy.getByRole('textbox')).toHaveCount(0);

  // A browser (or anyone with the session cookie) claiming to be someone else.
  await page.route('**/api/provisioning/customer', async (route) => {
    const body = route.request().postDataJSON() as Record<string, unknown>;
    await route.continue({
      postData: JSON.stringify({
        ...body,
        createdBy: { username: 'someone.else', userId: 'ffffffffffffffffffffffffffffffff' },
        requesterIP: '203.0.113.66',
      }),
    });
  });
  await page.getByRole('button', { name: 'Submit', exact: true }).click();

  await expect(heading(page, 'Customer submitted')).toBeVisible();
  const [body] = await acceptedBodies(fake);
  expect(body?.customer.customerName).toBe('Signed In Onboarding LLC');
  expect(body?.createdBy).toEqual(demoSalesCreatedBy);
  expect((body as { requesterIP?: string }).requesterIP).toBe('127.0.0.1');
});

test('a session that ends mid-way sends the person to sign in and back to Review with everything kept', async ({
  page,
  fake,
}) => {
  await page.goto('/sign-in');
  await signInThroughThePage(page);
  await fillOnboardingToReview(page, 'Session Ended LLC');

  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();

  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?return=review$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Your session has ended' }),
  ).toBeVisible();
  await signInThroughThePage(page);

  await expect(heading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Company details' })).toContainText(
    'Session Ended LLC',
  );
  await expect(page.getByRole('region', { name: 'Contacts' })).toContainText(
    'zoe@signed-in.example',
  );
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(heading(page, 'Customer submitted')).toBeVisible();
  expect((await acceptedBodies(fake)).map((body) => body.customer.customerName)).toEqual([
    'Session Ended LLC',
  ]);
});

test('Sign out ends the session and shows the Sign in page', async ({ page }) => {
  await page.goto('/sign-in');
  await signInThroughThePage(page);
  await expect(heading(page, 'Company')).toBeVisible();
  expect((await page.request.get('/api/auth')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();

  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: 'You have signed out' })).toBeVisible();
  await expect(page.getByText(/Signed in as/)).toHaveCount(0);
  expect((await page.request.get('/api/auth')).status()).toBe(401);
  await expectNoAxeViolations(page, 'the Sign in page after signing out');

  // Back to the wizard: still signed out, so Sign in again.
  await page.goBack();
  await expect(heading(page, 'Sign in')).toBeVisible();
});

test('Sign out everywhere, by keyboard, ends the session in every browser the person used', async ({
  page,
  browser,
}) => {
  const otherBrowser = await browser.newContext();
  try {
    const other = await otherBrowser.newPage();
    for (const each of [page, other]) {
      await each.goto('/sign-in');
      await signInThroughThePage(each);
      await expect(heading(each, 'Company')).toBeVisible();
    }

    const everywhere = page.getByRole('button', { name: 'Sign out everywhere', exact: true });
    await everywhere.focus();
    await page.keyboard.press('Enter');

    await expect(heading(page, 'Sign in')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'You have signed out on every browser' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the Sign in page after signing out everywhere');
    // The other browser still holds its cookie; the portal no longer honours it.
    expect((await other.request.get('/api/auth')).status()).toBe(401);
    await other.reload();
    await expect(heading(other, 'Sign in')).toBeVisible();
  } finally {
    await otherBrowser.close();
  }
});
