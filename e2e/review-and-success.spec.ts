// Review shows what will be sent and offers a Change link on every answer; the staff success
// page names the customer, shows the N3T Logins company ID dashed, keeps what was sent
// collapsed, copies a plain-text summary and prints without the header or buttons; the
// reseller's success page says what happens next without Net3's internal ids. axe at 1280 and
// 320 px on Review and on both success pages.
import type { Page } from '@playwright/test';
import { staffTest, test, expect, expectNoAxeViolations } from './fixtures.ts';
import {
  button,
  openWizard,
  stepHeading,
  theAcceptedBody,
  validDraftForm,
} from './wizard-helpers.ts';

const widths = [1280, 320] as const;

async function checkPage(page: Page, width: number, context: string) {
  await expectNoAxeViolations(page, `${context} at ${width} px`);
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth, `${context} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
}

/**
 * The example customer with the phone typed as a rep types it mid-call. Its own name, email,
 * ID and phone, so no earlier submission of this run shows as a possible duplicate.
 */
function draftWithTypedPhone(width: number) {
  const run = `${width}-${Date.now()}`;
  const form = validDraftForm({
    customerId: `SUMMARY-${run}`,
    email: `ops@summary-${run}.example`,
  });
  form.customer.customerName = `Summary Söhne ${run}, LLC`;
  form.customer.phone = width === 1280 ? '843 555 0142' : '843 555 0143';
  form.customer.n3TLogins_CompanyId = '0123ABCD456789ABCDEF0123456789AB';
  return form;
}

function answerIn(page: Page, region: string, label: string) {
  return page
    .getByRole('region', { name: region })
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

for (const width of widths) {
  staffTest.describe(`at ${width} px wide`, () => {
    staffTest.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
    });

    staffTest(
      'Review shows the phone as sent; Change on an answer focuses its field; the success page copies and prints the summary',
      async ({ staffPage: page, fake, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        const form = draftWithTypedPhone(width);
        const { customerName } = form.customer;
        const sentPhone = width === 1280 ? '+1 843 555 0142' : '+1 843 555 0143';
        await openWizard(page, { step: 'review', form });

        await expect(answerIn(page, 'Company details', 'Phone')).toHaveText(sentPhone);
        await expect(answerIn(page, 'Company details', 'N3T Logins company ID')).toHaveText(
          '0123abcd-4567-89ab-cdef-0123456789ab',
        );
        await checkPage(page, width, 'Review');

        await page.getByRole('link', { name: 'Change Phone', exact: true }).click();
        await expect(stepHeading(page, 'Company')).toBeVisible();
        await expect(page.getByLabel('Phone', { exact: true })).toBeFocused();
        // Enter in the field is Next (a click could land on a possible-duplicate warning that
        // appears above Next as it is pressed).
        await page.keyboard.press('Enter');
        await expect(stepHeading(page, 'Review')).toBeFocused();

        await page.getByRole('link', { name: 'Change Email for Contact 3', exact: true }).click();
        await expect(
          page.getByRole('group', { name: 'Contact 3', exact: true }).getByLabel('Email', {
            exact: true,
          }),
        ).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(stepHeading(page, 'Review')).toBeFocused();

        await button(page, 'Submit').click();
        await expect(
          page.getByRole('heading', { level: 2, name: 'Customer submitted' }),
        ).toBeFocused();
        expect(((await theAcceptedBody(fake)).customer as { phone: string }).phone).toBe(
          sentPhone.replaceAll(' ', ''),
        );

        const main = page.getByRole('main');
        await expect(main).toContainText(`Net3 accepted ${customerName}.`);
        // Net3 answers the 32-hex form; the page writes it as its input asks for it.
        await expect(main).toContainText('0123abcd-4567-89ab-cdef-0123456789ab');
        await expect(main).not.toContainText('0123abcd456789abcdef0123456789ab');
        const sent = page.locator('details', { hasText: 'What was sent' });
        await expect(sent).not.toHaveAttribute('open');
        await expect(sent.getByRole('region', { name: 'Contacts' })).toBeHidden();
        await checkPage(page, width, 'the staff success page');

        await button(page, 'Copy summary').click();
        await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied.startsWith(`Customer submitted to Net3: ${customerName}\n`)).toBe(true);
        expect(copied).toContain('\nN3T Logins company ID: 0123abcd-4567-89ab-cdef-0123456789ab\n');
        expect(copied).toContain(`\nPhone: ${sentPhone}\n`);
        expect(copied).toContain('\nContact 3\nFirst name: Kim\n');

        await sent.locator('summary').click();
        await expect(sent.getByRole('region', { name: 'Contacts' })).toBeVisible();
        await checkPage(page, width, 'the staff success page with what was sent open');
        await sent.locator('summary').click();

        // Printed: no header, no buttons, and what was sent in full although it is collapsed.
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('header')).toBeHidden();
        await expect(button(page, 'Copy summary')).toBeHidden();
        await expect(button(page, 'Start another')).toBeHidden();
        await expect(sent.getByRole('region', { name: 'Contacts' })).toBeVisible();
        await page.emulateMedia({ media: 'screen' });
        await expect(page.locator('header')).toBeVisible();
      },
    );
  });
}

test('the reseller success page says what happens next and when, without the N3T Logins company ID', async ({
  page,
  fake,
}) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/signup');
    await expect(page.getByText(/You will need your company’s email/)).toBeVisible();
    await page
      .getByLabel('Your company name', { exact: true })
      .fill(`Next Steps Reseller ${width}`);
    await page.getByLabel('Email', { exact: true }).fill(`hello-${width}@next-steps.example`);
    await page.getByLabel('Phone', { exact: true }).fill('(803) 555-0150');
    await button(page, 'Next').click();
    const address = page.getByRole('group', { name: 'Address 1', exact: true });
    await address.getByLabel('Street', { exact: true }).fill('12 King St');
    await address.getByLabel('City', { exact: true }).fill('Charleston');
    await address.getByLabel('State', { exact: true }).selectOption('SC');
    await address.getByLabel('Postal code', { exact: true }).fill('29401');
    await button(page, 'Next').click();
    const contact = page.getByRole('group', { name: 'Contact 1', exact: true });
    await contact.getByLabel('First name', { exact: true }).fill('Ana');
    await contact.getByLabel('Last name', { exact: true }).fill('Reyes');
    await contact.getByLabel('Email', { exact: true }).fill(`ana-${width}@next-steps.example`);
    await expect(
      contact.getByRole('checkbox', { name: 'Billing', exact: true }),
    ).toHaveAccessibleDescription('Receives invoices and answers questions about payments');
    await button(page, 'Next').click();
    await expect(stepHeading(page, 'Review')).toBeVisible();
    await button(page, 'Submit').click();

    await expect(
      page.getByRole('heading', { level: 2, name: 'Thanks — your signup was received' }),
    ).toBeFocused();
    const main = page.getByRole('main');
    await expect(main).toContainText('Net3 reviews your signup, usually within two business days.');
    await expect(main).toContainText(`Net3 then emails your primary contact at ana-${width}@`);

    // Net3 did answer an N3T Logins company ID: the reseller is never shown it.
    const answers = (await fake.acceptedProvisionRequests()).map((r) => r.response?.body);
    const companyId = (answers.at(-1) as { n3TLogins_CompanyId?: string }).n3TLogins_CompanyId;
    expect(companyId).toMatch(/^[0-9a-f]{32}$/);
    await expect(main).not.toContainText('N3T Logins');
    await expect(main).not.toContainText(companyId!);
    await expect(main).not.toContainText(companyId!.slice(0, 8));
    await checkPage(page, width, "the reseller's success page");
  }
});
