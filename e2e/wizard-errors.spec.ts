// What the person sees when a submission fails, and that each submission creates exactly
// one request: server field errors lead to their field, a 5xx or a lost connection offers
// Retry (which sends the same request once), a 409 explains the conflict, a 401 from Net3
// says the portal is not authorised, and a double click or Enter twice sends one request.
import type { Page } from '@playwright/test';
import { staffTest as test, expect } from './fixtures.ts';
import {
  button,
  contactGroup,
  errorSummary,
  openWizard,
  provisionRequests,
  stepHeading,
  theAcceptedBody,
  validDraftForm,
} from './wizard-helpers.ts';

const submitted = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Customer submitted' });

/** The alert the Review step shows when a submission fails for a reason other than fields. */
const submitProblem = (page: Page, title: string) =>
  page.getByRole('alert').filter({ has: page.getByText(title, { exact: true }) });

/** The example customer every test here submits (wizard-helpers.ts). */
const draft = validDraftForm();

async function openReview(page: Page) {
  await openWizard(page, { step: 'review', form: draft });
}

/** The Review step still shows the answers after a failure: nothing was lost. */
async function expectAnswersKept(page: Page) {
  await expect(page.getByRole('region', { name: 'Company details' })).toContainText(
    draft.customer.customerName,
  );
  await expect(page.getByRole('region', { name: 'Contacts' })).toContainText(
    draft.contacts[1]!.firstName,
  );
}

test("a 400 field error from Net3 opens the Contacts step at contact 2's Email, with the error summary", async ({
  staffPage: page,
  fake,
}) => {
  const message = "'Email' is not a valid email address.";
  await fake.queueFault({
    route: '/provisioning/customer',
    status: 400,
    body: {
      responseStatus: {
        errorCode: 'Email',
        message,
        errors: [{ errorCode: 'Email', fieldName: 'Contacts[1].Email', message, meta: {} }],
      },
    },
  });
  await openReview(page);
  await button(page, 'Submit').click();

  await expect(stepHeading(page, 'Contacts')).toBeVisible();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Contacts – Step 3 of 4/);
  const email = contactGroup(page, 2).getByLabel('Email', { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(`Error: ${message}`);
  await expect(contactGroup(page, 1).getByLabel('Email', { exact: true })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  const link = summary.getByRole('link', { name: `Contact 2: ${message}` });
  await link.click();
  await expect(email).toBeFocused();
  await expect(email).toHaveValue(draft.contacts[1]!.email);

  // Correcting the field clears the server's message; Next returns straight to Review.
  await email.fill('jose.nunez@acme.example');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);
  await button(page, 'Next').click();
  await expect(stepHeading(page, 'Review')).toBeFocused();
  await button(page, 'Submit').click();
  await expect(submitted(page)).toBeFocused();
  const body = await theAcceptedBody(fake);
  expect((body.contacts as { email: string }[])[1]?.email).toBe('jose.nunez@acme.example');
});

test('a 500 offers Retry, and Retry sends the same request once', async ({
  staffPage: page,
  fake,
}) => {
  await fake.queueFault({
    route: '/provisioning/customer',
    status: 500,
    body: { responseStatus: { errorCode: 'Exception', message: 'Database timeout' } },
  });
  await openReview(page);
  await button(page, 'Submit').click();

  const problem = submitProblem(page, 'The customer was not submitted');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('The portal hit a problem on its side (error 500).');
  await expectAnswersKept(page);
  await problem.getByRole('button', { name: 'Retry' }).click();
  await expect(submitted(page)).toBeFocused();

  const requests = await provisionRequests(fake);
  expect(requests.map((r) => r.accepted)).toEqual([false, true]);
  expect(requests[1]!.body).toEqual(requests[0]!.body);
});

test('double-clicking Submit sends one request', async ({ staffPage: page, fake }) => {
  // Net3 answers slowly, so the second click lands while the first request is in flight.
  await fake.queueFault({ route: '/provisioning/customer', delayMs: 1500 });
  await openReview(page);
  await button(page, 'Submit').dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Submitting…' })).toBeVisible();
  await expect(button(page, 'Submit')).toHaveAttribute('aria-disabled', 'true');
  await expect(submitted(page)).toBeFocused();
  expect(await provisionRequests(fake)).toHaveLength(1);
});

test('pressing Enter twice on Submit sends one request', async ({ staffPage: page, fake }) => {
  await fake.queueFault({ route: '/provisioning/customer', delayMs: 1500 });
  await openReview(page);
  await button(page, 'Submit').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(submitted(page)).toBeFocused();
  expect(await provisionRequests(fake)).toHaveLength(1);
});

test("a 409 shows Net3's conflict message, offers no Retry, and keeps the answers to correct", async ({
  staffPage: page,
  fake,
}) => {
  // Net3 already has a customer with this Customer ID.
  const earlier = await page.request.post('/api/provisioning/customer', {
    headers: { 'X-Net3-Portal': '1' },
    data: {
      customer: {
        customerId: draft.customer.customerId,
        customerName: 'Earlier',
        email: 'e@x.example',
      },
    },
  });
  expect(earlier.status()).toBe(200);
  await openReview(page);
  await button(page, 'Submit').click();

  const problem = submitProblem(page, 'Net3 already has this customer');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('A customer with this Customer ID already exists.');
  await expect(problem.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expectAnswersKept(page);

  // Change the Customer ID and submit again.
  await page.getByRole('link', { name: 'Change company details' }).click();
  const customerId = page.getByLabel('Customer ID (optional)');
  await expect(customerId).toHaveValue(draft.customer.customerId);
  await customerId.fill('ACME-002');
  await button(page, 'Next').click();
  await expect(stepHeading(page, 'Review')).toBeFocused();
  await button(page, 'Submit').click();
  await expect(submitted(page)).toBeFocused();
  const accepted = await fake.acceptedProvisionRequests();
  expect(
    accepted.map((r) => (r.body as { customer: { customerId: string } }).customer.customerId),
  ).toEqual([draft.customer.customerId, 'ACME-002']);
});

test('a 401 from Net3 (the portal key refused) says the portal is not authorised', async ({
  staffPage: page,
  fake,
}) => {
  await fake.queueFault({
    route: '/provisioning/customer',
    status: 401,
    body: { responseStatus: { errorCode: 'Unauthorized', message: 'Invalid API key' } },
  });
  await openReview(page);
  await button(page, 'Submit').click();

  const problem = submitProblem(page, 'Not authorised');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText(
    'The portal is not authorised to submit to Net3. Contact an administrator.',
  );
  await expect(problem.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expectAnswersKept(page);
  expect(await fake.acceptedProvisionRequests()).toEqual([]);
});

test('a lost connection offers Retry, keeps the answers, and Retry creates exactly one customer', async ({
  staffPage: page,
  fake,
}) => {
  // Net3 drops the connection behind the portal's proxy.
  await fake.queueFault({ route: '/provisioning/customer', dropConnection: true });
  await openReview(page);
  await button(page, 'Submit').click();
  const problem = submitProblem(page, 'The customer was not submitted');
  await expect(problem).toBeFocused();
  await expectAnswersKept(page);

  await expect(problem.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The draft survives too: a reload comes back to Review with every answer.
  await page.reload();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expectAnswersKept(page);

  // This time the browser cannot reach the portal at all; then the connection is back.
  await page.route('**/api/provisioning/customer', (route) => route.abort('internetdisconnected'));
  await button(page, 'Submit').click();
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Could not reach the portal');
  await page.unroute('**/api/provisioning/customer');
  await problem.getByRole('button', { name: 'Retry' }).click();
  await expect(submitted(page)).toBeFocused();

  const requests = await provisionRequests(fake);
  expect(requests.map((r) => r.accepted)).toEqual([false, true]);
});
