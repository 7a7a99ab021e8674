// "Skip to main content": the first thing Tab reaches on every page, shown when it has
// focus, and Enter on it moves focus to the page's main content, past the header.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, staffTest as test, expect } from './fixtures.ts';
import { openWizard, stepHeading } from './wizard-helpers.ts';

const skipLink = (page: Page) => page.getByRole('link', { name: 'Skip to main content' });

async function firstTabReachesTheSkipLink(page: Page): Promise<void> {
  const link = skipLink(page);
  await expect(link).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
}

test('the first Tab on the wizard reaches the skip link, and Enter moves focus to main', async ({
  staffPage: page,
}) => {
  await openWizard(page);
  await firstTabReachesTheSkipLink(page);
  await expectNoAxeViolations(page, 'the wizard with the skip link focused');

  const url = page.url();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // No #fragment in the URL: the wizard's history is left alone.
  expect(page.url()).toBe(url);
  await expect(stepHeading(page, 'Company')).toBeVisible();
  // The next Tab is in the page's content, not the header's links.
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(
    () => document.querySelector('main')?.contains(document.activeElement) ?? false,
  );
  expect(focusedInMain).toBe(true);
});

test('every page starts with the skip link', async ({ staffPage: page }) => {
  for (const path of ['/submissions', '/signup', '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
    await firstTabReachesTheSkipLink(page);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in' })).toBeFocused();
  // Sign in focuses its heading, so Shift+Tab goes back to the link above it.
  await page.keyboard.press('Shift+Tab');
  await expect(skipLink(page)).toBeFocused();
  await expectNoAxeViolations(page, 'the Sign in page at 320 px with the skip link focused');
});
