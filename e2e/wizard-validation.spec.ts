// A step is checked when the person presses Next, not while typing or on blur before that.
// A failed Next keeps them on the step, puts the error summary in focus with a link to each
// problem (a checkbox group's link lands on its first box, a list rule's on the list
// message), marks the fields aria-invalid and prefixes the title with "Error: ". From then
// on fields re-validate as they change.
import { staffTest as test, expect } from './fixtures.ts';
import {
  button,
  choiceListsLoaded,
  contactGroup,
  errorSummary,
  next,
  openWizard,
  roleBox,
  stepHeading,
  validDraftForm,
} from './wizard-helpers.ts';

test('Company: a failed Next shows the error summary with links to the fields, which then re-validate as they change', async ({
  staffPage: page,
}) => {
  await openWizard(page);
  await choiceListsLoaded(page);
  const name = page.getByLabel('Customer name', { exact: true });
  const email = page.getByLabel('Email', { exact: true });
  const serviceLevel = page.getByLabel('Service level', { exact: true });

  // Nothing is checked while typing or on blur before the first Next.
  await email.fill('not-an-email');
  await email.blur();
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await expect(errorSummary(page)).toHaveCount(0);

  await button(page, 'Next').click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(stepHeading(page, 'Company')).toBeVisible();
  await expect(page).toHaveTitle('Error: Company – Step 1 of 4 – Net3 Customer Portal');
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the customer name',
    'Enter an email address like name@example.com',
    'Enter a phone number like (803) 555-0100',
    'Choose a service level',
    'Choose a pricing tier',
    'Choose a customer status',
  ]);
  // Inline messages use the summary's words.
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Error: Enter the customer name');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(serviceLevel).toHaveAttribute('aria-invalid', 'true');
  // Nothing is wrong in the optional references, so they stay closed.
  await expect(
    page.getByRole('button', { name: 'References (optional)', exact: true }),
  ).toHaveAttribute('aria-expanded', 'false');

  await summary.getByRole('link', { name: 'Choose a service level' }).click();
  await expect(serviceLevel).toBeFocused();
  await summary.getByRole('link', { name: 'Enter the customer name' }).click();
  await expect(name).toBeFocused();

  // Re-validation as fields change, both ways.
  await name.fill('Acmé & Söhne, LLC');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('link', { name: 'Enter the customer name' })).toHaveCount(0);
  await email.fill('ops@');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('ops@acme.example');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await name.fill('');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Error: Enter the customer name');
  await name.fill('Acmé & Söhne, LLC');
  await page.getByLabel('Phone', { exact: true }).fill('(803) 555-0100');
  await serviceLevel.selectOption({ label: 'Standard' });
  await expect(serviceLevel).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Pricing tier', { exact: true }).selectOption({ label: 'List price' });
  await page.getByLabel('Customer status', { exact: true }).selectOption({ label: 'Active' });

  // All corrected: the summary and the title's "Error: " go, and Next moves on.
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle('Company – Step 1 of 4 – Net3 Customer Portal');
  await next(page, 'Addresses');
});

test("Contacts: the Roles link lands on the group's first box and the list rule is linked; both clear as boxes change", async ({
  staffPage: page,
}) => {
  const form = validDraftForm();
  // No one is the Primary contact, and contact 1 has no role at all.
  form.contacts[0]!.roles = [];
  await openWizard(page, { step: 'contacts', form });

  await button(page, 'Next').click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Contacts – Step 3 of 4/);
  await expect(summary.getByRole('link')).toHaveText([
    'Choose exactly one primary contact',
    'Contact 1: Choose at least one role for this contact',
  ]);
  const firstContact = contactGroup(page, 1);
  const primary = roleBox(firstContact, 'Primary');
  await expect(primary).toHaveAttribute('aria-invalid', 'true');
  await expect(firstContact.getByRole('group', { name: 'Roles' })).toHaveAccessibleDescription(
    /Error: Choose at least one role for this contact/,
  );

  await summary.getByRole('link', { name: /^Contact 1: Choose at least one role/ }).click();
  await expect(primary).toBeFocused();
  await summary.getByRole('link', { name: 'Choose exactly one primary contact' }).click();
  // The list-level message (not the link) has focus.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Error: Choose exactly one primary contact');

  // Ticking Primary clears both; a second Primary brings the list rule back.
  await primary.check();
  await expect(primary).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(/^Contacts – Step 3 of 4/);
  await roleBox(contactGroup(page, 2), 'Primary').check();
  await expect(summary.getByRole('link')).toHaveText(['Choose exactly one primary contact']);
  await roleBox(contactGroup(page, 2), 'Primary').uncheck();
  await expect(summary).toHaveCount(0);
  await next(page, 'Review');
});
