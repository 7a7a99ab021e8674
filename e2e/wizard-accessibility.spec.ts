// axe finds no WCAG 2.2 AA problem (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) on any
// step of the wizard, in its normal and its error state, on a desktop (1280 px) and a phone
// (320 px) wide; and on the phone nothing scrolls sideways.
import type { Page } from '@playwright/test';
import { staffTest as test, expect, expectNoAxeViolations } from './fixtures.ts';
import {
  button,
  choiceListsLoaded,
  errorSummary,
  openReferences,
  openWizard,
  stepHeading,
  validDraftForm,
  type DraftForm,
} from './wizard-helpers.ts';

const widths = [1280, 320] as const;

/** axe, and at 320 px no sideways scrolling (WCAG 1.4.10 Reflow). */
async function checkPage(page: Page, width: number, state: string) {
  await expectNoAxeViolations(page, `${state} at ${width} px`);
  if (width === 320) {
    const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(scrollWidth, `${state} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
  }
}

/** Long words a phone must wrap rather than scroll. */
function draftWithLongWords(): DraftForm {
  const form = validDraftForm({
    email: 'accounts.payable.department@ferreira-dsouza-holdings.example',
  });
  form.customer.customerName = 'Ferreira & D’Souza Internationale Gesellschaftsvertretungen, LLC';
  form.addresses[0]!.notes = 'Deliveries-only-through-the-loading-dock-behind-the-building';
  return form;
}

/** Two addresses that break the address rules once Next is pressed: no primary, empty fields. */
function draftWithBadAddresses(): DraftForm {
  const form = draftWithLongWords();
  form.addresses = [
    {
      street: '',
      city: '',
      state: '',
      postalCode: '2940',
      telephone: '555',
      extension: '',
      email: 'not-an-email',
      notes: '',
      primary: false,
    },
    { ...form.addresses[0]!, primary: false },
  ];
  return form;
}

/** Contacts that break the contact rules: empty names, a bad email, no roles, no primary. */
function draftWithBadContacts(): DraftForm {
  const form = draftWithLongWords();
  form.contacts = [
    { firstName: '', lastName: '', email: 'not-an-email', telephone: '555', roles: [] },
    { ...form.contacts[1]!, email: 'accounts.payable.department@ferreira-dsouza-holdings.example' },
    { ...form.contacts[1]!, email: 'accounts.payable.department@ferreira-dsouza-holdings.example' },
  ];
  return form;
}

async function failNext(page: Page) {
  await button(page, 'Next').click();
  await expect(errorSummary(page)).toBeFocused();
}

for (const width of widths) {
  test.describe(`at ${width} px wide`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
    });

    test('Company, normal and with errors', async ({ staffPage: page }) => {
      await openWizard(page);
      await choiceListsLoaded(page);
      await checkPage(page, width, 'Company');
      await openReferences(page);
      await page.getByLabel('Local ID (optional)', { exact: true }).fill('twelve');
      await checkPage(page, width, 'Company with its references open');
      await failNext(page);
      await checkPage(page, width, 'Company with errors');
    });

    test('Addresses, normal and with errors', async ({ staffPage: page }) => {
      await openWizard(page, { step: 'addresses', form: draftWithBadAddresses() });
      await checkPage(page, width, 'Addresses');
      await failNext(page);
      await expect(errorSummary(page)).toContainText('Choose exactly one primary address');
      await checkPage(page, width, 'Addresses with errors');
    });

    test('Contacts, normal and with errors', async ({ staffPage: page }) => {
      await openWizard(page, { step: 'contacts', form: draftWithBadContacts() });
      await checkPage(page, width, 'Contacts');
      await failNext(page);
      await expect(errorSummary(page)).toContainText('Choose exactly one primary contact');
      await checkPage(page, width, 'Contacts with errors');
    });

    test('Review, a failed submit, and the success page', async ({ staffPage: page, fake }) => {
      await fake.queueFault({ route: '/provisioning/customer', status: 500 });
      await openWizard(page, { step: 'review', form: draftWithLongWords() });
      await checkPage(page, width, 'Review');
      await button(page, 'Submit').click();
      const problem = page.getByRole('alert').filter({ hasText: 'The customer was not submitted' });
      await expect(problem).toBeFocused();
      await checkPage(page, width, 'Review after a failed submit');
      await problem.getByRole('button', { name: 'Retry' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'Customer submitted' }),
      ).toBeFocused();
      await checkPage(page, width, 'the success page');
      await expect(stepHeading(page, 'Review')).toHaveCount(0);
    });
  });
}
