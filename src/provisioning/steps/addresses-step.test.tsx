import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { loadDraft, saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

// Typing with user-event is slow in jsdom (one event per key), more so on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());
beforeEach(() => window.history.replaceState(null, '', '/?step=addresses'));

/** The wizard on the Addresses step, after a reload with `form` as the draft. */
async function renderAddressesStep(form: ProvisionCustomerForm = exampleProvisionCustomerForm()) {
  saveDraft(form, 'addresses');
  renderWithProviders(<ProvisionCustomerWizard />);
  // The step's code loads on demand.
  await screen.findByRole('group', { name: 'Address 1' });
}

const address = (number: number) => screen.getByRole('group', { name: `Address ${number}` });
const field = (group: HTMLElement, name: string) => within(group).getByRole('textbox', { name });
const primaryBox = (group: HTMLElement) =>
  within(group).getByRole('checkbox', { name: 'Primary address' });

async function savedAddresses() {
  await waitFor(() => expect(loadDraft()).not.toBeNull());
  return loadDraft()!.form.addresses;
}

describe('Addresses step', () => {
  it('shows each address as a fieldset named "Address N"', async () => {
    await renderAddressesStep();

    expect(field(address(1), 'Street')).toHaveValue('1 Main St');
    expect(field(address(2), 'Street')).toHaveValue('200 Bay Rd');
    expect(field(address(2), 'Street')).toHaveAttribute('autocomplete', 'address-line1');
    expect(field(address(2), 'Postal code')).toHaveAttribute('autocomplete', 'postal-code');
    expect(within(address(2)).getByRole('combobox', { name: 'State' })).toHaveValue('SC');
  });

  it('keeps the right record when Address 1 is removed and the next one is edited', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();
    const secondStreet = field(address(2), 'Street');

    await user.click(within(address(1)).getByRole('button', { name: 'Remove address 1' }));

    expect(screen.queryByRole('group', { name: 'Address 2' })).not.toBeInTheDocument();
    // Keyed by id, not index: the old Address 2 is the same element, now numbered 1.
    expect(field(address(1), 'Street')).toBe(secondStreet);
    expect(field(address(1), 'Street')).toHaveValue('200 Bay Rd');

    await user.clear(field(address(1), 'City'));
    await user.type(field(address(1), 'City'), 'Mount Pleasant');

    await waitFor(async () => {
      const addresses = await savedAddresses();
      expect(addresses).toHaveLength(1);
      expect(addresses[0]).toMatchObject({
        street: '200 Bay Rd',
        city: 'Mount Pleasant',
        primary: true,
      });
    });
  });

  it('offers Undo after a removal, which puts the address back where it was', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();

    await user.click(within(address(1)).getByRole('button', { name: 'Remove address 1' }));
    const notice = screen.getByText('Address 1 removed.').closest('[role="status"]') as HTMLElement;
    expect(notice).toHaveFocus();
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));

    expect(field(address(1), 'Street')).toHaveValue('1 Main St');
    expect(field(address(2), 'Street')).toHaveValue('200 Bay Rd');
    expect(primaryBox(address(2))).toBeChecked();
  });

  it('un-chooses the other address when a new primary address is chosen', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();
    expect(primaryBox(address(2))).toBeChecked();

    await user.click(primaryBox(address(1)));

    expect(primaryBox(address(1))).toBeChecked();
    expect(primaryBox(address(2))).not.toBeChecked();
    await waitFor(async () =>
      expect((await savedAddresses()).map((saved) => saved.primary)).toEqual([true, false]),
    );
  });

  it('asks for a new primary address when the primary one is removed', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses.push({ ...form.addresses[0]!, street: '3 Third St' });
    await renderAddressesStep(form);

    await user.click(within(address(2)).getByRole('button', { name: 'Remove address 2' }));

    expect(
      screen.getByText(/It was the primary address: choose a new primary address/),
    ).toBeInTheDocument();
    expect(primaryBox(address(1))).not.toBeChecked();
    expect(primaryBox(address(2))).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await user.click(
      within(summary).getByRole('link', { name: 'Choose exactly one primary address' }),
    );
    const listError = document.getElementById('addresses-list-error');
    expect(listError).toHaveTextContent('Error: Choose exactly one primary address');
    expect(listError).toHaveFocus();

    await user.click(primaryBox(address(2)));
    await waitFor(() =>
      expect(document.getElementById('addresses-list-error')).not.toBeInTheDocument(),
    );
  });

  it('makes the only address left the primary one', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();

    await user.click(within(address(2)).getByRole('button', { name: 'Remove address 2' }));

    expect(primaryBox(address(1))).toBeChecked();
    expect(screen.queryByRole('button', { name: /Remove address/ })).not.toBeInTheDocument();
  });

  it('adds a complete, empty address and moves focus to its street', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();

    await user.click(screen.getByRole('button', { name: 'Add address' }));

    expect(field(address(3), 'Street')).toHaveValue('');
    expect(field(address(3), 'Street')).toHaveFocus();
    expect(primaryBox(address(3))).not.toBeChecked();
    await waitFor(async () => expect(await savedAddresses()).toHaveLength(3));
    expect((await savedAddresses())[2]).toEqual({
      street: '',
      city: '',
      state: '',
      postalCode: '',
      telephone: '',
      extension: '',
      email: '',
      notes: '',
      primary: false,
    });
  });

  it('does not mark a new blank address as wrong after an earlier failed Next', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses[0]!.city = '';
    await renderAddressesStep(form);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await user.type(field(address(1), 'City'), 'Columbia');

    await waitFor(() => expect(field(address(1), 'City')).toHaveAttribute('aria-invalid', 'false'));
    expect(field(address(3), 'Street')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument();
  });
});
