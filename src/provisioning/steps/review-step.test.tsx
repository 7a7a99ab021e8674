// Review shows what will be sent (phones as Net3 receives them, written for reading) and a
// Change link on every answer that opens its step with focus on that answer's field.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.server.resetHandlers();
  api.provisionRequests.length = 0;
});
afterAll(() => api.server.close());
beforeEach(() => window.history.replaceState(null, '', '/'));

function renderReview(form: ProvisionCustomerForm = exampleProvisionCustomerForm()) {
  saveDraft(form, 'review');
  window.history.replaceState(null, '', '/?step=review');
  return renderWithProviders(<ProvisionCustomerWizard />);
}

// The later steps' code loads on demand, slowly on a busy machine.
const loading = { timeout: 10_000 };

/** The answer shown beside `label` in a summary list. */
function answer(region: HTMLElement, label: string, nth = 0): HTMLElement {
  const term = within(region).getAllByText(label, { selector: 'dt' })[nth]!;
  return term.nextElementSibling as HTMLElement;
}

describe('Review shows what will be sent', () => {
  it('shows phones as they are sent, written for reading, not as typed', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.customer.phone = '843 555 0142';
    form.addresses[0]!.telephone = '843.555.0199';
    form.contacts[1]!.telephone = '+44 20 7946 0958';
    renderReview(form);

    const company = await screen.findByRole('region', { name: 'Company details' }, loading);
    expect(answer(company, 'Phone')).toHaveTextContent(/^\+1 843 555 0142$/);
    const addresses = screen.getByRole('region', { name: 'Addresses' });
    expect(answer(addresses, 'Telephone', 0)).toHaveTextContent(/^\+1 843 555 0199$/);
    const contacts = screen.getByRole('region', { name: 'Contacts' });
    expect(answer(contacts, 'Telephone', 1)).toHaveTextContent(/^\+44 20 7946 0958$/);
    expect(answer(contacts, 'Telephone', 2)).toHaveTextContent('Not provided');

    // The number on Review is the number on the wire.
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByRole('heading', { name: 'Customer submitted' }, loading);
    expect(api.provisionRequests[0]?.customer?.phone).toBe('+18435550142');
    expect(api.provisionRequests[0]?.addresses?.[0]?.telephone).toBe('+18435550199');
    expect(api.provisionRequests[0]?.contacts?.[1]?.telephone).toBe('+442079460958');
  });

  it('shows the N3T Logins company ID dashed, as its input asks for it', async () => {
    renderReview();

    const company = await screen.findByRole('region', { name: 'Company details' }, loading);
    expect(answer(company, 'N3T Logins company ID')).toHaveTextContent(
      '01234567-89ab-cdef-0123-456789abcdef',
    );
  });
});

describe('Change on every answer', () => {
  it('gives every answer a Change link that names it', async () => {
    renderReview();

    const company = await screen.findByRole('region', { name: 'Company details' }, loading);
    const terms = within(company)
      .getAllByRole('term')
      .map((term) => term.textContent);
    const links = within(company)
      .getAllByRole('link')
      .map((link) => link.textContent)
      .filter((name) => name !== 'Change company details');
    expect(links).toEqual(terms.map((term) => `Change ${term}`));
    expect(links).toContain('Change Customer name');

    const contacts = screen.getByRole('region', { name: 'Contacts' });
    expect(
      within(contacts).getByRole('link', { name: 'Change Email for Contact 2' }),
    ).toHaveAttribute('href', '/?step=contacts');
    // 5 answers for each of 3 contacts, and the section's own link.
    expect(within(contacts).getAllByRole('link')).toHaveLength(16);
  });

  it('opens the Company step with focus on Customer name, and Next comes back to Review', async () => {
    const user = userEvent.setup();
    renderReview();

    await user.click(await screen.findByRole('link', { name: 'Change Customer name' }, loading));

    expect(screen.getByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Customer name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(window.location.search).toBe('?step=company');

    await user.clear(name);
    await user.type(name, 'Acme Two');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const company = await screen.findByRole('region', { name: 'Company details' }, loading);
    expect(answer(company, 'Customer name')).toHaveTextContent('Acme Two');
  });

  it("focuses the field of a later list item, a contact's roles and the primary address's street", async () => {
    const user = userEvent.setup();
    renderReview();

    await user.click(
      await screen.findByRole('link', { name: 'Change Email for Contact 2' }, loading),
    );
    const contact2 = await screen.findByRole('group', { name: 'Contact 2' }, loading);
    await waitFor(() =>
      expect(within(contact2).getByRole('textbox', { name: 'Email' })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(
      await screen.findByRole('link', { name: 'Change Roles for Contact 3' }, loading),
    );
    const contact3 = await screen.findByRole('group', { name: 'Contact 3' }, loading);
    await waitFor(() =>
      expect(
        within(within(contact3).getByRole('group', { name: 'Roles' })).getAllByRole('checkbox')[0],
      ).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));
    // The company's street address is the primary address's (Address 2 in the example).
    await user.click(await screen.findByRole('link', { name: 'Change Street address' }, loading));
    const address2 = await screen.findByRole('group', { name: 'Address 2' }, loading);
    await waitFor(() =>
      expect(within(address2).getByRole('textbox', { name: 'Street' })).toHaveFocus(),
    );
    // Three trips to other steps and back: slow in jsdom on a busy machine.
  }, 40_000);

  it('keeps the section Change link, which focuses the step heading', async () => {
    const user = userEvent.setup();
    renderReview();

    await user.click(await screen.findByRole('link', { name: 'Change addresses' }, loading));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Addresses' }, loading);
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
