// The reseller signup speaks to the person signing their own company up, not to staff: its
// own label for the company name, what to have at hand and a privacy note on the first step,
// a hint for each contact role, a 409 that says what to do, and a success page that says what
// happens next and when without Net3's internal ids.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../app/test-render.tsx';
import { resellerAudienceDescription } from '../provisioning/audience/reseller-audience-description.ts';
import { contactRoleNames } from '../provisioning/contract/contact-role-names.ts';
import { saveDraft, SIGNUP_DRAFT_STORAGE_KEY } from '../provisioning/form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../provisioning/form/example-form.ts';
import type { WizardStepId } from '../provisioning/form/form-model.ts';
import { contactRoleLabels } from '../provisioning/steps/contact-fieldset.tsx';
import { SIGNUP_CONFLICT_MESSAGE } from '../provisioning/steps/submit-outcome-problem.ts';
import { SignupPage } from './signup-page.tsx';

vi.setConfig({ testTimeout: 20_000 });

const server = setupServer(
  http.post('/api/signup', () =>
    HttpResponse.json({
      customerId: 'RES-0042',
      n3TLogins_CompanyId: '0123abcd456789abcdef0123456789ab',
    }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => window.history.replaceState(null, '', '/signup'));

function renderSignupAt(step: WizardStepId) {
  const form = exampleProvisionCustomerForm();
  form.customer = { ...form.customer, customerId: '', localId: '', n3TLogins_CompanyId: '' };
  saveDraft(form, step, SIGNUP_DRAFT_STORAGE_KEY);
  window.history.replaceState(null, '', `/signup?step=${step}`);
  return renderWithProviders(<SignupPage />);
}

describe("the signup's words for a reseller", () => {
  it('asks for "Your company name", with what you will need and a privacy note first', () => {
    renderWithProviders(<SignupPage />);

    expect(screen.getByRole('textbox', { name: 'Your company name' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Customer name' })).not.toBeInTheDocument();
    const { whatYouNeed, privacy } = resellerAudienceDescription.wording.firstStepNotes!;
    expect(screen.getByText(whatYouNeed)).toHaveTextContent(
      /email, phone and address, and a contact’s name and email/,
    );
    expect(screen.getByText(privacy)).toHaveTextContent(/stay in this browser tab/);
  });

  it('says what each contact role means, as the description of its box', async () => {
    renderSignupAt('contacts');

    // The step's code loads on demand (slowly on a busy machine).
    const contact = await screen.findByRole('group', { name: 'Contact 1' }, { timeout: 10_000 });
    const roles = within(contact).getByRole('group', { name: 'Roles' });
    for (const role of contactRoleNames) {
      const box = within(roles).getByRole('checkbox', { name: contactRoleLabels[role] });
      expect(box).toHaveAccessibleDescription(
        resellerAudienceDescription.wording.contactRoleHints![role],
      );
    }
    expect(within(roles).getByRole('checkbox', { name: 'Primary' })).toHaveAccessibleDescription(
      /Net3 writes to/,
    );
  });

  it('answers a 409 with "We may already have your company" and what to do, keeping the answers', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('/api/signup', () =>
        HttpResponse.json(
          {
            responseStatus: {
              errorCode: 'Conflict',
              message: 'A customer with the email ops@acme.example already exists.',
            },
          },
          { status: 409 },
        ),
      ),
    );
    renderSignupAt('review');
    await screen.findByRole('region', { name: 'Company details' }, { timeout: 10_000 });

    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const problem = (await screen.findByText(/We may already have your company/)).closest(
      '[role="alert"]',
    ) as HTMLElement;
    expect(problem).toHaveTextContent('Your signup was not sent');
    expect(problem).toHaveTextContent(SIGNUP_CONFLICT_MESSAGE);
    expect(SIGNUP_CONFLICT_MESSAGE).toMatch(
      /Check with your colleagues, or contact your Net3 partner/,
    );
    // Net3's words would say who else is a customer: never shown to the public.
    expect(problem).not.toHaveTextContent('ops@acme.example');
    expect(screen.getByText('Acmé & Söhne, LLC')).toBeInTheDocument();
  });

  it('says on the success page what happens next and when, without Net3 internal ids', async () => {
    const user = userEvent.setup();
    renderSignupAt('review');
    await screen.findByRole('region', { name: 'Company details' }, { timeout: 10_000 });

    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await screen.findByRole(
      'heading',
      { name: 'Thanks — your signup was received' },
      { timeout: 10_000 },
    );
    const main = document.body;
    expect(main).toHaveTextContent('Net3 has the signup for Acmé & Söhne, LLC.');
    expect(main).toHaveTextContent('Net3 reviews your signup, usually within two business days.');
    expect(main).toHaveTextContent(
      'Net3 then emails your primary contact at zoe@acme.example with the next steps.',
    );
    expect(screen.getByText('RES-0042')).toBeInTheDocument();
    expect(main).not.toHaveTextContent(/N3T Logins/);
    expect(main).not.toHaveTextContent(/0123abcd/);
  });
});
