// The portal never chooses the primary address or the Primary contact for the person, and
// both choices work by keyboard alone, at 1280 px and at 320 px, with axe finding nothing in
// any state on the way. "Which is the primary address?" is one radio group after the
// addresses: Tab reaches it once, the arrow keys move the choice, removing the primary
// address leaves none chosen and says to choose again, and the list rule's message is in the
// group. What Net3 receives is what it always did: a `primary` flag per address and the
// company address from the chosen one.
import type { Page } from '@playwright/test';
import { staffTest as test, expect, expectNoAxeViolations } from './fixtures.ts';
import {
  addressGroup,
  button,
  contactGroup,
  errorSummary,
  openWizard,
  primaryAddressQuestion,
  primaryAddressRadio,
  roleBox,
  roleLabels,
  stepHeading,
  tabTo,
  theAcceptedBody,
  validDraftForm,
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

/** The example customer with a third address; Address 2 (200 Bay Rd) is the primary one. */
function draftWithThreeAddresses() {
  const form = validDraftForm();
  form.addresses.push({ ...form.addresses[0]!, street: '3 King St', primary: false });
  return form;
}

for (const width of widths) {
  test.describe(`at ${width} px wide`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
    });

    test('the primary address is chosen, lost and chosen again by keyboard alone', async ({
      staffPage: page,
      fake,
    }) => {
      const keyboard = page.keyboard;
      await openWizard(page, { step: 'addresses', form: draftWithThreeAddresses() });
      await expect(primaryAddressRadio(page, 2)).toBeChecked();
      await checkPage(page, width, 'Addresses with the primary-address question');

      // Tab reaches the group at its chosen radio; an arrow key moves the choice.
      await tabTo(page, primaryAddressRadio(page, 2), { max: 60 });
      await keyboard.press('ArrowDown');
      await expect(primaryAddressRadio(page, 3)).toBeChecked();
      await expect(primaryAddressRadio(page, 3)).toBeFocused();
      await expect(primaryAddressRadio(page, 2)).not.toBeChecked();

      // Removing the primary address (Address 3) chooses no other one for the person.
      await tabTo(page, addressGroup(page, 3).getByRole('button', { name: 'Remove address 3' }), {
        backwards: true,
      });
      await keyboard.press('Enter');
      const notice = page.getByRole('status').filter({ hasText: 'Address 3 removed.' });
      await expect(notice).toBeFocused();
      await expect(notice).toContainText(
        'It was the primary address: choose which address is now the primary one',
      );
      await expect(primaryAddressQuestion(page).getByRole('radio', { checked: true })).toHaveCount(
        0,
      );
      await checkPage(page, width, 'Addresses after the primary address was removed');

      // Next says what is missing; the summary's link lands on the question's first radio,
      // and the rule's message is in the question itself.
      await tabTo(page, button(page, 'Next'));
      await keyboard.press('Enter');
      const summary = errorSummary(page);
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(['Choose exactly one primary address']);
      await expect(primaryAddressQuestion(page)).toHaveAccessibleDescription(
        /Error: Choose exactly one primary address$/,
      );
      await checkPage(page, width, 'Addresses with no primary address chosen');
      await tabTo(page, summary.getByRole('link', { name: 'Choose exactly one primary address' }));
      await keyboard.press('Enter');
      await expect(primaryAddressRadio(page, 1)).toBeFocused();
      await expect(primaryAddressRadio(page, 1)).not.toBeChecked();

      // Space chooses the focused radio; the message goes as soon as the rule holds.
      await keyboard.press('Space');
      await expect(primaryAddressRadio(page, 1)).toBeChecked();
      await expect(summary).toHaveCount(0);
      await expect(primaryAddressQuestion(page)).not.toHaveAccessibleDescription(/Error/);

      await tabTo(page, button(page, 'Next'));
      await keyboard.press('Enter');
      await expect(stepHeading(page, 'Contacts')).toBeFocused();
      await tabTo(page, button(page, 'Next'), { max: 80 });
      await keyboard.press('Enter');
      await expect(stepHeading(page, 'Review')).toBeFocused();
      await tabTo(page, button(page, 'Submit'), { max: 80 });
      await keyboard.press('Enter');
      await expect(
        page.getByRole('heading', { level: 2, name: 'Customer submitted' }),
      ).toBeFocused();

      // The wire is as before: one primary flag per address, the company address from it.
      const body = await theAcceptedBody(fake);
      expect(body.addresses).toMatchObject([
        { street: '1 Main St', primary: true },
        { street: '200 Bay Rd', primary: false },
      ]);
      expect(body.customer).toMatchObject({
        streetAddress: '1 Main St',
        cityStateZip: 'Columbia, SC 29201',
      });
    });

    test('an added contact is never made Primary for the person, by keyboard alone', async ({
      staffPage: page,
      fake,
    }) => {
      const keyboard = page.keyboard;
      await openWizard(page, { step: 'contacts', form: validDraftForm() });

      // Untick Primary on Contact 1: no one is Primary now.
      const firstPrimary = roleBox(contactGroup(page, 1), 'Primary');
      await tabTo(page, firstPrimary);
      await keyboard.press('Space');
      await expect(firstPrimary).not.toBeChecked();
      await tabTo(page, button(page, 'Next'), { max: 60 });
      await keyboard.press('Enter');
      const summary = errorSummary(page);
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(['Choose exactly one primary contact']);

      // "Add contact" adds a contact with no role ticked: the rule stays broken.
      await tabTo(page, button(page, 'Add contact'), { max: 80 });
      await keyboard.press('Enter');
      const added = contactGroup(page, 4);
      await expect(added.getByLabel('First name', { exact: true })).toBeFocused();
      for (const role of roleLabels) await expect(roleBox(added, role)).not.toBeChecked();
      await expect(summary.getByRole('link')).toHaveText(['Choose exactly one primary contact']);
      await expect(page.locator('#contacts-list-error')).toHaveText(
        'Error: Choose exactly one primary contact',
      );
      await checkPage(page, width, 'Contacts after adding a contact with no Primary contact');

      // The person chooses: the new contact, filled in, is the Primary contact.
      await keyboard.type('Ana');
      await tabTo(page, added.getByLabel('Last name', { exact: true }));
      await keyboard.type('Reyes');
      await tabTo(page, added.getByLabel('Email', { exact: true }));
      await keyboard.type('ana@acme.example');
      await tabTo(page, roleBox(added, 'Primary'));
      await keyboard.press('Space');
      await expect(summary).toHaveCount(0);
      await checkPage(page, width, 'Contacts with the Primary contact chosen');
      await tabTo(page, button(page, 'Next'));
      await keyboard.press('Enter');
      await expect(stepHeading(page, 'Review')).toBeFocused();
      await tabTo(page, button(page, 'Submit'), { max: 80 });
      await keyboard.press('Enter');
      await expect(
        page.getByRole('heading', { level: 2, name: 'Customer submitted' }),
      ).toBeFocused();

      const body = await theAcceptedBody(fake);
      expect((body.contacts as { email: string; roles: string[] }[]).map((c) => c.roles)).toEqual([
        ['Billing'],
        ['Technical'],
        ['Sales', 'ContractSignatory'],
        ['Primary'],
      ]);
    });
  });
}
