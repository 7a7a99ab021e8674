// The portal's own record of every submission (the ledger) as staff see it on /submissions and
// /submissions/<id>: each outcome Net3 can give (accepted, refused, no answer in time), Retry
// of an unknown outcome, public signups, "Only mine" and the search, the Idempotency-Key that
// keeps a resubmitted customer from reaching Net3 twice, the keyboard path into a row, and
// both pages accessible at 1280 and 320 px. Every run starts with an empty ledger (its own
// SQLite file, e2e-env.ts), but tests in a run share it: each test names its customers with
// the run's own suffix and finds them by search.
import type { Browser, Page } from '@playwright/test';
import { demoSales, expect, expectNoAxeViolations, staffTest as test } from './fixtures.ts';
import {
  button,
  openWizard,
  provisionRequests,
  tabTo,
  validDraftForm,
  type DraftForm,
} from './wizard-helpers.ts';

const run = `${Date.now().toString(36)}`;
const demoSupport = { userName: 'demo.support', password: 'demo-support-password' } as const;

/** The example customer under its own name, email and customer ID, so searches find only it. */
function customerDraft(name: string, customerId: string): DraftForm {
  const form = validDraftForm({ customerId, email: `${customerId.toLowerCase()}@ledger.example` });
  form.customer.customerName = name;
  return form;
}

/** Opens Review from the draft and presses Submit. */
async function submit(page: Page, form: DraftForm, userName = 'demo.sales'): Promise<void> {
  await openWizard(page, { step: 'review', form }, userName);
  await button(page, 'Submit').click();
}

const submitted = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Customer submitted' });
const searchBox = (page: Page) => page.getByLabel('Search by customer name or email');
const ledgerTable = (page: Page) => page.getByRole('region', { name: 'Submissions, newest first' });
const onlyMine = (page: Page) => page.getByRole('checkbox', { name: 'Only mine' });

/** /submissions searched for `text`; waits until the list says how many match. */
async function searchSubmissions(page: Page, text: string, expectedRows: number): Promise<void> {
  await page.goto('/submissions');
  await expect(page.getByRole('heading', { level: 1, name: 'Submissions' })).toBeVisible();
  await searchBox(page).fill(text);
  await expect(
    page.getByRole('status').filter({ hasText: /submission|No submissions/ }),
  ).toHaveText(
    expectedRows === 0
      ? 'No submissions match.'
      : `${expectedRows} submission${expectedRows === 1 ? '' : 's'}, page 1 of 1.`,
  );
}

/** The table row whose Customer cell links to `name`. */
function rowOf(page: Page, name: string) {
  return ledgerTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** The Outcome list's value for `label` on /submissions/<id>. */
function outcomeValue(page: Page, label: string) {
  return page
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
}

async function expectNoSidewaysScroll(page: Page, context: string): Promise<void> {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, `page width on ${context}`).toBeLessThanOrEqual(320);
}

/** A second signed-in staff member, in a browser context of their own. */
async function signedInPage(browser: Browser, user: typeof demoSupport): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.request.post('/api/session', {
    headers: { 'X-Net3-Portal': '1' },
    data: user,
  });
  expect(response.status(), `${user.userName} signs in`).toBe(200);
  return page;
}

test('an accepted staff submission is on Submissions with Net3’s customer ID, and the success page links to it', async ({
  staffPage: page,
}) => {
  const name = `Ledger Accepted ${run}`;
  await submit(page, customerDraft(name, `ACC-${run}`));
  await expect(submitted(page)).toBeVisible();

  await page.getByRole('link', { name: 'See it on Submissions' }).click();
  await expect(page).toHaveURL(/\/submissions\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(outcomeValue(page, 'Outcome')).toHaveText('Accepted');
  await expect(outcomeValue(page, 'Net3 customer ID')).toHaveText(`ACC-${run}`);
  await expect(outcomeValue(page, 'Submitted by')).toHaveText('Demo Sales');
  await expect(page.getByRole('heading', { level: 2, name: 'What was sent' })).toBeVisible();
  // No check-in-Net3 alert and no Retry for an accepted one.
  await expect(button(page, 'Retry')).toHaveCount(0);

  await searchSubmissions(page, name, 1);
  const row = rowOf(page, name);
  await expect(row.getByRole('cell')).toHaveText([
    name,
    'Demo Sales',
    /\S/,
    'Accepted',
    `ACC-${run}`,
  ]);
  await expect(page.getByRole('columnheader')).toHaveText([
    'Customer',
    'Submitted by',
    'When',
    'Outcome',
    'Net3 customer ID',
  ]);
});

test('a refusal from Net3 (a 400 with a field error) is recorded as Refused, with Net3’s message', async ({
  staffPage: page,
  fake,
}) => {
  const name = `Ledger Refused ${run}`;
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
  await submit(page, customerDraft(name, `REF-${run}`));
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();

  await searchSubmissions(page, name, 1);
  await expect(rowOf(page, name).getByRole('cell').nth(3)).toHaveText('Refused');
  await expect(rowOf(page, name).getByRole('cell').nth(4)).toHaveText('—');
  await rowOf(page, name).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(outcomeValue(page, 'Outcome')).toHaveText('Refused');
  await expect(page.getByRole('definition').filter({ hasText: message }).first()).toBeVisible();
  await expect(button(page, 'Retry')).toHaveCount(0);
});

test('a 500 is recorded as Outcome unknown; the row says to check Net3, and Retry sends it once more and it is Accepted', async ({
  staffPage: page,
  fake,
}) => {
  const name = `Ledger Unknown ${run}`;
  await fake.queueFault({ route: '/provisioning/customer', status: 500, body: 'Server Error' });
  await submit(page, customerDraft(name, `UNK-${run}`));
  await expect.poll(async () => (await provisionRequests(fake)).length).toBe(1);
  // The wizard says it did not go through (and keeps the answers).
  await expect(page.getByRole('alert').first()).toBeVisible();

  await searchSubmissions(page, name, 1);
  await expect(rowOf(page, name).getByRole('cell').nth(3)).toHaveText('Outcome unknown');
  const unknownUrl = (await rowOf(page, name).getByRole('link').getAttribute('href'))!;

  // The keyboard path: from the search box, Tab reaches the row's link and Enter opens it.
  await searchBox(page).focus();
  const link = rowOf(page, name).getByRole('link', { name, exact: true });
  await tabTo(page, link, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(unknownUrl);

  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Net3 did not answer in time: check in Net3 before sending again' });
  await expect(alert).toBeVisible();
  await expect(outcomeValue(page, 'Outcome')).toHaveText('Outcome unknown');
  await expect(outcomeValue(page, 'Attempts')).toHaveText('1');

  // Accessible, at desktop and phone width, with the alert and Retry on screen.
  await expectNoAxeViolations(page, '/submissions/<id> (an unknown outcome) at 1280 px');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoAxeViolations(page, '/submissions/<id> (an unknown outcome) at 320 px');
  await expectNoSidewaysScroll(page, '/submissions/<id> (an unknown outcome)');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Nothing queued now: Retry reaches Net3, which accepts it.
  await alert.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(outcomeValue(page, 'Outcome')).toHaveText('Accepted');
  await expect(outcomeValue(page, 'Net3 customer ID')).toHaveText(`UNK-${run}`);
  await expect(alert).toHaveCount(0);
  const requests = await provisionRequests(fake);
  expect(requests, 'the first try and the Retry').toHaveLength(2);
  for (const request of requests) {
    expect((request.body as { customer: { customerName: string } }).customer.customerName).toBe(
      name,
    );
  }

  await searchSubmissions(page, name, 1);
  await expect(rowOf(page, name).getByRole('cell').nth(3)).toHaveText('Accepted');
});

test('a public signup at /signup shows as a Reseller signup', async ({ page, fake }) => {
  const name = `Ledger Signup ${run}`;
  await page.goto('/signup');
  const heading = (text: string) =>
    page.getByRole('heading', { level: 2, name: text, exact: true });
  await expect(heading('Company')).toBeVisible();
  await page.getByLabel('Your company name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(`signup-${run}@reseller.example`);
  await page.getByLabel('Phone', { exact: true }).fill('(803) 555-0150');
  await button(page, 'Next').click();
  const address = page.getByRole('group', { name: 'Address 1', exact: true });
  await expect(address).toBeVisible();
  await address.getByLabel('Street', { exact: true }).fill('12 King St');
  await address.getByLabel('City', { exact: true }).fill('Charleston');
  await address.getByLabel('State', { exact: true }).selectOption('SC');
  await address.getByLabel('Postal code', { exact: true }).fill('29401');
  await button(page, 'Next').click();
  const contact = page.getByRole('group', { name: 'Contact 1', exact: true });
  await expect(contact).toBeVisible();
  await contact.getByLabel('First name', { exact: true }).fill('Ana');
  await contact.getByLabel('Last name', { exact: true }).fill('Reyes');
  await contact.getByLabel('Email', { exact: true }).fill('ana@reseller.example');
  await button(page, 'Next').click();
  await expect(heading('Review')).toBeVisible();
  await button(page, 'Submit').click();
  await expect(
    page.getByRole('heading', { name: 'Thanks — your signup was received' }),
  ).toBeVisible();
  expect(await fake.acceptedProvisionRequests()).toHaveLength(1);

  const signIn = await page.request.post('/api/session', {
    headers: { 'X-Net3-Portal': '1' },
    data: demoSales,
  });
  expect(signIn.status()).toBe(200);
  await searchSubmissions(page, name, 1);
  await expect(rowOf(page, name).getByRole('cell').nth(1)).toHaveText('Reseller signup');
  await expect(rowOf(page, name).getByRole('cell').nth(3)).toHaveText('Accepted');
});

test('“Only mine” and the search narrow the list', async ({ staffPage: page, browser }) => {
  const mine = `Ledger Filter ${run} Sales`;
  const theirs = `Ledger Filter ${run} Support`;
  await submit(page, customerDraft(mine, `MINE-${run}`));
  await expect(submitted(page)).toBeVisible();
  const support = await signedInPage(browser, demoSupport);
  await submit(support, customerDraft(theirs, `THEIRS-${run}`), demoSupport.userName);
  await expect(submitted(support)).toBeVisible();
  await support.context().close();

  await searchSubmissions(page, `Ledger Filter ${run}`, 2);
  await expect(rowOf(page, theirs).getByRole('cell').nth(1)).toHaveText('Dana Support');
  await onlyMine(page).check();
  await expect(page.getByRole('status').filter({ hasText: 'submission' })).toHaveText(
    '1 submission, page 1 of 1.',
  );
  await expect(rowOf(page, mine)).toHaveCount(1);
  await expect(rowOf(page, theirs)).toHaveCount(0);
  await onlyMine(page).uncheck();
  await expect(rowOf(page, theirs)).toHaveCount(1);

  // By email as well as by name; and a search nothing matches says so.
  await searchBox(page).fill(`theirs-${run}@ledger`);
  await expect(rowOf(page, theirs)).toHaveCount(1);
  await expect(rowOf(page, mine)).toHaveCount(0);
  await searchBox(page).fill(`Nobody by this name ${run}`);
  await expect(page.getByRole('status').filter({ hasText: 'No submissions' })).toHaveText(
    'No submissions match.',
  );
  await expect(ledgerTable(page)).toHaveCount(0);
});

test('the ledger is for signed-in staff only: /api/submissions answers 401 without a session', async ({
  request,
}) => {
  expect((await request.get('/api/submissions')).status()).toBe(401);
  expect((await request.get('/api/submissions/anything')).status()).toBe(401);
  const retry = await request.post('/api/submissions/anything/retry', {
    headers: { 'X-Net3-Portal': '1' },
  });
  expect(retry.status()).toBe(401);
});

test('submitting the same customer again after a reload reaches Net3 once (its Idempotency-Key)', async ({
  staffPage: page,
  fake,
}) => {
  const name = `Ledger Twice ${run}`;
  // Net3 is slow, so the page is reloaded while the first submission is on its way.
  await fake.queueFault({ route: '/provisioning/customer', delayMs: 1500 });
  await submit(page, customerDraft(name, `TWICE-${run}`));
  await expect.poll(async () => (await provisionRequests(fake)).length).toBe(1);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  // Net3 has answered the first one by now.
  await expect
    .poll(async () => (await provisionRequests(fake))[0]?.response?.status, { timeout: 10_000 })
    .toBe(200);

  await button(page, 'Submit').click();
  await expect(submitted(page)).toBeVisible();
  expect(await provisionRequests(fake), 'one request at Net3').toHaveLength(1);

  await searchSubmissions(page, name, 1);
  await expect(rowOf(page, name).getByRole('cell').nth(3)).toHaveText('Accepted');
});

test('/submissions is accessible at 1280 and 320 px, and its table scrolls inside itself on a phone', async ({
  staffPage: page,
}) => {
  const name = `Ledger Layout ${run} with a rather long customer name, Incorporated`;
  await submit(page, customerDraft(name, `LAYOUT-${run}`));
  await expect(submitted(page)).toBeVisible();

  await searchSubmissions(page, `Ledger`, await countLedgerRows(page));
  await expectNoAxeViolations(page, '/submissions at 1280 px');
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(ledgerTable(page)).toBeVisible();
  await expectNoAxeViolations(page, '/submissions at 320 px');
  await expectNoSidewaysScroll(page, '/submissions');
  // The table is wider than the phone: its own region scrolls, and the keyboard reaches it.
  const region = ledgerTable(page);
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await expect(region).toHaveAttribute('tabindex', '0');

  await rowOf(page, name).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page, '/submissions/<id> (accepted) at 320 px');
  await expectNoSidewaysScroll(page, '/submissions/<id> (accepted)');
});

/** How many of this run's "Ledger" rows the list has (earlier tests added some). */
async function countLedgerRows(page: Page): Promise<number> {
  const response = await page.request.get(`/api/submissions?q=Ledger`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}
