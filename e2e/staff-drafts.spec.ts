// Issue 10: a staff member's draft belongs to them, not to the browser tab. It is saved on the
// server as they type and follows them to another browser; Sign out leaves nothing of it in
// this browser, so the next person signing in here sees an empty form; typed offline, it is
// kept in the tab and reaches the server when the browser is back online.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { demoSales, expect, expectNoAxeViolations, staffTest as test } from './fixtures.ts';
import { stepHeading } from './wizard-helpers.ts';

const demoSupport = { userName: 'demo.support', password: 'demo-support-password' } as const;

/** A fresh browser (its own cookies and storage) signed in through the Sign in page. */
async function signedInBrowser(
  browser: Browser,
  who: { userName: string; password: string } = demoSales,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOnPage(page, who);
  return { context, page };
}

async function signInOnPage(page: Page, who: { userName: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Username', { exact: true }).fill(who.userName);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(stepHeading(page, 'Company')).toBeVisible();
}

const note = (page: Page) => page.locator('p.draft-status');
const customerName = (page: Page) => page.getByLabel('Customer name', { exact: true });

async function draftTraces(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...Object.entries(sessionStorage), ...Object.entries(localStorage)]
      .filter(([key, value]) => key.includes('draft') || value.includes('Globex'))
      .map(([key]) => key),
  );
}

test('a draft follows its owner to another browser, and sign out leaves nothing of it', async ({
  staffPage: page,
  browser,
}) => {
  await page.goto('/');
  await customerName(page).fill('Globex Corporation');
  await expect(note(page)).toHaveText('Saved');
  await page.getByLabel('Email', { exact: true }).fill('office@globex.example');
  await expect(note(page)).toHaveText('Saved');
  await expectNoAxeViolations(page, 'the Company step with its draft note');

  // Another browser, the same person: the draft is there, and the note says so.
  const laptop = await signedInBrowser(browser);
  await expect(customerName(laptop.page)).toHaveValue('Globex Corporation');
  await expect(laptop.page.getByLabel('Email', { exact: true })).toHaveValue(
    'office@globex.example',
  );
  await expect(note(laptop.page)).toHaveText(/^Draft restored from /);
  await expect(laptop.page.getByRole('status').filter({ hasText: 'Draft restored' })).toHaveCount(
    1,
  );

  // Sign out in that browser: nothing of the draft stays in it.
  await laptop.page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(laptop.page.getByText(/kept for you/)).toBeVisible();
  expect(await draftTraces(laptop.page)).toEqual([]);

  // The next person on that browser sees an empty form.
  await signInOnPage(laptop.page, demoSupport);
  await expect(customerName(laptop.page)).toHaveValue('');
  await expect(note(laptop.page)).not.toHaveText(/restored/);
  await laptop.context.close();
});

test('typed offline, the draft is kept in the tab and saved when the browser is back', async ({
  browser,
}) => {
  const office = await signedInBrowser(browser);
  await office.page.request.delete('/api/draft', { headers: { 'X-Net3-Portal': '1' } });
  await office.page.reload();
  await expect(stepHeading(office.page, 'Company')).toBeVisible();
  await customerName(office.page).fill('Initech');
  await expect(note(office.page)).toHaveText('Saved');

  await office.context.setOffline(true);
  await customerName(office.page).fill('Initech Offline Ltd');
  await expect(note(office.page)).toHaveText(
    'Not saved: you are offline — kept in this tab until you are back',
  );
  await office.context.setOffline(false);
  await expect(note(office.page)).toHaveText('Saved');

  const laptop = await signedInBrowser(browser);
  await expect(customerName(laptop.page)).toHaveValue('Initech Offline Ltd');
  await laptop.context.close();
  await office.context.close();
});
