// The duplicate warning end to end (issue 10): after demo.sales submits "Acme Widgets LLC",
// typing "ACME Widgets, L.L.C." (or an email at its domain) on Company shows the earlier
// submission, who sent it and how it ended, before anything is sent to Net3; an unrelated
// customer shows nothing; Next still works; Review lists it above Submit; the public signup
// never asks. The portal's ledger outlives one test (and one run), so the spec finds its own
// submission by the id the portal answered with, whatever else the ledger holds.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, staffTest, test } from './fixtures.ts';
import { button, next, openWizard, stepHeading, validDraftForm } from './wizard-helpers.ts';

const exampleRequest = JSON.parse(
  readFileSync(
    new URL('../src/provisioning/contract/provision-request.example.json', import.meta.url),
    'utf8',
  ),
) as { customer: Record<string, unknown> };

/** Submits the example customer with `customer` over it as the signed-in demo.sales; its row's id. */
async function submitCustomer(page: Page, customer: Record<string, unknown>): Promise<string> {
  const response = await page.request.post('/api/provisioning/customer', {
    headers: { 'X-Net3-Portal': '1' },
    data: { ...exampleRequest, customer: { ...exampleRequest.customer, ...customer } },
  });
  expect(response.status(), await response.text()).toBe(200);
  const id = response.headers()['x-net3-portal-submission'];
  expect(id, 'the portal names the ledger row').toBeTruthy();
  return id!;
}

/** Submits "Acme Widgets LLC" as the signed-in demo.sales; resolves its ledger row's id. */
function submitAcmeWidgets(page: Page): Promise<string> {
  return submitCustomer(page, {
    customerName: 'Acme Widgets LLC',
    customerId: 'ACME-WIDGETS-1',
    email: 'office@acme-widgets.example',
    phone: '+18035557321',
  });
}

const warningOf = (page: Page) => page.getByRole('group', { name: 'Possible duplicates' });

/** The earlier submission's entry in the warning: its link, then who sent it and why. */
function entryFor(page: Page, id: string) {
  return warningOf(page)
    .getByRole('link', { name: 'Acme Widgets LLC', exact: true })
    .and(page.locator(`a[href="/submissions/${id}"]`));
}

staffTest(
  'typing a near-identical name shows the earlier submission before anything is sent; Next still works and Review lists it above Submit',
  async ({ staffPage: page, fake }) => {
    const id = await submitAcmeWidgets(page);
    const sentToNet3 = (await fake.requests()).length;
    const form = validDraftForm({ customerId: '', email: 'ops@example.org' });
    form.customer.customerName = '';
    await openWizard(page, { step: 'company', form });

    await page.getByLabel('Customer name', { exact: true }).fill('ACME Widgets, L.L.C.');

    const warning = warningOf(page);
    await expect(entryFor(page, id)).toBeVisible();
    await expect(warning).toContainText(
      /Acme Widgets LLC, submitted by Demo Sales on \d{1,2} [A-Z][a-z]{2} \(Accepted, ACME-WIDGETS-1\)\. Matched on similar name\./,
    );
    // Told to a screen reader, politely, apart from the list.
    await expect(page.getByRole('status').filter({ hasText: 'Possible duplicate:' })).toHaveText(
      /^Possible duplicate: Acme Widgets LLC, submitted by Demo Sales on .*Listed above Next\.$/,
    );
    // Above Next.
    const warningBox = (await warning.boundingBox())!;
    expect(warningBox.y).toBeLessThan((await button(page, 'Next').boundingBox())!.y);
    expect(await fake.requests(), 'the check never reaches Net3').toHaveLength(sentToNet3);

    await expectNoAxeViolations(page, 'the Company step with the duplicate warning at 1280 px');
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(entryFor(page, id)).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'nothing scrolls sideways at 320 px',
    ).toBe(true);
    await expectNoAxeViolations(page, 'the Company step with the duplicate warning at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // It never blocks.
    await next(page, 'Addresses');
    await next(page, 'Contacts');
    await next(page, 'Review');
    await expect(entryFor(page, id)).toBeVisible();
    const onReview = (await warningOf(page).boundingBox())!;
    expect(onReview.y).toBeLessThan((await button(page, 'Submit').boundingBox())!.y);
    await expect(page.getByRole('status').filter({ hasText: 'Possible duplicate:' })).toHaveText(
      /Listed above Submit\.$/,
    );
    expect(await fake.requests(), 'nothing was sent to Net3').toHaveLength(sentToNet3);
  },
);

staffTest('an email at the same domain is enough', async ({ staffPage: page }) => {
  const id = await submitAcmeWidgets(page);
  await openWizard(page);

  await page.getByLabel('Email', { exact: true }).fill('billing@acme-widgets.example');
  await page.getByLabel('Email', { exact: true }).blur();

  await expect(entryFor(page, id)).toBeVisible();
  await expect(warningOf(page)).toContainText('Matched on same email domain.');
});

staffTest('an unrelated customer shows nothing', async ({ staffPage: page }) => {
  await submitAcmeWidgets(page);
  await openWizard(page);

  const answered = page.waitForResponse((response) => response.url().includes('/api/duplicates?'));
  await page.getByLabel('Customer name', { exact: true }).fill(`Zenith Plumbing ${Date.now()}`);
  expect((await answered).status()).toBe(200);

  await expect(warningOf(page)).toHaveCount(0);
  await expect(page.getByText(/Possible duplicate/)).toHaveCount(0);
});

test('the public signup never shows the warning and never asks for it', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/duplicates') asked.push(request.url());
  });
  await page.goto('/signup');
  await expect(stepHeading(page, 'Company')).toBeVisible();

  await page.getByRole('textbox', { name: /name/i }).first().fill('Acme Widgets LLC');
  await page.getByRole('textbox', { name: 'Email' }).fill('office@acme-widgets.example');
  await page.getByRole('textbox', { name: 'Email' }).blur();
  // Longer than the staff check waits before it asks.
  await page.waitForTimeout(1_500);

  expect(asked).toEqual([]);
  await expect(page.getByText(/Possible duplicate/)).toHaveCount(0);
  // And the API itself refuses anyone not signed in as staff.
  const response = await page.request.get('/api/duplicates?name=Acme%20Widgets%20LLC');
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain('Acme');
});

staffTest(
  'a name ending in a right-to-left override (U+202E) leaves the warning’s own words in order (issue 20, item 3)',
  async ({ staffPage: page }) => {
    // Staff text is sent as typed (the public signup removes such controls); the warning must
    // still read left to right around it.
    await submitCustomer(page, {
      customerName: 'Zeta Trojan\u202E',
      customerId: `ZETA-${Date.now()}`,
      email: 'office@zeta-trojan.example',
      phone: '+18035557399',
    });
    const form = validDraftForm({ customerId: '', email: 'ops@example.org' });
    form.customer.customerName = '';
    await openWizard(page, { step: 'company', form });

    await page.getByLabel('Customer name', { exact: true }).fill('Zeta Trojan');

    const warning = warningOf(page);
    await expect(warning).toContainText('submitted by Demo Sales on');
    // Where each letter of "submitted by" is drawn: in order, left to right.
    const lefts = await warning.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('submitted by') ?? -1;
        if (at === -1) continue;
        return Array.from({ length: 'submitted by'.length }, (_, offset) => {
          const range = document.createRange();
          range.setStart(node, at + offset);
          range.setEnd(node, at + offset + 1);
          return range.getBoundingClientRect().left;
        });
      }
      return [];
    });
    expect(lefts).toHaveLength('submitted by'.length);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  },
);
