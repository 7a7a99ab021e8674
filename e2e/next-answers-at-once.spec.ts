// Issue 12 "Next answers at once" and issue 13 "a Loading… panel flashes": on the built portal,
// the form rules and the next step's code are fetched while the person is still on the step
// (before Next is pressed), and when a part is still on its way Next (or Submit) says it is
// busy while the step the person is on stays: never a "Loading…" panel in its place. A slow
// connection is made by holding one of the portal's own JavaScript files (page.route) until
// the test releases it. No time is measured here: speed is for `npm run bench`.
import type { Page, Request } from '@playwright/test';
import { staffTest as test, expect } from './fixtures.ts';
import {
  button,
  choiceListsLoaded,
  openWizard,
  stepHeading,
  validDraftForm,
} from './wizard-helpers.ts';

/** Holds every request for the built chunk `name` (e.g. 'addresses-step') until released. */
async function holdChunk(page: Page, name: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Notes which built chunks the page asked for, and whether each was before `mark()`. */
function watchChunkRequests(page: Page) {
  const before = new Set<string>();
  const all = new Set<string>();
  const prefetched = new Set<string>();
  let marked = false;
  const chunkName = (request: Request) =>
    /\/assets\/([a-z-]+)-[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
  page.on('request', (request) => {
    const name = chunkName(request);
    if (!name) return;
    all.add(name);
    if (!marked) before.add(name);
    // A <link rel="prefetch"> fetch: into the cache, not run.
    if (request.headers()['sec-purpose']?.includes('prefetch')) prefetched.add(name);
  });
  return {
    requestedBefore: (name: string) => before.has(name),
    requested: (name: string) => all.has(name),
    prefetched: (name: string) => prefetched.has(name),
    mark: () => (marked = true),
  };
}

/**
 * From now on, records in the page whether a "Loading…" panel is shown, however briefly.
 * (Opening the wizard on a later step shows one while that step's code first loads: that is
 * the page loading, before this watch starts.)
 */
async function watchForLoadingPanel(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { net3LoadingSeen: string[] }).net3LoadingSeen = seen;
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Loading…')) seen.push(location.search);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { net3LoadingSeen: string[] }).net3LoadingSeen);
}

test('the rules and the next step are fetched before Next; Next is busy while they are held', async ({
  staffPage: page,
}) => {
  const chunks = watchChunkRequests(page);
  const releaseAddresses = await holdChunk(page, 'addresses-step');
  const releaseRules = await holdChunk(page, 'form-schema');
  await openWizard(page, { step: 'company', form: validDraftForm() });
  await choiceListsLoaded(page);
  const loadingSeen = await watchForLoadingPanel(page);
  // The page has the browser prefetch them once it is alive, while the person is on the step.
  await expect.poll(() => chunks.prefetched('addresses-step')).toBe(true);
  await expect.poll(() => chunks.prefetched('form-schema')).toBe(true);

  chunks.mark();
  await button(page, 'Next').click();

  // The rules are held: Next says it is busy, and the Company step stays.
  await expect(button(page, 'Next')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Checking…' })).toBeVisible();
  await expect(stepHeading(page, 'Company')).toBeVisible();
  expect(chunks.requestedBefore('form-schema'), 'rules asked for before Next').toBe(true);
  expect(chunks.requestedBefore('addresses-step'), 'next step asked for before Next').toBe(true);

  // The rules arrive; the Addresses step's code is still held: still busy, still Company.
  releaseRules();
  await expect(page.getByRole('status').filter({ hasText: 'Checking…' })).toBeVisible();
  await expect(button(page, 'Next')).toHaveAttribute('aria-busy', 'true');
  await expect(stepHeading(page, 'Company')).toBeVisible();

  releaseAddresses();
  await expect(stepHeading(page, 'Addresses')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Address 1', exact: true })).toBeVisible();
  await expect(button(page, 'Next')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByText('Checking…')).toHaveCount(0);
  expect(await loadingSeen()).toEqual([]);
});

test('Review and the success page come without a Loading panel, the step before staying busy', async ({
  staffPage: page,
  fake,
}) => {
  const releaseReview = await holdChunk(page, 'review-step');
  const releaseSuccess = await holdChunk(page, 'submission-success');
  // Only Submit runs it: while it is held, Submit is busy and nothing is sent yet.
  const releaseSubmitCode = await holdChunk(page, 'server-error-paths');
  await openWizard(page, { step: 'contacts', form: validDraftForm() });
  const loadingSeen = await watchForLoadingPanel(page);

  await button(page, 'Next').click();
  await expect(button(page, 'Next')).toHaveAttribute('aria-busy', 'true');
  await expect(stepHeading(page, 'Contacts')).toBeVisible();
  releaseReview();
  await expect(stepHeading(page, 'Review')).toBeFocused();

  await button(page, 'Submit').click();
  await expect(button(page, 'Submit')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Submitting…' })).toBeVisible();
  expect(await fake.acceptedProvisionRequests()).toHaveLength(0);
  releaseSubmitCode();
  await expect.poll(async () => (await fake.acceptedProvisionRequests()).length).toBe(1);
  // Net3 said yes; the success page's code is held: Review stays, as it was, with Submit busy.
  await expect(button(page, 'Submit')).toHaveAttribute('aria-busy', 'true');
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page.getByText('Acmé & Söhne, LLC').first()).toBeVisible();
  releaseSuccess();
  await expect(page.getByRole('heading', { name: 'Customer submitted' })).toBeVisible();
  expect(await loadingSeen()).toEqual([]);
});

test('on a normal connection there is no Loading panel on the way to Review or after Submit', async ({
  staffPage: page,
}) => {
  await openWizard(page, { step: 'contacts', form: validDraftForm() });
  const loadingSeen = await watchForLoadingPanel(page);

  await button(page, 'Next').click();
  await expect(stepHeading(page, 'Review')).toBeFocused();
  await button(page, 'Submit').click();
  await expect(page.getByRole('heading', { name: 'Customer submitted' })).toBeVisible();

  expect(await loadingSeen()).toEqual([]);
});

test("the later parts are prefetched only once the page's own JavaScript is here, not beside it", async ({
  page,
}) => {
  // Named in the HTML as prefetches, they were fetched at once with the entry script and made
  // it arrive later on a slow connection. Now the page asks for them when it is alive.
  const order: string[] = [];
  page.on('requestfinished', (request) => {
    if (/\/assets\/index-[\w-]+\.js$/.test(request.url())) order.push('entry script arrived');
  });
  page.on('request', (request) => {
    if (request.headers()['sec-purpose']?.includes('prefetch')) order.push('prefetch');
  });
  await page.goto('/signup');
  // Every part the page lists is asked for, one prefetch link each (added a few at a time).
  const listed = await page.evaluate(
    () =>
      (JSON.parse(document.getElementById('net3-later-parts')?.textContent ?? '[]') as []).length,
  );
  expect(listed).toBeGreaterThan(5);
  await expect.poll(() => order.filter((event) => event === 'prefetch').length).toBe(listed);
  await expect(page.locator('link[rel="prefetch"]')).toHaveCount(listed);
  expect(order[0]).toBe('entry script arrived');
});
