import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { loadDraft, saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { toProvisionRequest } from '../form/to-provision-request.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

// Typing with user-event is slow in jsdom (one event per key), more so on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());

/** The wizard on `step`, after a reload with `form` as the draft. */
async function renderStep(step: 'addresses' | 'contacts', form: ProvisionCustomerForm) {
  window.history.replaceState(null, '', `/?step=${step}`);
  saveDraft(form, step as WizardStepId);
  renderWithProviders(<ProvisionCustomerWizard />);
  // The step's code loads on demand.
  const first = step === 'addresses' ? 'Address 1' : 'Contact 1';
  await screen.findByRole('group', { name: first }, { timeout: 10_000 });
}

const group = (name: string) => screen.getByRole('group', { name });
const textbox = (item: HTMLElement, name: string | RegExp) =>
  within(item).getByRole('textbox', { name });

async function savedForm() {
  await waitFor(() => expect(loadDraft()).not.toBeNull());
  return loadDraft()!.form;
}

describe('Use company phone and Use company email, on an address', () => {
  it('copy the company phone with its extension, and the company email', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.customer.phone = ' 843 555 0142 ';
    await renderStep('addresses', form);
    const second = group('Address 2');

    const usePhone = within(second).getByRole('button', {
      name: 'Use company phone for Address 2',
    });
    // The value it copies is shown beside it and describes it.
    expect(usePhone).toHaveAccessibleDescription('843 555 0142 ext. 12');
    await user.click(usePhone);

    expect(textbox(second, /^Telephone/)).toHaveValue('843 555 0142');
    expect(textbox(second, /^Extension/)).toHaveValue('12');
    expect(usePhone).toHaveFocus();

    const useEmail = within(second).getByRole('button', {
      name: 'Use company email for Address 2',
    });
    await user.click(useEmail);
    expect(textbox(second, /^Email/)).toHaveValue('ops@acme.example');
    expect(useEmail).toHaveFocus();

    // Address 1 is untouched, and the copy goes out like a typed number: in E.164.
    expect(textbox(group('Address 1'), /^Email/)).toHaveValue('ap@acme.example');
    await waitFor(async () =>
      expect((await savedForm()).addresses[1]?.email).toBe('ops@acme.example'),
    );
    const wire = toProvisionRequest(await savedForm(), new Date(0));
    expect(wire.addresses?.[1]).toMatchObject({
      telephone: '+18435550142',
      extension: '12',
      email: 'ops@acme.example',
    });
    expect(wire.customer?.phone).toBe('+18435550142');
  });

  it("keep the address's own extension when the company has none", async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.customer.extension = '';
    form.addresses[0]!.extension = '7';
    await renderStep('addresses', form);
    const first = group('Address 1');

    await user.click(
      within(first).getByRole('button', { name: 'Use company phone for Address 1' }),
    );

    expect(textbox(first, /^Telephone/)).toHaveValue('(803) 555-0100');
    expect(textbox(first, /^Extension/)).toHaveValue('7');
  });

  it('are not offered while the company has no phone or email', async () => {
    const form = exampleProvisionCustomerForm();
    form.customer.phone = '';
    form.customer.email = '  ';
    await renderStep('addresses', form);

    expect(screen.queryByRole('button', { name: /^Use company/ })).not.toBeInTheDocument();
  });
});

describe('Copy from primary address', () => {
  it("fills an address's street, city, state and postal code from the primary one", async () => {
    const user = userEvent.setup();
    await renderStep('addresses', exampleProvisionCustomerForm());
    const first = group('Address 1');
    // Address 2 is the primary one: it has nothing to copy from.
    expect(within(group('Address 2')).queryByRole('button', { name: /^Copy from primary/ })).toBe(
      null,
    );

    const copy = within(first).getByRole('button', {
      name: 'Copy from primary address to Address 1',
    });
    expect(copy).toHaveAccessibleDescription('Address 2: 200 Bay Rd, Charleston');
    await user.click(copy);

    expect(textbox(first, 'Street')).toHaveValue('200 Bay Rd');
    expect(textbox(first, 'City')).toHaveValue('Charleston');
    expect(within(first).getByRole('combobox', { name: 'State' })).toHaveValue('SC');
    expect(textbox(first, 'Postal code')).toHaveValue('29401-1234');
    // How to reach this address is its own: phone, email and notes are kept.
    expect(textbox(first, /^Telephone/)).toHaveValue('(803) 555-0100');
    expect(textbox(first, /^Email/)).toHaveValue('ap@acme.example');
    expect(textbox(first, /^Notes/)).toHaveValue('Dock 4');
    expect(copy).toHaveFocus();
  });

  it('keeps what this address has where the primary one is still empty', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses[1]!.city = '';
    form.addresses[1]!.postalCode = '';
    await renderStep('addresses', form);
    const first = group('Address 1');

    await user.click(within(first).getByRole('button', { name: /^Copy from primary address/ }));

    expect(textbox(first, 'Street')).toHaveValue('200 Bay Rd');
    expect(textbox(first, 'City')).toHaveValue('Columbia');
    expect(textbox(first, 'Postal code')).toHaveValue('29201');
  });

  it('follows the choice of primary address, and is not offered while none is chosen', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses[1]!.primary = false;
    await renderStep('addresses', form);
    expect(screen.queryByRole('button', { name: /^Copy from primary/ })).not.toBeInTheDocument();

    const question = screen.getByRole('group', { name: 'Which is the primary address?' });
    await user.click(within(question).getByRole('radio', { name: /^Address 1/ }));

    expect(
      within(group('Address 2')).getByRole('button', {
        name: 'Copy from primary address to Address 2',
      }),
    ).toHaveAccessibleDescription('Address 1: 1 Main St, Columbia');
    expect(within(group('Address 1')).queryByRole('button', { name: /^Copy from primary/ })).toBe(
      null,
    );
  });
});

describe('Use company email and Use company phone, on a contact', () => {
  it("copy the company's email and phone into that contact only", async () => {
    const user = userEvent.setup();
    await renderStep('contacts', exampleProvisionCustomerForm());
    const second = group('Contact 2');

    const useEmail = within(second).getByRole('button', {
      name: 'Use company email for Contact 2',
    });
    expect(useEmail).toHaveAccessibleDescription('ops@acme.example');
    await user.click(useEmail);
    expect(textbox(second, 'Email')).toHaveValue('ops@acme.example');
    expect(useEmail).toHaveFocus();

    const usePhone = within(second).getByRole('button', {
      name: 'Use company phone for Contact 2',
    });
    // A contact has no extension: only the number is shown and copied.
    expect(usePhone).toHaveAccessibleDescription('(803) 555-0100');
    await user.click(usePhone);
    expect(textbox(second, /^Telephone/)).toHaveValue('(803) 555-0100');

    expect(textbox(group('Contact 1'), 'Email')).toHaveValue('zoe@acme.example');
    await waitFor(async () =>
      expect((await savedForm()).contacts[1]).toMatchObject({
        email: 'ops@acme.example',
        telephone: '(803) 555-0100',
      }),
    );
  });
});
