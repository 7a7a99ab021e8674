// The public reseller signup end to end, on a phone-sized screen (320 × 640): the wizard
// with a reseller's fields only, a referral link, every step accessible in its normal and
// its error state with nothing scrolling sideways, and the portal's signup policy holding
// whatever the browser sends. The sixth signup from one address within the hour is refused
// with a clear message and nothing typed is lost (on a second portal with the real limit).
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { E2E_RATE_LIMITED_PORTAL_PORT, E2E_RATE_LIMITED_SIGNUPS } from './e2e-env.ts';

test.use({ viewport: { width: 320, height: 640 } });

const PHONE_WIDTH = 320;
const rateLimitedPortal = `http://127.0.0.1:${E2E_RATE_LIMITED_PORTAL_PORT}`;
// The portal's configured signup ids (server/config.ts defaults; the e2e portals set none).
const configuredIds = { serviceLevelId: 1, typePricingTierId: 1, typeCustomerStatusId: 2 };

type SignupBody = {
  customer: Record<string, unknown>;
  addresses?: Record<string, unknown>[];
  contacts?: Record<string, unknown>[];
  requesterIP?: string;
  [key: string]: unknown;
};

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

function next(page: Page) {
  return page.getByRole('button', { name: 'Next', exact: true }).click();
}

async function expectNoSidewaysScroll(page: Page, context: string) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, `page width on ${context}`).toBeLessThanOrEqual(PHONE_WIDTH);
}

/** axe and the 320 px check for the state on screen. */
async function checkPage(page: Page, context: string) {
  await expectNoAxeViolations(page, context);
  await expectNoSidewaysScroll(page, context);
}

/** Presses Next on the empty step, checks its error state, then fills it and moves on. */
async function checkEmptyStepErrors(page: Page, step: string) {
  await next(page);
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Error: ${step} – `));
  await checkPage(page, `the signup's ${step} step with errors`);
}

/** Fills every step through the UI (checking each in both states when asked) and stops on Review. */
async function fillSignupToReview(page: Page, customerName: string, check: boolean) {
  await expect(heading(page, 'Company')).toBeVisible();
  if (check) {
    await checkPage(page, "the signup's Company step");
    await checkEmptyStepErrors(page, 'Company');
  }
  await page.getByLabel('Your company name', { exact: true }).fill(customerName);
  await page.getByLabel('Email', { exact: true }).fill('hello@reseller.example');
  await page.getByLabel('Phone', { exact: true }).fill('(803) 555-0150');
  await next(page);

  await expect(heading(page, 'Addresses')).toBeVisible();
  const address = page.getByRole('group', { name: 'Address 1', exact: true });
  await expect(address).toBeVisible();
  if (check) {
    await checkPage(page, "the signup's Addresses step");
    await checkEmptyStepErrors(page, 'Addresses');
  }
  await address.getByLabel('Street', { exact: true }).fill('12 King St');
  await address.getByLabel('City', { exact: true }).fill('Charleston');
  await address.getByLabel('State', { exact: true }).selectOption('SC');
  await address.getByLabel('Postal code', { exact: true }).fill('29401');
  await next(page);

  await expect(heading(page, 'Contacts')).toBeVisible();
  const contact = page.getByRole('group', { name: 'Contact 1', exact: true });
  await expect(contact).toBeVisible();
  if (check) {
    await checkPage(page, "the signup's Contacts step");
    await checkEmptyStepErrors(page, 'Contacts');
  }
  await contact.getByLabel('First name', { exact: true }).fill('Ana');
  await contact.getByLabel('Last name', { exact: true }).fill('Reyes');
  await contact.getByLabel('Email', { exact: true }).fill('ana@reseller.example');
  await next(page);

  await expect(heading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Company details' })).toContainText(customerName);
}

test('a reseller signs up on a 320 px phone; Net3 receives only what the signup policy allows, whatever the browser sends', async ({
  page,
  fake,
}) => {
  await page.goto('/signup?parent=partner-17');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Net3 reseller signup');
  await expect(page.getByText('Referred by a Net3 partner (partner-17)')).toBeVisible();
  for (const staffOnly of [
    'Service level',
    'Pricing tier',
    'Customer status',
    'Customer ID (optional)',
    'Local ID (optional)',
    'N3T Logins company ID (optional)',
    'Sales contact (optional)',
    'Parent company ID (optional)',
    'Reseller',
  ]) {
    await expect(page.getByLabel(staffOnly, { exact: true })).toHaveCount(0);
  }
  // Nor are the references there behind their closed button.
  await expect(page.getByRole('button', { name: 'References (optional)' })).toHaveCount(0);
  // The honeypot is in the form but out of reach: hidden, out of the tab order, no autofill.
  const honeypot = page.locator('input[name="website"]');
  const honeypotBox = page.locator('.visually-hidden[aria-hidden="true"]', { has: honeypot });
  expect((await honeypotBox.boundingBox())?.width).toBeLessThanOrEqual(1);
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await expect(honeypot).toHaveAttribute('autocomplete', 'off');

  await fillSignupToReview(page, 'Phone Sized Reseller LLC', true);
  await expect(page.getByRole('region', { name: 'Created by' })).toHaveCount(0);
  await checkPage(page, "the signup's Review step");

  // The browser asks for more than a public signup may have.
  await page.route('**/api/signup', async (route) => {
    const body = route.request().postDataJSON() as SignupBody;
    await route.continue({
      postData: JSON.stringify({
        ...body,
        customer: {
          ...body.customer,
          serviceLevelId: 99,
          typePricingTierId: 99,
          typeCustomerStatusId: 99,
          isReseller: false,
          customerId: 'FORGED-1',
        },
        discountPercent: 100,
        requesterIP: '203.0.113.9',
        createdBy: { username: 'someone.else' },
      }),
    });
  });
  // Net3 fails once: the Review step's error state, and Retry.
  await fake.queueFault({ status: 503, route: '/provisioning/customer', times: 1 });
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'Your signup was not sent' });
  await expect(problem).toBeFocused();
  await checkPage(page, "the signup's Review step after a failed submit");
  await problem.getByRole('button', { name: 'Retry' }).click();

  await expect(heading(page, 'Thanks — your signup was received')).toBeVisible();
  await expect(page.getByText('ana@reseller.example')).toBeVisible();
  await checkPage(page, "the signup's success page");

  const accepted = await fake.acceptedProvisionRequests();
  expect(accepted).toHaveLength(1);
  const body = accepted[0]?.body as SignupBody;
  expect(body.customer).toEqual({
    customerName: 'Phone Sized Reseller LLC',
    email: 'hello@reseller.example',
    phone: '+18035550150',
    extension: '',
    parentCompanyId: 'partner-17',
    streetAddress: '12 King St',
    cityStateZip: 'Charleston, SC 29401',
    isReseller: true,
    ...configuredIds,
  });
  expect(body.requesterIP).toBe('127.0.0.1');
  expect(Object.keys(body).sort()).toEqual([
    'addresses',
    'contacts',
    'customer',
    'requestCreated',
    'requesterIP',
  ]);
  expect(body.contacts).toEqual([
    {
      firstName: 'Ana',
      lastName: 'Reyes',
      email: 'ana@reseller.example',
      telephone: '',
      roles: ['Primary'],
    },
  ]);
});

test('the sixth signup from one address within the hour is refused with a clear message, and the form is kept', async ({
  page,
  fake,
}) => {
  // Five signups from this address (127.0.0.1) use up the hour's limit.
  for (let count = 1; count <= E2E_RATE_LIMITED_SIGNUPS; count += 1) {
    const response = await page.request.post(`${rateLimitedPortal}/api/signup`, {
      headers: { 'X-Net3-Portal': '1' },
      data: { customer: { customerName: `Earlier Reseller ${count}` } },
    });
    expect(response.status(), `signup ${count}`).toBe(200);
  }

  await page.goto(`${rateLimitedPortal}/signup`);
  await fillSignupToReview(page, 'Sixth Reseller LLC', false);
  await page.getByRole('button', { name: 'Submit', exact: true }).click();

  const problem = page.getByRole('alert').filter({ hasText: 'Your signup was not sent' });
  await expect(problem).toBeFocused();
  await expect(problem).toContainText(
    /Too many signups from your network\. Try again in \d+ minutes?\. What you entered is still here\./,
  );
  await expect(problem.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Company details' })).toContainText(
    'Sixth Reseller LLC',
  );
  await checkPage(page, "the signup's Review step after too many signups");

  // Kept across a reload too: the draft brings everything back.
  await page.reload();
  await expect(heading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contacts' })).toContainText(
    'ana@reseller.example',
  );
  const received = (await fake.acceptedProvisionRequests()).map(
    (request) => (request.body as SignupBody).customer.customerName,
  );
  expect(received).not.toContain('Sixth Reseller LLC');
  expect(received).toHaveLength(E2E_RATE_LIMITED_SIGNUPS);
});
