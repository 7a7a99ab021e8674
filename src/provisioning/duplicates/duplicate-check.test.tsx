// The duplicate warning in the wizard (MSW stands in for GET /api/duplicates): asked once the
// answers settle, never per key press; shown above Next and above Submit, each match a link to
// its ledger row with why it matched; never in the way of Next; told to a screen reader once
// per new set of matches; and never part of the public signup.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../app/test-render.tsx';
import { SignupPage } from '../../signup/signup-page.tsx';
import type { DuplicateMatch } from '../contract/duplicate-matches.ts';
import { saveDraft } from '../form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import { ProvisionCustomerWizard } from '../provision-customer-wizard.tsx';
import { createWizardTestApi } from '../provision-customer-wizard.test-api.ts';

vi.setConfig({ testTimeout: 20_000 });

const acme: DuplicateMatch = {
  id: 'sub-1',
  customerName: 'Acme Widgets LLC',
  submittedBy: 'Demo Sales',
  createdAt: new Date(new Date().getFullYear(), 10, 3, 14, 0).getTime(),
  state: 'accepted',
  net3CustomerId: 'N3-000123',
  reasons: ['similar name'],
};

const api = createWizardTestApi();
const lookups: URLSearchParams[] = [];
api.server.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (url.pathname === '/api/duplicates') lookups.push(url.searchParams);
});
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  lookups.length = 0;
  window.history.replaceState(null, '', '/');
  // Acme for any name that starts like it, nothing for anyone else.
  api.server.use(
    http.get('/api/duplicates', ({ request }) => {
      const name = new URL(request.url).searchParams.get('name') ?? '';
      return HttpResponse.json({ matches: /^acme/i.test(name) ? [acme] : [] });
    }),
  );
});
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());

const warning = () => screen.queryByRole('group', { name: 'Possible duplicates' });
const liveRegion = () =>
  screen.getAllByRole('status').find((region) => region.textContent?.includes('duplicate'));

describe('the duplicate warning', () => {
  it('asks once the name settles, not per key press, and names the earlier submission', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);

    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'ACME Widgets, L.L.C.');

    const shown = await screen.findByRole('group', { name: 'Possible duplicates' });
    expect(shown).toHaveTextContent(
      'Possible duplicate: Acme Widgets LLC, submitted by Demo Sales on 3 Nov (Accepted, N3-000123). Matched on similar name.',
    );
    expect(within(shown).getByRole('link', { name: 'Acme Widgets LLC' })).toHaveAttribute(
      'href',
      '/submissions/sub-1',
    );
    expect(lookups.map((query) => query.get('name'))).toEqual(['ACME Widgets, L.L.C.']);
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent(
        'Possible duplicate: Acme Widgets LLC, submitted by Demo Sales on 3 Nov (Accepted, N3-000123). Listed above Next.',
      ),
    );
    // Above Next: after every answer of the step, before the button.
    const next = screen.getByRole('button', { name: 'Next' });
    expect(shown.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks at once when the person leaves the field, with the phone as Net3 will get it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);

    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '(803) 555-0100');
    await user.tab();

    // Sooner than the 500 ms pause: leaving the field is enough.
    await waitFor(() => expect(lookups).toHaveLength(1), { timeout: 300 });
    expect(Object.fromEntries(lookups[0]!)).toEqual({ phone: '+18035550100' });
  });

  it('shows nothing for an unrelated customer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);

    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'Zenith Plumbing');
    await waitFor(() => expect(lookups).toHaveLength(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));

    expect(warning()).not.toBeInTheDocument();
    expect(screen.queryByText(/Possible duplicate/)).not.toBeInTheDocument();
  });

  it('tells the live region once: the same matches again change nothing in it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);
    const name = screen.getByRole('textbox', { name: 'Customer name' });
    await user.type(name, 'Acme Widgets');
    await waitFor(() => expect(liveRegion()).toHaveTextContent(/Possible duplicate/));

    const region = liveRegion()!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    await user.type(name, ' Inc');
    await waitFor(() => expect(lookups).toHaveLength(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    observer.disconnect();

    expect(changes).toEqual([]);
    expect(region).toHaveTextContent(/^Possible duplicate: Acme Widgets LLC/);
  });

  it('never blocks: Next goes on with a duplicate shown', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.customer.customerName = 'Acme Widgets, L.L.C.';
    saveDraft(form, 'company');
    renderWithProviders(<ProvisionCustomerWizard />);

    expect(await screen.findByRole('group', { name: 'Possible duplicates' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Addresses' })).toBeInTheDocument();
  });

  it('lists the match again on Review, above Submit', async () => {
    const form = exampleProvisionCustomerForm();
    form.customer.customerName = 'Acme Widgets, L.L.C.';
    saveDraft(form, 'review');
    window.history.replaceState(null, '', '/?step=review');
    renderWithProviders(<ProvisionCustomerWizard />);

    const shown = await screen.findByRole('group', { name: 'Possible duplicates' });
    expect(shown).toHaveTextContent('Acme Widgets LLC, submitted by Demo Sales on 3 Nov');
    const submit = screen.getByRole('button', { name: 'Submit' });
    expect(shown.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(liveRegion()).toHaveTextContent(/Listed above Submit\.$/));
  });

  it('says nothing when the check fails, and Next still works', async () => {
    const user = userEvent.setup();
    api.server.use(http.get('/api/duplicates', () => HttpResponse.text('down', { status: 502 })));
    const form = exampleProvisionCustomerForm();
    form.customer.customerName = 'Acme Widgets, L.L.C.';
    saveDraft(form, 'company');
    renderWithProviders(<ProvisionCustomerWizard />);

    await waitFor(() => expect(lookups).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Addresses' })).toBeInTheDocument();
    expect(screen.queryByText(/Possible duplicate/)).not.toBeInTheDocument();
  });

  it('is never part of the public signup', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/signup');
    renderWithProviders(<SignupPage />);

    await user.type(
      screen.getByRole('textbox', { name: /company name|customer name/i }),
      'Acme Widgets',
    );
    await user.type(screen.getByRole('textbox', { name: /email/i }), 'owner@acme.example');
    await user.tab();
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));

    expect(lookups).toEqual([]);
    expect(screen.queryByText(/Possible duplicate/)).not.toBeInTheDocument();
  });
});
