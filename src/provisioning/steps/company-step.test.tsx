import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { saveDraft } from '../form/draft-storage.ts';
import { defaultProvisionCustomerForm } from '../form/form-defaults.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

// Typing with user-event is slow in jsdom (one event per key), more so on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());
beforeEach(() => window.history.replaceState(null, '', '/'));

const referenceLabels = [
  'Customer ID (optional)',
  'Parent company ID (optional)',
  'Local ID (optional)',
  'N3T Logins company ID (optional)',
  'Sales contact (optional)',
];

function referencesButton() {
  return screen.getByRole('button', { name: 'References (optional)' });
}

describe('Company step', () => {
  it('labels every field and gives it the right input type and autocomplete', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);
    await user.click(referencesButton());

    const name = screen.getByRole('textbox', { name: 'Customer name' });
    expect(name).toHaveAttribute('autocomplete', 'organization');
    expect(name).toHaveAttribute('spellcheck', 'false');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('type', 'email');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAttribute('type', 'tel');
    expect(screen.getByRole('textbox', { name: 'Extension (optional)' })).toHaveAttribute(
      'autocomplete',
      'tel-extension',
    );
    expect(screen.getByRole('textbox', { name: 'Local ID (optional)' })).toHaveAttribute(
      'inputmode',
      'numeric',
    );
    expect(screen.getByRole('checkbox', { name: 'Reseller' })).not.toBeChecked();
    for (const label of referenceLabels) {
      expect(screen.getByRole('textbox', { name: label })).toHaveValue('');
    }
  });

  it('asks the required answers first and keeps the optional references behind a closed button', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);

    const fields = screen
      .getAllByRole('textbox')
      .concat(screen.getAllByRole('combobox'))
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map((field) => field.getAttribute('name'));
    expect(fields).toEqual([
      'customer.customerName',
      'customer.email',
      'customer.phone',
      'customer.extension',
      'customer.serviceLevelId',
      'customer.typePricingTierId',
      'customer.typeCustomerStatusId',
    ]);
    const button = referencesButton();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleDescription(
      'Customer ID, Parent company ID, Local ID, N3T Logins company ID, Sales contact',
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'References (optional)' }),
    ).toContainElement(button);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toContainElement(
      screen.getByRole('textbox', { name: 'Customer ID (optional)' }),
    );
    await user.click(button);
    expect(screen.queryByRole('textbox', { name: 'Customer ID (optional)' })).toBeNull();
  });

  it('opens the references by itself when one holds an answer', () => {
    const form = defaultProvisionCustomerForm();
    form.customer.salesContact = 'Pat Lee';
    saveDraft(form, 'company');
    renderWithProviders(<ProvisionCustomerWizard />);

    expect(referencesButton()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Sales contact (optional)' })).toHaveValue(
      'Pat Lee',
    );
  });

  it('opens the references when Next finds a problem in them, and the summary link reaches it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);
    await user.click(referencesButton());
    await user.type(screen.getByRole('textbox', { name: 'Local ID (optional)' }), 'twelve');
    await user.click(referencesButton());
    expect(screen.queryByRole('textbox', { name: 'Local ID (optional)' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
    expect(referencesButton()).toHaveAttribute('aria-expanded', 'true');
    const localId = screen.getByRole('textbox', { name: 'Local ID (optional)' });
    expect(localId).toHaveAttribute('aria-invalid', 'true');
    const link = screen
      .getAllByRole('link')
      .find((candidate) => candidate.getAttribute('href')?.endsWith(localId.id));
    await user.click(link!);
    expect(localId).toHaveFocus();
  });

  it('shows progress while the choice lists load, then offers their choices', async () => {
    renderWithProviders(<ProvisionCustomerWizard />);

    expect(screen.getByText(/Loading service levels/)).toBeInTheDocument();
    const serviceLevel = screen.getByRole('combobox', { name: 'Service level' });
    expect(await within(serviceLevel).findByRole('option', { name: 'Standard' })).toHaveValue('2');
    expect(within(serviceLevel).getAllByRole('option')[0]).toHaveTextContent(
      'Choose a service level',
    );
    expect(screen.queryByText(/Loading service levels/)).not.toBeInTheDocument();
  });

  it('explains a failed choice-list load and loads them again on Retry', async () => {
    const user = userEvent.setup();
    api.failChoiceLists();
    renderWithProviders(<ProvisionCustomerWizard />);

    const problem = await screen.findByText(/could not be loaded/);
    api.server.resetHandlers();
    await user.click(
      within(problem.closest('[role="alert"]') as HTMLElement).getByRole('button', {
        name: 'Retry',
      }),
    );

    expect(await screen.findByRole('option', { name: 'Essential' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  });
});
