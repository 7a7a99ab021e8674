// The entry pages come from HTML (issue 12): the production server sends '/', '/sign-in' and
// '/signup' prerendered, with the person's session and choice lists written in, so nothing
// waits for /api/auth before it is painted; React hydrates that HTML without replacing it;
// what a person types before the page comes alive is kept; with JavaScript off the form
// still shows, with a note that JavaScript is needed to continue.
import type { Page, Route } from '@playwright/test';
import { test, expect, staffTest, demoSales } from './fixtures.ts';

const NOSCRIPT_NOTE = 'This portal needs JavaScript to continue.';

/**
 * Holds the entry script back until `release()`: the page is then its prerendered HTML alone,
 * as on a slow phone line before the JavaScript has arrived.
 */
async function holdTheEntryScript(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** Problems React or the page report: a hydration mismatch shows up here. */
function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

const hydrated = (page: Page, button: string) =>
  expect(page.getByRole('button', { name: button, exact: true })).toBeEnabled();

test('the signup keeps what was typed before the page came alive, in the same input', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  const entryScript = await holdTheEntryScript(page);
  await page.goto('/signup', { waitUntil: 'commit' });
  const name = page.getByLabel('Your company name', { exact: true });
  await expect(name).toBeVisible();
  // Prerendered, not yet alive: Next cannot send the form the browser's way meanwhile.
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await name.click();
  await page.keyboard.type('Early Bird Ltd');
  await page.evaluate(() => {
    (window as unknown as { prerenderedInput: Element | null }).prerenderedInput =
      document.querySelector('input[autocomplete="organization"], input');
  });
  entryScript.release();
  await hydrated(page, 'Next');
  await expect(name).toHaveValue('Early Bird Ltd');
  await expect(name).toBeFocused();
  // Hydrated, not rendered afresh: the input typed into is still the page's.
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { prerenderedInput: Element | null }).prerenderedInput
          ?.isConnected === true,
    ),
  ).toBe(true);
  await page.keyboard.type(' Co');
  await expect(name).toHaveValue('Early Bird Ltd Co');
  // The form took it as typed: it is in the draft, and Next checks it.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('link', { name: /Enter your company name/ })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("'/' for a person not signed in is the Sign in page at once, and keeps early typing", async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  const authRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/auth')) authRequests.push(request.url());
  });
  const entryScript = await holdTheEntryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username', { exact: true }).click();
  await page.keyboard.type(demoSales.userName);
  await page.getByLabel('Password', { exact: true }).click();
  await page.keyboard.type(demoSales.password);
  entryScript.release();
  await hydrated(page, 'Sign in');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Username', { exact: true })).toHaveValue(demoSales.userName);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Company' })).toBeVisible();
  expect(authRequests, 'the page never asked who is signed in').toEqual([]);
  expect(problems).toEqual([]);
});

staffTest(
  "'/' for a signed-in person is the wizard with their name and choice lists, asking nothing first",
  async ({ staffPage: page }) => {
    const problems = collectPageProblems(page);
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) apiRequests.push(path);
    });
    const entryScript = await holdTheEntryScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    // Before any JavaScript: the first step and who is signed in, from the HTML alone.
    await expect(page.getByRole('heading', { level: 2, name: 'Company' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Signed in as Demo Sales');
    entryScript.release();
    await hydrated(page, 'Next');
    await expect(
      page.getByLabel('Customer status', { exact: true }).getByRole('option', { name: 'Trial' }),
    ).toBeAttached();
    expect(apiRequests).not.toContain('/api/auth');
    expect(apiRequests).not.toContain('/api/choice-lists');
    expect(problems).toEqual([]);
  },
);

staffTest(
  'the staff wizard does not move when its draft note arrives: the prerendered page holds its line',
  async ({ staffPage: page }) => {
    const entryScript = await holdTheEntryScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    const form = page.locator('form').first();
    await expect(form).toBeVisible();
    const topBefore = (await form.boundingBox())?.y;
    // The line is held at the height of a note's text, not merely present and empty.
    const line = await page.locator('.draft-status').boundingBox();
    expect(line?.height).toBeGreaterThan(15);
    entryScript.release();
    await hydrated(page, 'Next');
    // The note's own code has loaded and rendered (its live region is beside its line).
    await expect(page.locator('.draft-status + [role="status"]')).toBeAttached();
    expect(topBefore).toBeDefined();
    expect((await form.boundingBox())?.y).toBe(topBefore);
  },
);

test('each prerendered page has the title the page gives itself once alive', async ({
  page,
  request,
}) => {
  for (const [path, button] of [
    ['/sign-in', 'Sign in'],
    ['/signup', 'Next'],
  ] as const) {
    const html = await (await request.get(path)).text();
    const prerenderedTitle = /<title>(.*?)<\/title>/.exec(html)?.[1];
    await page.goto(path);
    await hydrated(page, button);
    expect(prerenderedTitle, path).toBe(await page.title());
  }
});

test("react-dom's start-up Errors are made without a stack, and Errors have stacks once the page is alive", async ({
  page,
}) => {
  // Decision 012: otherwise DevTools (attached whenever Lighthouse measures) parses react-dom
  // and the entry chunk again for those stacks, in the page's first long task. This pins the
  // order in the built chunk: the limit is off before react-dom loads, and put back after.
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { net3ErrorsMade: string[] }).net3ErrorsMade = made;
    const OriginalError = window.Error;
    window.Error = new Proxy(OriginalError, {
      apply(target, self, args: unknown[]) {
        made.push(`${String(OriginalError.stackTraceLimit)} ${String(args[0])}`);
        return Reflect.apply(target, self, args) as Error;
      },
    });
  });
  await page.goto('/signup');
  await hydrated(page, 'Next');
  const made = await page.evaluate(
    () => (window as unknown as { net3ErrorsMade: string[] }).net3ErrorsMade,
  );
  const reactDomErrors = made.filter((line) => line.includes('Minified React error'));
  expect(reactDomErrors.length).toBeGreaterThan(0);
  for (const line of reactDomErrors) expect(line).toMatch(/^undefined /);
  expect(await page.evaluate(() => [Error.stackTraceLimit, typeof new Error('x').stack])).toEqual([
    10,
    'string',
  ]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, field] of [
    ['/', 'Username'],
    ['/signup', 'Your company name'],
  ] as const) {
    test(`${path} shows its form and says JavaScript is needed to continue`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByLabel(field, { exact: true })).toBeVisible();
      // (Playwright's text search skips <noscript>: the note is found by its element.)
      const note = page.locator('noscript > p');
      await expect(note).toBeVisible();
      await expect(note).toContainText(NOSCRIPT_NOTE);
    });
  }
});
