import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../app/test-render.tsx';
import {
  DRAFT_STORAGE_KEY,
  loadDraft,
  saveDraft,
  SIGNUP_DRAFT_STORAGE_KEY,
} from '../provisioning/form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../provisioning/form/example-form.ts';
import type { WizardStepId } from '../provisioning/form/form-model.ts';
import { SignupPage } from './signup-page.tsx';

vi.setConfig({ testTimeout: 20_000 });

const requests: string[] = [];
const signupBodies: Record<string, unknown>[] = [];
const server = setupServer(
  http.post('/api/signup', async ({ request }) => {
    signupBodies.push((await request.json()) as Record<string, unknown>);
    return HttpResponse.json({ customerId: 'RES-0042' });
  }),
);
server.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
  signupBodies.length = 0;
});
afterAll(() => server.close());
beforeEach(() => window.history.replaceState(null, '', '/signup'));

/** A reseller's answers: the staff-only ones left empty, as the signup never asks for them. */
function resellerForm() {
  const form = exampleProvisionCustomerForm();
  form.customer = {
    ...form.customer,
    customerId: '',
    serviceLevelId: '',
    typePricingTierId: '',
    typeCustomerStatusId: '',
    localId: '',
    n3TLogins_CompanyId: '',
    salesContact: '',
  };
  return form;
}

function renderSignupAt(step: WizardStepId, search = '') {
  saveDraft(resellerForm(), step, SIGNUP_DRAFT_STORAGE_KEY);
  window.history.replaceState(null, '', `/signup?step=${step}${search}`);
  return renderWithProviders(<SignupPage />);
}

describe('Reseller signup', () => {
  it("asks only for a reseller's company details on the Company step", () => {
    renderWithProviders(<SignupPage />);

    const main = screen.getByRole('heading', { level: 2, name: 'Company' }).parentElement!;
    expect(
      within(main)
        .getAllByRole('textbox')
        .map((input) => input.getAttribute('name')),
    ).toEqual(['customer.customerName', 'customer.email', 'customer.phone', 'customer.extension']);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    for (const label of [/Customer ID/, /Local ID/, /N3T Logins/, /Sales contact/, /Parent/]) {
      expect(screen.queryByRole('textbox', { name: label })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: /References/ })).not.toBeInTheDocument();
    expect(requests).toEqual([]);
    expect(document.title).toBe('Company – Step 1 of 4 – Net3 reseller signup');
  });

  it('checks only the fields it shows when Next is pressed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignupPage />);

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter your company name',
      'Enter an email address like name@example.com',
      'Enter a phone number like (803) 555-0100',
    ]);
  });

  it('shows a referral and sends it as parentCompanyId', async () => {
    const user = userEvent.setup();
    renderSignupAt('review', '&parent=partner-17');

    const company = await screen.findByRole('region', { name: 'Company details' });
    expect(within(company).getByText('Referred by').nextElementSibling).toHaveTextContent(
      'A Net3 partner (partner-17)',
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await screen.findByRole('heading', { name: 'Thanks — your signup was received' });
    expect(signupBodies[0]?.customer).toMatchObject({ parentCompanyId: 'partner-17' });
  });

  it('says who referred the reseller on the Company step, and ignores a malformed referral', () => {
    window.history.replaceState(null, '', '/signup?parent=partner-17');
    const { unmount } = renderWithProviders(<SignupPage />);
    expect(screen.getByText('Referred by a Net3 partner (partner-17)')).toBeInTheDocument();
    unmount();
    sessionStorage.clear();

    window.history.replaceState(null, '', '/signup?parent=%3Cb%3Ex%3C%2Fb%3E');
    renderWithProviders(<SignupPage />);
    expect(screen.queryByText(/Referred by/)).not.toBeInTheDocument();
  });

  it('submits only what a public signup may send, with an empty honeypot, and says what happens next', async () => {
    const user = userEvent.setup();
    renderSignupAt('review');

    expect(await screen.findByText('Acmé & Söhne, LLC')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Created by' })).not.toBeInTheDocument();
    expect(screen.queryByText('Service level')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Thanks — your signup was received',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('zoe@acme.example')).toBeInTheDocument();
    expect(screen.getByText('RES-0042')).toBeInTheDocument();
    expect(requests).toEqual(['POST /api/signup']);
    expect(Object.keys(signupBodies[0]!).sort()).toEqual([
      'addresses',
      'contacts',
      'customer',
      'website',
    ]);
    expect(signupBodies[0]?.website).toBe('');
    expect(Object.keys(signupBodies[0]?.customer as object).sort()).toEqual([
      'cityStateZip',
      'customerName',
      'email',
      'extension',
      'parentCompanyId',
      'phone',
      'streetAddress',
    ]);
    expect(loadDraft(SIGNUP_DRAFT_STORAGE_KEY)).toBeNull();
    expect(document.title).toBe('Signup received – Net3 reseller signup');
  });

  it("shows the server's message after too many signups and keeps every answer", async () => {
    const user = userEvent.setup();
    const message =
      'Too many signups from your network. Try again in 60 minutes. What you entered is still here.';
    server.use(
      http.post('/api/signup', () =>
        HttpResponse.json(
          { responseStatus: { errorCode: 'TooManyRequests', message } },
          { status: 429, headers: { 'Retry-After': '3600' } },
        ),
      ),
    );
    renderSignupAt('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    const problem = await screen.findByText(message);
    expect(problem.closest('[role="alert"]')).toHaveTextContent('Your signup was not sent');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByText('Acmé & Söhne, LLC')).toBeInTheDocument();
    expect(loadDraft(SIGNUP_DRAFT_STORAGE_KEY)?.form.customer.customerName).toBe(
      'Acmé & Söhne, LLC',
    );
  });

  it('keeps its draft apart from the staff wizard draft', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignupPage />);

    await user.type(screen.getByRole('textbox', { name: 'Your company name' }), 'Reseller Co');

    await waitFor(() =>
      expect(loadDraft(SIGNUP_DRAFT_STORAGE_KEY)?.form.customer.customerName).toBe('Reseller Co'),
    );
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('has a honeypot people never see or reach', () => {
    renderWithProviders(<SignupPage />);

    const honeypot = document.querySelector('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).toHaveClass('visually-hidden');
    expect(screen.queryByRole('textbox', { name: /Website/ })).not.toBeInTheDocument();
  });
});
