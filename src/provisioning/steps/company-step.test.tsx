import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

// Typing with user-event is slow in jsdom (one event per key), more so on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());
beforeEach(() => window.history.replaceState(null, '', '/'));

describe('Company step', () => {
  it('labels every field and gives it the right input type and autocomplete', () => {
    renderWithProviders(<ProvisionCustomerWizard />);

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
    for (const label of [
      'Customer ID (optional)',
      'Parent company ID (optional)',
      'N3T Logins company ID (optional)',
      'Sales contact (optional)',
    ]) {
      expect(screen.getByRole('textbox', { name: label })).toHaveValue('');
    }
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
