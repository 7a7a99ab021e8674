// Issue 12: Next answers at once. The form rules and the next step's code arrive here only
// when the test lets them (a gate holds each, as a slow connection would hold its code);
// meanwhile Next must say it is busy, the step the person is on must stay,
// and no "Loading…" panel may take its place. Once the code is here the wizard moves on and
// the busy state clears.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

vi.setConfig({ testTimeout: 30_000 });

// Each gate holds one part until the test opens it, and notes that it was asked for. The form
// rules' loader and the Addresses step's lazy component wait for their gate, then load the
// real code (holding the modules themselves would race: vitest cannot hold one module for two
// importers at once).
const gates = vi.hoisted(() => {
  const make = () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open: () => open(), requested: false, isOpen: false };
  };
  const gates = { rules: make(), addressesStep: make() };
  void gates.rules.opened.then(() => (gates.rules.isOpen = true));
  return gates;
});

vi.mock('../steps/lazy-form-rules.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../steps/lazy-form-rules.ts')>();
  return {
    ...real,
    loadFormRules: () => {
      gates.rules.requested = true;
      return gates.rules.opened.then(() => real.loadFormRules());
    },
    formRulesReady: () => gates.rules.isOpen && real.formRulesReady(),
  };
});
vi.mock('../steps/lazy-steps.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../steps/lazy-steps.ts')>();
  const { lazy } = await import('react');
  return {
    ...real,
    LazyAddressesStep: lazy(() => {
      gates.addressesStep.requested = true;
      return gates.addressesStep.opened
        .then(() => import('../steps/addresses-step.tsx'))
        .then((module) => ({ default: module.AddressesStep }));
    }),
  };
});

const api = createWizardTestApi();
beforeAll(() => {
  api.server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());

/** Records whether a "Loading…" panel was ever in the page, however briefly. */
function watchForLoadingPanel() {
  const seen: string[] = [];
  const look = () => {
    const text = document.body.textContent ?? '';
    if (text.includes('Loading…')) seen.push(text.slice(0, 80));
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

const nextButton = () => screen.getByRole('button', { name: 'Next' });
/** The polite status under Next, saying what it is doing. */
const checkingStatus = () => screen.getByText('Checking…');

describe('Next while the rules and the next step are still loading', () => {
  it('says it is busy at once, keeps the step on screen, and moves on when they arrive', async () => {
    api.server.use(
      http.get('/api/draft', () => HttpResponse.json({ draft: null })),
      http.put('/api/draft', () => HttpResponse.json({})),
      http.delete('/api/draft', () => HttpResponse.json({})),
    );
    saveDraft(exampleProvisionCustomerForm(), 'company');
    window.history.replaceState(null, '', '/?step=company');
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);
    await screen.findByRole('option', { name: 'Essential' }, { timeout: 10_000 });
    // The rules run on the first Next (the browser has fetched them by then, prefetched once
    // the page is alive: pinned in e2e/next-answers-at-once.spec.ts).
    expect(gates.rules.requested).toBe(false);
    const loading = watchForLoadingPanel();

    await user.click(nextButton());

    // Busy at once, while the rules are held.
    expect(gates.rules.requested).toBe(true);
    expect(nextButton()).toHaveAttribute('aria-busy', 'true');
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    expect(checkingStatus()).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();

    // The rules arrive, the step is valid; the Addresses step's code is still held.
    await act(async () => gates.rules.open());
    await waitFor(() => expect(gates.addressesStep.requested).toBe(true), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();
    expect(nextButton()).toHaveAttribute('aria-busy', 'true');
    expect(checkingStatus()).toHaveAttribute('role', 'status');

    await act(async () => gates.addressesStep.open());

    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: 'Addresses' },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('group', { name: 'Address 1' })).toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(nextButton()).not.toHaveAttribute('aria-busy');
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText('Checking…')).not.toBeInTheDocument();
    loading.stop();
    expect(loading.seen).toEqual([]);
  });
});
