import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

// Counts renders of every text field by its form path; the real component still renders.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../components/form-text-field.tsx', async (importActual) => {
  const actual = await importActual<typeof import('../../components/form-text-field.tsx')>();
  return {
    ...actual,
    FormTextField: (props: Parameters<typeof actual.FormTextField>[0]) => {
      renders.set(props.name, (renders.get(props.name) ?? 0) + 1);
      return actual.FormTextField(props);
    },
  };
});

vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());
beforeEach(() => window.history.replaceState(null, '', '/?step=addresses'));

describe('AddressFieldset', () => {
  it('does not re-render one address while another is edited', async () => {
    const user = userEvent.setup();
    saveDraft(exampleProvisionCustomerForm(), 'addresses');
    renderWithProviders(<ProvisionCustomerWizard />);
    const second = await screen.findByRole('group', { name: 'Address 2' });
    renders.clear();

    const notes = within(second).getByRole('textbox', { name: 'Notes (optional)' });
    await user.type(notes, 'Gate code 42');

    // The edited field re-renders only its input (form-text-field.tsx), not its frame: what
    // this test counts is the other fields, which must not render again at all.
    expect(notes).toHaveValue('Gate code 42');
    expect(renders.get('addresses.0.street')).toBeUndefined();
    expect(renders.get('addresses.0.notes')).toBeUndefined();
    expect(renders.get('addresses.1.street')).toBeUndefined();
  });
});
