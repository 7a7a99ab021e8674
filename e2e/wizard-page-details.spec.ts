// Small things a person notices (issue 13): where the page is after the browser's Back from
// the success page, and the Start over dialog's title looking like every other heading.
import type { Locator } from '@playwright/test';
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

test("the Start over dialog's title looks like the step's heading", async ({ staffPage: page }) => {
  const look = (heading: Locator) =>
    heading.evaluate((element) => {
      const style = getComputedStyle(element);
      return { fontWeight: style.fontWeight, fontSize: style.fontSize };
    });
  await openWizard(page);
  // Read before the dialog opens: the modal hides the page from the accessibility tree.
  const stepHeadingLook = await look(stepHeading(page, 'Company'));
  expect(stepHeadingLook.fontWeight).toBe('700');

  await button(page, 'Start over').click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await expect(dialog).toBeVisible();
  const title = dialog.getByRole('heading', { level: 2, name: 'Start over?' });
  expect(await look(title)).toEqual(stepHeadingLook);
  await expectNoAxeViolations(page, 'the Start over dialog');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoAxeViolations(page, 'the Start over dialog at 320 px');
});
