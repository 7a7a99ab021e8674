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
  // The step's code loads on demand: on a busy machine that can take over findBy's 1 s.
  await screen.findByRole('group', { name: 'Address 1' }, { timeout: 10_000 });
}

const address = (number: number) => screen.getByRole('group', { name: `Address ${number}` });
const field = (group: HTMLElement, name: string) => within(group).getByRole('textbox', { name });
const primaryQuestion = () => screen.getByRole('group', { name: 'Which is the primary address?' });
/** The radio for Address `number` ("Address 2: 200 Bay Rd, Charleston"). */
const primaryRadio = (number: number) =>
  within(primaryQuestion()).getByRole('radio', { name: new RegExp(`^Address ${number}(:|$)`) });
const checkedPrimaries = () =>
  within(primaryQuestion())
    .getAllByRole('radio')
    .filter((radio) => (radio as HTMLInputElement).checked);

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
    expect(primaryRadio(2)).toBeChecked();
  });

  it('asks which address is the primary one as one radio group after the addresses', async () => {
    await renderAddressesStep();

    const question = primaryQuestion();
    expect(question.tagName).toBe('FIELDSET');
    const radios = within(question).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('name'))).toEqual([
      'primary-address',
      'primary-address',
    ]);
    expect(primaryRadio(1)).toHaveAccessibleName('Address 1: 1 Main St, Columbia');
    expect(primaryRadio(2)).toHaveAccessibleName('Address 2: 200 Bay Rd, Charleston');
    expect(primaryRadio(1)).not.toBeChecked();
    expect(primaryRadio(2)).toBeChecked();
    // No checkbox inside an address can leave the list without a primary address any more.
    expect(within(address(1)).queryByRole('checkbox')).not.toBeInTheDocument();
    // It comes after the addresses and the Add button: the person answers it for the list.
    const addButton = screen.getByRole('button', { name: 'Add address' });
    expect(addButton.compareDocumentPosition(question)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('names each choice after its address as it is typed', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses[0]!.street = '';
    form.addresses[0]!.city = '';
    await renderAddressesStep(form);
    expect(primaryRadio(1)).toHaveAccessibleName('Address 1');

    await user.type(field(address(1), 'Street'), '9 Elm St');

    expect(primaryRadio(1)).toHaveAccessibleName('Address 1: 9 Elm St');
  });

  it('un-chooses the other address when a new primary address is chosen', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();
    expect(primaryRadio(2)).toBeChecked();

    await user.click(primaryRadio(1));

    expect(primaryRadio(1)).toBeChecked();
    expect(primaryRadio(2)).not.toBeChecked();
    await waitFor(async () =>
      expect((await savedAddresses()).map((saved) => saved.primary)).toEqual([true, false]),
    );
  });

  it('asks for a new primary address when the primary one is removed, and chooses none', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses.push({ ...form.addresses[0]!, street: '3 Third St' });
    await renderAddressesStep(form);

    await user.click(within(address(2)).getByRole('button', { name: 'Remove address 2' }));

    const notice = screen.getByText(/^Address 2 removed\./).closest('[role="status"]');
    expect(notice).toHaveTextContent(
      'Address 2 removed. It was the primary address: choose which address is now the primary one, under “Which is the primary address?”.',
    );
    expect(notice).toHaveFocus();
    expect(checkedPrimaries()).toEqual([]);
    await waitFor(async () =>
      expect((await savedAddresses()).map((saved) => saved.primary)).toEqual([false, false]),
    );

    // Adding an address does not choose it either.
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(checkedPrimaries()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    // The rule's message is where the question is: inside it, describing it.
    expect(primaryQuestion()).toHaveAccessibleDescription(
      'Its street, city, state and postal code are sent as the company address. Error: Choose exactly one primary address',
    );
    expect(primaryRadio(1)).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('addresses-list-error')).not.toBeInTheDocument();
    await user.click(
      within(summary).getByRole('link', { name: 'Choose exactly one primary address' }),
    );
    expect(primaryRadio(1)).toHaveFocus();

    await user.click(primaryRadio(2));
    await waitFor(() =>
      expect(primaryQuestion()).toHaveAccessibleDescription(
        'Its street, city, state and postal code are sent as the company address.',
      ),
    );
    expect(primaryRadio(1)).not.toHaveAttribute('aria-invalid');
  });

  it('lists the primary-address rule after the address fields in the error summary', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses[1]!.primary = false;
    form.addresses[0]!.postalCode = '2940';
    await renderAddressesStep(form);

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Address 1: Enter a postal code like 29401 or 29401-1234',
      'Choose exactly one primary address',
    ]);
  });

  it('makes the only address left the primary one, and says so', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();

    await user.click(within(address(2)).getByRole('button', { name: 'Remove address 2' }));

    expect(primaryRadio(1)).toBeChecked();
    expect(
      screen.getByText(
        'Address 2 removed. It was the primary address, so Address 1, the only one left, is now the primary address.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove address/ })).not.toBeInTheDocument();
  });

  it('adds a complete, empty address and moves focus to its street', async () => {
    const user = userEvent.setup();
    await renderAddressesStep();

    await user.click(screen.getByRole('button', { name: 'Add address' }));

    expect(field(address(3), 'Street')).toHaveValue('');
    expect(field(address(3), 'Street')).toHaveFocus();
    expect(primaryRadio(3)).not.toBeChecked();
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
