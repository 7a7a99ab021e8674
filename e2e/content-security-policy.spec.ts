// Issue 11, item 6: a page load under the production server's CSP (script-src 'self') must not
// trip it. zod's first object parse used to probe for eval with new Function(''), blocked and
// reported on every load; z.config({ jitless: true }) in the contract stops the probe. The
// wizard and the signup both parse with zod (the lazily loaded form rules) once typed into.
import type { Page } from '@playwright/test';
import { expect, staffTest, test } from './fixtures.ts';

/** Collects every CSP violation the page reports, from its first script on. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

staffTest('the wizard loads and validates without a CSP violation', async ({ staffPage: page }) => {
  const violations = await watchForViolations(page);
  await page.goto('/');
  await page.getByLabel('Customer name', { exact: true }).fill('Acme');
  // Next runs the step's zod rules (loaded lazily).
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('Email', { exact: true }).first().focus();

  expect(await violations()).toEqual([]);
});

test('the public signup loads without a CSP violation', async ({ page }) => {
  const violations = await watchForViolations(page);
  const response = await page.goto('/signup?parent=partner-17');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page
    .getByRole('button', { name: /submit|sign up|next/i })
    .first()
    .click();

  expect(await violations()).toEqual([]);
});
