// Small things a person notices (issue 13): where the page is after the browser's Back from
// the success page, and the Start over dialog's title looking like every other heading.
import { expectNoAxeViolations, staffTest as test, expect } from './fixtures.ts';
import { button, openWizard, stepHeading, validDraftForm } from './wizard-helpers.ts';

test("the browser's Back from the success page lands at the top of a new customer", async ({
  staffPage: page,
}) => {
  // A phone-sized window, where Review is much taller than the screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await openWizard(page, { step: 'review', form: validDraftForm() });
  // Submit from the bottom of Review, as a person who read every answer does.
  await button(page, 'Submit').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await button(page, 'Submit').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Customer submitted' })).toBeFocused();

  await page.goBack();

  await expect(stepHeading(page, 'Company')).toBeFocused();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  // Scroll restoration would put the page where Review was left; it must be the top.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // Chrome restores a position late, once the page has grown tall enough: look again.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
