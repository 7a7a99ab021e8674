// Fields side by side line up, and messages have room, at 1280 px and at 320 px: Phone and
// Extension inputs share a line whatever hint or error Phone shows (Company, an address),
// State and Postal code likewise, and the postal code's message takes at most two lines.
// The copy buttons are real buttons, named after the item they fill, and big enough to hit.
import type { Locator, Page } from '@playwright/test';
import { staffTest as test, expect } from './fixtures.ts';
import {
  addressGroup,
  button,
  errorSummary,
  openWizard,
  validDraftForm,
} from './wizard-helpers.ts';

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not on screen`);
  return box.y;
}

/** How many lines an element's text takes. */
async function lines(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
    return Math.round(element.getBoundingClientRect().height / lineHeight);
  });
}

async function failNext(page: Page) {
  await button(page, 'Next').click();
  await expect(errorSummary(page)).toBeFocused();
}

test.describe('at 1280 px wide', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test("the Company step's Phone and Extension inputs line up, with a hint and with an error", async ({
    staffPage: page,
  }) => {
    const form = validDraftForm();
    form.customer.phone = '555';
    await openWizard(page, { step: 'company', form });
    const phone = page.getByLabel('Phone', { exact: true });
    const extension = page.getByLabel('Extension (optional)', { exact: true });
    await expect(page.getByText('Include the area code, like (803) 555-0100')).toBeVisible();
    expect(await top(phone)).toBe(await top(extension));

    await failNext(page);
    await expect(page.locator('#customer-phone-error')).toBeVisible();
    expect(await top(phone)).toBe(await top(extension));
  });

  test("an address's fields line up side by side, with hints and errors", async ({
    staffPage: page,
  }) => {
    const form = validDraftForm();
    form.addresses[0]!.postalCode = '2940';
    await openWizard(page, { step: 'addresses', form });
    const address = addressGroup(page, 1);
    const telephone = address.getByLabel('Telephone (optional)', { exact: true });
    const extension = address.getByLabel('Extension (optional)', { exact: true });
    const state = address.getByLabel('State', { exact: true });
    const postalCode = address.getByLabel('Postal code', { exact: true });
    expect(await top(telephone)).toBe(await top(extension));

    await failNext(page);
    const postalError = page.locator('#addresses-0-postalCode-error');
    await expect(postalError).toHaveText('Error: Enter a postal code like 29401 or 29401-1234');
    expect(await lines(postalError)).toBeLessThanOrEqual(2);
    expect(await top(state)).toBe(await top(postalCode));

    await telephone.fill('555');
    await expect(page.locator('#addresses-0-telephone-error')).toBeVisible();
    expect(await top(telephone)).toBe(await top(extension));
  });
});

test.describe('at 320 px wide', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
  });

  test("the postal code's message has room", async ({ staffPage: page }) => {
    const form = validDraftForm();
    form.addresses[0]!.postalCode = '2940';
    await openWizard(page, { step: 'addresses', form });
    await failNext(page);
    const postalError = page.locator('#addresses-0-postalCode-error');
    await expect(postalError).toBeVisible();
    expect(await lines(postalError)).toBeLessThanOrEqual(2);
  });
});

test('the copy buttons name what they fill and are at least 24 px in each direction', async ({
  staffPage: page,
}) => {
  await openWizard(page, { step: 'addresses', form: validDraftForm() });
  const buttons = [
    addressGroup(page, 1).getByRole('button', { name: 'Copy from primary address to Address 1' }),
    addressGroup(page, 1).getByRole('button', { name: 'Use company phone for Address 1' }),
    addressGroup(page, 2).getByRole('button', { name: 'Use company email for Address 2' }),
  ];
  for (const copy of buttons) {
    const box = await copy.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  }
});
