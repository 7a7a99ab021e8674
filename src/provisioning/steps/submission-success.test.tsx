// The staff success page: the customer's name, what Net3 returned (the N3T Logins company ID
// dashed), what was sent (collapsed), "Copy summary" as plain text with a visible "Copied" or
// a way to copy by hand when the browser refuses, and Print.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { staffAudienceDescription } from '../audience/staff-audience-description.ts';
import { saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi, testChoiceLists } from '../provision-customer-wizard.test-api.ts';
import { sentSummary } from './answer-summary.ts';
import { successSummaryText } from './success-summary.ts';

vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.server.resetHandlers();
  api.provisionRequests.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => api.server.close());
beforeEach(() => window.history.replaceState(null, '', '/'));

const net3Answer = {
  customerId: 'CUST-1001',
  n3TLogins_CompanyId: '0123abcd456789abcdef0123456789ab',
};

/** Submits the example customer from Review and waits for the success page. */
async function submitExample(user: ReturnType<typeof userEvent.setup>) {
  api.answerProvisionWith(() => HttpResponse.json(net3Answer));
  saveDraft(exampleProvisionCustomerForm(), 'review');
  window.history.replaceState(null, '', '/?step=review');
  renderWithProviders(<ProvisionCustomerWizard />);
  await screen.findByRole('region', { name: 'Company details' }, { timeout: 10_000 });
  // The choice names Review shows, so the summary carries them too.
  await waitFor(() =>
    expect(screen.getByRole('region', { name: 'Company details' })).toHaveTextContent('Essential'),
  );
  await user.click(screen.getByRole('button', { name: 'Submit' }));
  await screen.findByRole('heading', { name: 'Customer submitted' }, { timeout: 10_000 });
}

describe('the staff success page', () => {
  it('names the customer and shows the N3T Logins company ID as a dashed GUID', async () => {
    const user = userEvent.setup();
    await submitExample(user);

    expect(screen.getByText('Acmé & Söhne, LLC', { selector: 'strong' })).toBeInTheDocument();
    const returned = screen.getByRole('heading', { name: 'What Net3 returned' }).parentElement!;
    expect(
      within(returned).getByText('N3T Logins company ID').nextElementSibling,
    ).toHaveTextContent(/^0123abcd-4567-89ab-cdef-0123456789ab$/);
    expect(within(returned).getByText('CUST-1001')).toBeInTheDocument();
  });

  it('keeps what was sent collapsed under "What was sent", opened for printing', async () => {
    const user = userEvent.setup();
    await submitExample(user);

    const toggle = screen.getByText('What was sent', { selector: 'summary' });
    const details = toggle.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByRole('region', { name: 'Contacts' })).toHaveTextContent(
      'kim@acme.example',
    );
    expect(within(details).getByRole('region', { name: 'Company details' })).toHaveTextContent(
      '+1 803 555 0100',
    );

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(details).toHaveAttribute('open');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(details).not.toHaveAttribute('open');

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('copies the summary as plain text and says "Copied"', async () => {
    const user = userEvent.setup();
    await submitExample(user);

    await user.click(screen.getByRole('button', { name: 'Copy summary' }));

    await waitFor(() => expect(screen.getByText('Copied')).toBeVisible());
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(
      /^Customer submitted to Net3: Acmé & Söhne, LLC\n\nWhat Net3 returned\n/,
    );
    expect(copied).toContain('N3T Logins company ID: 0123abcd-4567-89ab-cdef-0123456789ab\n');
    expect(copied).toContain('\n\nContacts\nContact 1\nFirst name: Zoë\n');
    expect(copied).toContain('Telephone: +1 803 555 0101\n');
    expect(copied).toContain('Service level: Essential\n');
    // Plain text only: no markup.
    expect(copied).not.toMatch(/[<>]/);
  });

  it('says so and shows the text to copy by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    await submitExample(user);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );

    await user.click(screen.getByRole('button', { name: 'Copy summary' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This browser did not let the portal copy the summary. Select the text below and copy it',
    );
    const text = screen.getByRole('textbox', { name: 'Summary to copy' });
    expect(text).toHaveAttribute('readonly');
    expect((text as HTMLTextAreaElement).value).toMatch(/^Customer submitted to Net3: Acmé/);
    expect(screen.queryByText('Copied')).not.toBeInTheDocument();
  });
});

describe('successSummaryText', () => {
  it('writes the customer, what Net3 returned and every sent section, leaving empty answers out', () => {
    const form = exampleProvisionCustomerForm();
    form.contacts = [form.contacts[1]!];
    form.addresses = [form.addresses[1]!];
    const text = successSummaryText({
      result: net3Answer,
      primaryContactEmail: '',
      sent: sentSummary(form, staffAudienceDescription, testChoiceLists),
    });
    expect(text).toBe(
      [
        'Customer submitted to Net3: Acmé & Söhne, LLC',
        '',
        'What Net3 returned',
        'Customer ID: CUST-1001',
        'N3T Logins company ID: 0123abcd-4567-89ab-cdef-0123456789ab',
        '',
        'Company details',
        'Customer name: Acmé & Söhne, LLC',
        'Customer ID: ACME-001',
        'Email: ops@acme.example',
        'Phone: +1 803 555 0100',
        'Extension: 12',
        'Street address: 200 Bay Rd',
        'City, state and postal code: Charleston, SC 29401-1234',
        'Service level: Essential',
        'Pricing tier: Partner',
        'Customer status: Active',
        'Reseller: No',
        'Local ID: 42',
        'N3T Logins company ID: 01234567-89ab-cdef-0123-456789abcdef',
        'Sales contact: Rep One',
        '',
        'Addresses',
        'Address 1 (primary)',
        'Street: 200 Bay Rd',
        'City: Charleston',
        'State: South Carolina (SC)',
        'Postal code: 29401-1234',
        'Primary address: Yes',
        '',
        'Contacts',
        'Contact 1',
        'First name: José',
        'Last name: Núñez',
        'Email: jose@acme.example',
        'Roles: Technical',
        '',
        'Created by',
        'Name: Rep One',
        'Email: rep@net3.example',
        'Username: rep1',
        '',
      ].join('\n'),
    );
  });
});
