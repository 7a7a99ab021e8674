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
beforeEach(() => window.history.replaceState(null, '', '/?step=contacts'));

/** The wizard on the Contacts step, after a reload with `form` as the draft. */
async function renderContactsStep(form: ProvisionCustomerForm = exampleProvisionCustomerForm()) {
  saveDraft(form, 'contacts');
  renderWithProviders(<ProvisionCustomerWizard />);
  // The step's code loads on demand: on a busy machine that can take over findBy's 1 s.
  await screen.findByRole('group', { name: 'Contact 1' }, { timeout: 10_000 });
}

const contact = (number: number) => screen.getByRole('group', { name: `Contact ${number}` });
const roles = (group: HTMLElement) => within(group).getByRole('group', { name: 'Roles' });

async function savedContacts() {
  await waitFor(() => expect(loadDraft()).not.toBeNull());
  return loadDraft()!.form.contacts;
}

describe('Contacts step', () => {
  it('gives each contact a Roles checkbox group with every Net3 role', async () => {
    await renderContactsStep();

    const group = roles(contact(1));
    expect(group.tagName).toBe('FIELDSET');
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['Primary', 'Technical', 'Billing', 'Reseller', 'Sales', 'ContractSignatory']);
    expect(within(group).getByRole('checkbox', { name: 'Primary' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Billing' })).toBeChecked();
    expect(within(contact(1)).getByRole('textbox', { name: 'First name' })).toHaveAttribute(
      'autocomplete',
      'given-name',
    );
  });

  it('ticks and unticks roles for the right contact', async () => {
    const user = userEvent.setup();
    await renderContactsStep();

    await user.click(within(roles(contact(2))).getByRole('checkbox', { name: 'Billing' }));
    await user.click(within(roles(contact(2))).getByRole('checkbox', { name: 'Technical' }));

    expect(within(roles(contact(2))).getByRole('checkbox', { name: 'Billing' })).toBeChecked();
    expect(
      within(roles(contact(2))).getByRole('checkbox', { name: 'Technical' }),
    ).not.toBeChecked();
    await waitFor(async () => expect((await savedContacts())[1]?.roles).toEqual(['Billing']));
    expect((await savedContacts())[0]?.roles).toEqual(['Primary', 'Billing']);
  });

  it('links a contact with no role from the error summary to its first role box', async () => {
    const user = userEvent.setup();
    await renderContactsStep();
    await user.click(within(roles(contact(2))).getByRole('checkbox', { name: 'Technical' }));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await user.click(
      within(summary).getByRole('link', {
        name: 'Contact 2: Choose at least one role for this contact',
      }),
    );

    const firstBox = within(roles(contact(2))).getByRole('checkbox', { name: 'Primary' });
    expect(firstBox).toHaveFocus();
    expect(firstBox).toHaveAttribute('aria-invalid', 'true');
    expect(roles(contact(2))).toHaveAccessibleDescription(
      'Choose all that apply. Exactly one contact must be the Primary contact. Error: Choose at least one role for this contact',
    );

    await user.click(within(roles(contact(2))).getByRole('checkbox', { name: 'Sales' }));
    await waitFor(() => expect(firstBox).not.toHaveAttribute('aria-invalid'));
  });

  it('shows the primary-contact rule at list level after Next', async () => {
    const user = userEvent.setup();
    await renderContactsStep();
    await user.click(within(roles(contact(1))).getByRole('checkbox', { name: 'Primary' }));

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', { name: 'Choose exactly one primary contact' }),
    ).toBeInTheDocument();
    expect(document.getElementById('contacts-list-error')).toHaveTextContent(
      'Choose exactly one primary contact',
    );

    await user.click(within(roles(contact(3))).getByRole('checkbox', { name: 'Primary' }));
    await waitFor(() =>
      expect(document.getElementById('contacts-list-error')).not.toBeInTheDocument(),
    );
  });

  it('shows list-level and field errors together, and clears each as it is fixed', async () => {
    const user = userEvent.setup();
    await renderContactsStep();
    await user.click(within(roles(contact(1))).getByRole('checkbox', { name: 'Primary' }));
    await user.clear(within(contact(2)).getByRole('textbox', { name: 'Email' }));

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Choose exactly one primary contact',
      'Contact 2: Enter an email address like name@example.com',
    ]);

    await user.type(
      within(contact(2)).getByRole('textbox', { name: 'Email' }),
      'jose@acme.example',
    );
    await waitFor(() =>
      expect(
        within(summary)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Choose exactly one primary contact']),
    );
  });

  it('removes a contact with Undo and keeps the others in order', async () => {
    const user = userEvent.setup();
    await renderContactsStep();

    await user.click(within(contact(2)).getByRole('button', { name: 'Remove contact 2' }));
    expect(within(contact(2)).getByRole('textbox', { name: 'First name' })).toHaveValue('Kim');
    expect(screen.queryByRole('group', { name: 'Contact 3' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(contact(2)).getByRole('textbox', { name: 'First name' })).toHaveValue('José');
    expect(within(contact(3)).getByRole('textbox', { name: 'First name' })).toHaveValue('Kim');
  });

  it('adds a contact with no roles when there is already a Primary contact', async () => {
    const user = userEvent.setup();
    await renderContactsStep();

    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(within(contact(4)).getByRole('textbox', { name: 'First name' })).toHaveFocus();
    expect(within(roles(contact(4))).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('adds a contact with no roles when no one is Primary, and the rule stays broken', async () => {
    const user = userEvent.setup();
    await renderContactsStep();
    await user.click(within(roles(contact(1))).getByRole('checkbox', { name: 'Primary' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(document.getElementById('contacts-list-error')).toHaveTextContent(
      'Choose exactly one primary contact',
    );

    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    // The portal never picks the Primary contact: the new one starts with no role at all.
    expect(within(roles(contact(4))).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    await waitFor(async () => expect((await savedContacts())[3]?.roles).toEqual([]));
    expect(document.getElementById('contacts-list-error')).toHaveTextContent(
      'Choose exactly one primary contact',
    );

    await user.click(within(roles(contact(4))).getByRole('checkbox', { name: 'Primary' }));
    await waitFor(() =>
      expect(document.getElementById('contacts-list-error')).not.toBeInTheDocument(),
    );
  });
});
