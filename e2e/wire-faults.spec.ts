// Faults a person meets (issue 11, items 7-9): a Net3 answering in PascalCase JSON, a browser
// that is offline when Submit is pressed, and the reference a person can quote, which is the
// X-Request-Id the portal answered with.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, staffTest as test, expect, type FakeNet3 } from './fixtures.ts';
import {
  button,
  contactGroup,
  errorSummary,
  openWizard,
  provisionRequests,
  stepHeading,
  validDraftForm,
} from './wizard-helpers.ts';

const draft = validDraftForm();

const submitted = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Customer submitted' });

const submitProblem = (page: Page, title: string) =>
  page.getByRole('alert').filter({ has: page.getByText(title, { exact: true }) });

test('a PascalCase 400 from Net3 lands on its field like a camelCase one', async ({
  staffPage: page,
  fake,
}) => {
  const message = "'Email' is not a valid email address.";
  await fake.queueFault({
    route: '/provisioning/customer',
    status: 400,
    body: {
      ResponseStatus: {
        ErrorCode: 'Email',
        Message: message,
        Errors: [{ ErrorCode: 'Email', FieldName: 'Contacts[1].Email', Message: message }],
      },
    },
  });
  await openWizard(page, { step: 'review', form: draft });
  await button(page, 'Submit').click();

  await expect(stepHeading(page, 'Contacts')).toBeVisible();
  await expect(errorSummary(page)).toBeFocused();
  const email = contactGroup(page, 2).getByLabel('Email', { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(`Error: ${message}`);
  await expect(
    errorSummary(page).getByRole('link', { name: `Contact 2: ${message}` }),
  ).toBeVisible();
});

// The code Submit needs beyond the Review step (the rules, the server-error mapping), which the
// browser prefetches once the page is alive and runs on Submit.
const submitCodeParts = ['form-schema', 'server-error-paths'];
const submitCode = new RegExp(`/assets/(${submitCodeParts.join('|')})-[^/]*\\.js$`);

/** Offline, Submit is answered at once by a focused problem: nothing was sent. */
async function submitOffline(page: Page) {
  await page.context().setOffline(true);
  await button(page, 'Submit').click();
  const problem = submitProblem(page, 'The customer was not submitted');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('This device is offline, so nothing was sent.');
  await expect(page.getByText('Submitting…')).toHaveCount(0);
  return problem;
}

/** Retry, back online, sends the customer exactly once. */
async function retrySendsOnce(page: Page, fake: FakeNet3, problem: Locator) {
  await problem.getByRole('button', { name: 'Retry' }).click();
  await expect(submitted(page)).toBeFocused();
  const requests = await provisionRequests(fake);
  expect(requests.map((r) => r.accepted)).toEqual([true]);
}

test('offline, Submit says at once that nothing was sent; back online, Retry sends it once', async ({
  staffPage: page,
  fake,
}) => {
  // Here every prefetch has arrived before the device goes offline: nothing Submit needs is
  // then fetched (no asset request fails), and the fetch layer itself refuses the request.
  const prefetched = new Set<string>();
  const failedAssets: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.headers()['sec-purpose']?.includes('prefetch')) prefetched.add(request.url());
  });
  page.on('requestfailed', (request) => {
    if (request.url().includes('/assets/')) failedAssets.push(request.url());
  });
  await openWizard(page, { step: 'review', form: draft });
  const listed = await page.evaluate(
    () =>
      (JSON.parse(document.getElementById('net3-later-parts')?.textContent ?? '[]') as []).length,
  );
  await expect.poll(() => prefetched.size).toBe(listed);
  const problem = await submitOffline(page);
  expect(failedAssets).toEqual([]);
  await expect(page.getByRole('region', { name: 'Company details' })).toContainText(
    draft.customer.customerName,
  );
  await expectNoAxeViolations(page, 'the offline submit problem');

  // Back online: nothing goes by itself; the person presses Retry.
  await page.context().setOffline(false);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
  expect(await provisionRequests(fake)).toHaveLength(0);
  await expect(problem).toBeVisible();
  await retrySendsOnce(page, fake, problem);
});

test('offline before the submit code has loaded: Submit still says nothing was sent, and Retry once back online loads it and sends once', async ({
  staffPage: page,
  fake,
}) => {
  // Here that code cannot be fetched at all until the connection is back.
  let connected = false;
  await page.route(submitCode, (route) =>
    connected ? route.continue() : route.abort('internetdisconnected'),
  );
  await openWizard(page, { step: 'review', form: draft });
  const problem = await submitOffline(page);
  await expect(button(page, 'Submit')).toBeEnabled();

  await page.context().setOffline(false);
  connected = true;
  await retrySendsOnce(page, fake, problem);
});

// Next waits for two parts it may not have yet: the form rules, then the next step's code.
for (const [part, chunk] of [
  ['the form rules', 'form-schema'],
  ["the next step's code", 'addresses-step'],
] as const) {
  test(`offline before ${part} have loaded: Next says so at once and keeps the answers; back online, Next moves on`, async ({
    staffPage: page,
  }) => {
    let connected = false;
    await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), (route) =>
      connected ? route.continue() : route.abort('internetdisconnected'),
    );
    await openWizard(page, { step: 'company', form: draft });
    await page.context().setOffline(true);
    await button(page, 'Next').click();
    const problem = page.getByRole('alert').filter({ hasText: 'This device is offline' });
    await expect(problem).toHaveText(
      'This device is offline, so nothing was sent. What you entered is kept: when the connection is back, try again.',
    );
    await expect(stepHeading(page, 'Company')).toBeVisible();
    await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue(
      draft.customer.customerName,
    );
    await expect(button(page, 'Next')).not.toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(page, 'the offline Next problem');

    await page.context().setOffline(false);
    connected = true;
    await button(page, 'Next').click();
    await expect(stepHeading(page, 'Addresses')).toBeVisible();
    await expect(problem).toHaveCount(0);
  });
}

test("offline before the duplicate warning's code has loaded: typing a company name leaves the step as it is", async ({
  staffPage: page,
}) => {
  const problems: string[] = [];
  await page.route(/\/assets\/review-step-[^/]*\.js$/, (route) =>
    route.abort('internetdisconnected'),
  );
  await openWizard(page);
  await page.context().setOffline(true);
  await page.getByLabel('Customer name', { exact: true }).fill('Harbour Lights Ltd');
  page.on('console', (message) => {
    if (message.text().includes('review-step')) problems.push(message.text());
  });
  // The warning's code was asked for and could not come (its failure is logged)…
  await expect.poll(() => problems.length).toBeGreaterThan(0);
  // …and the step carries on without it, with what was typed.
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  await expect(stepHeading(page, 'Company')).toBeVisible();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('Harbour Lights Ltd');
});

test('a 500 says in words what happened and what to do, with "Reference: <id>", the X-Request-Id the portal answered with', async ({
  staffPage: page,
  fake,
}) => {
  await fake.queueFault({
    route: '/provisioning/customer',
    status: 500,
    body: { responseStatus: { errorCode: 'Exception', message: 'Database timeout' } },
  });
  await openWizard(page, { step: 'review', form: draft });
  const answer = page.waitForResponse('**/api/provisioning/customer');
  await button(page, 'Submit').click();
  const requestId = (await answer).headers()['x-request-id'];

  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const problem = submitProblem(page, 'The customer was not submitted');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText(
    'The portal hit a problem on its side (error 500). Nothing you entered is lost: try again in a minute. ' +
      `If it keeps happening, tell support. Reference: ${requestId}`,
  );
  await expect(problem).not.toContainText('HTTP');
  await expect(problem.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNoAxeViolations(page, 'a 500 on Submit');
});

test('a failed sign-in shows the reference of the answer too', async ({ page, fake }) => {
  await fake.queueFault({ route: '/auth/credentials', status: 500 });
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill('demo.sales');
  await page.getByLabel('Password', { exact: true }).fill('demo-sales-password');
  const answer = page.waitForResponse('**/api/session');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const requestId = (await answer).headers()['x-request-id'];

  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByText(`Reference: ${requestId}`)).toBeVisible();
});
