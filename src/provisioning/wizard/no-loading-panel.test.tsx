// Issue 13: a "Loading…" panel flashed on the first visit to Review and right after Submit.
// Here the Review step and the success page arrive only when the test lets them (a gate
// holds each, as a slow connection would hold its code): until then the step the
// person is on stays, with its button busy, and no "Loading…" panel is ever in the page. The
// Review answers stay as they were while the success page loads (not emptied by the clearing
// that follows a successful submit).
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

// Each gate holds one part until the test opens it, and notes that it was asked for: the Review
// step's and the success page's lazy components wait for their gate, then load the real code
// (holding the modules themselves would race: vitest cannot hold one module for two importers).
const gates = vi.hoisted(() => {
  const make = () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open: () => open(), requested: false };
  };
  return { reviewStep: make(), successPage: make() };
});

vi.mock('../steps/lazy-steps.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../steps/lazy-steps.ts')>();
  const { lazy } = await import('react');
  return {
    ...real,
    LazyReviewStep: lazy(() => {
      gates.reviewStep.requested = true;
      return gates.reviewStep.opened
        .then(() => import('../steps/review-step.tsx'))
        .then((module) => ({ default: module.ReviewStep }));
    }),
    LazySubmissionSuccess: lazy(() => {
      gates.successPage.requested = true;
      return gates.successPage.opened
        .then(() => import('../steps/submission-success.tsx'))
        .then((module) => ({ default: module.SubmissionSuccess }));
    }),
  };
});

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.server.resetHandlers());
afterAll(() => api.server.close());

/** Records whether a "Loading…" panel was ever in the page, however briefly. */
function watchForLoadingPanel() {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    if (document.body.textContent?.includes('Loading…')) seen.push('Loading…');
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

const heading = (name: string) => screen.getByRole('heading', { level: 2, name });

describe('going to Review and submitting', () => {
  it('keeps the current step, busy, until the next part is ready: never a Loading panel', async () => {
    api.server.use(
      http.get('/api/draft', () => HttpResponse.json({ draft: null })),
      http.put('/api/draft', () => HttpResponse.json({})),
      http.delete('/api/draft', () => HttpResponse.json({})),
    );
    saveDraft(exampleProvisionCustomerForm(), 'contacts');
    window.history.replaceState(null, '', '/?step=contacts');
    const user = userEvent.setup();
    renderWithProviders(<ProvisionCustomerWizard />);
    await screen.findByRole('group', { name: 'Contact 1' }, { timeout: 10_000 });
    const loading = watchForLoadingPanel();

    await user.click(screen.getByRole('button', { name: 'Next' }));

    await waitFor(() => expect(gates.reviewStep.requested).toBe(true), { timeout: 10_000 });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-busy', 'true'),
    );
    expect(heading('Contacts')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Contact 1' })).toBeInTheDocument();

    await act(async () => gates.reviewStep.open());
    await screen.findByRole('heading', { level: 2, name: 'Review' }, { timeout: 10_000 });
    const customerName = 'Acmé & Söhne, LLC';
    expect(screen.getAllByText(customerName).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Submit' }));

    // Net3 said yes; the success page's code is still held.
    await waitFor(() => expect(api.provisionRequests).toHaveLength(1), { timeout: 10_000 });
    await waitFor(() => expect(gates.successPage.requested).toBe(true), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heading('Review')).toBeInTheDocument();
    expect(screen.getAllByText(customerName).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Submit' })).toHaveAttribute('aria-busy', 'true');

    await act(async () => gates.successPage.open());
    expect(
      await screen.findByRole('heading', { name: 'Customer submitted' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    loading.stop();
    expect(loading.seen).toEqual([]);
  });
});
