import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../app/test-render.tsx';
import { loadDraft, saveDraft } from './form/draft-storage.ts';
import { exampleProvisionCustomerForm } from './form/example-form.ts';
import type { ProvisionCustomerForm, WizardStepId } from './form/form-model.ts';
import { ProvisionCustomerWizard } from './provision-customer-wizard.tsx';
import { createWizardTestApi } from './provision-customer-wizard.test-api.ts';

// Typing with user-event is slow in jsdom (one event per key), more so on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const api = createWizardTestApi();
beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.server.resetHandlers();
  api.provisionRequests.length = 0;
});
afterAll(() => api.server.close());
beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderWizard() {
  return renderWithProviders(<ProvisionCustomerWizard />);
}

/** Starts the wizard on `step` with a saved draft, as after a reload. */
function renderWizardWithDraft(
  step: WizardStepId,
  form: ProvisionCustomerForm = exampleProvisionCustomerForm(),
) {
  saveDraft(form, step);
  window.history.replaceState(null, '', `/?step=${step}`);
  return renderWizard();
}

function stepHeading(name: string) {
  return screen.getByRole('heading', { level: 2, name });
}

function errorSummary() {
  return screen.getByRole('alert', { name: 'There is a problem' });
}

async function fillValidCompany(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: 'Essential' });
  await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'Acme LLC');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ops@acme.example');
  await user.type(screen.getByRole('textbox', { name: 'Phone' }), '(803) 555-0100');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Service level' }), 'Essential');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Pricing tier' }), 'Partner');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Customer status' }), 'Active');
}

describe('moving through the steps', () => {
  it('shows the error summary and inline messages on an empty Company step and stays there', async () => {
    const user = userEvent.setup();
    renderWizard();
    await screen.findByRole('option', { name: 'Essential' });

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter the customer name' })).toHaveAttribute(
      'href',
      '#customer-customerName',
    );
    expect(
      within(summary).getByRole('link', { name: 'Choose a service level' }),
    ).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Customer name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Error: Enter the customer name');
    expect(stepHeading('Company')).toBeInTheDocument();
    expect(window.location.search).toBe('?step=company');
    await waitFor(() => expect(summary).toHaveFocus());
    await waitFor(() =>
      expect(document.title).toBe('Error: Company – Step 1 of 4 – Net3 Customer Portal'),
    );
  });

  it('does not check a field while typing or on blur before the first Next', async () => {
    const user = userEvent.setup();
    renderWizard();
    const email = screen.getByRole('textbox', { name: 'Email' });

    await user.type(email, 'not-an-email');
    await user.tab();

    expect(email).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument();
  });

  it('re-checks fields as they change after a failed Next', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));

    await user.type(email, 'ops@acme.example');

    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'false'));
    expect(within(errorSummary()).queryByText(/email address/)).not.toBeInTheDocument();

    await user.clear(email);
    await user.type(email, 'ops@');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(
      'Error: Enter an email address like name@example.com',
    );
  });

  it('moves focus to the field when an error summary link is followed', async () => {
    const user = userEvent.setup();
    renderWizard();
    await screen.findByRole('option', { name: 'Essential' });
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(await screen.findByRole('link', { name: 'Enter the customer name' }));
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Choose a pricing tier' }));
    expect(screen.getByRole('combobox', { name: 'Pricing tier' })).toHaveFocus();
  });

  it('goes to Addresses on a valid Next: heading focused, step in the URL and the title, announced', async () => {
    const user = userEvent.setup();
    renderWizard();
    await fillValidCompany(user);

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Addresses' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument();
    expect(window.location.search).toBe('?step=addresses');
    expect(document.title).toBe('Addresses – Step 2 of 4 – Net3 Customer Portal');
    expect(screen.getByText('Step 2 of 4: Addresses')).toBeInTheDocument();
  });

  it('keeps every value when going Back with the button and with the browser', async () => {
    const user = userEvent.setup();
    renderWizard();
    await fillValidCompany(user);
    await user.click(screen.getByRole('checkbox', { name: 'Reseller' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Addresses' });
    await user.type(screen.getByRole('textbox', { name: 'Street' }), '1 Main St');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('textbox', { name: 'Customer name' })).toHaveValue('Acme LLC');
    expect(screen.getByRole('combobox', { name: 'Pricing tier' })).toHaveValue('2');
    expect(screen.getByRole('checkbox', { name: 'Reseller' })).toBeChecked();

    // Forward again with Next, then the browser's Back button.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('textbox', { name: 'Street' })).toHaveValue('1 Main St');
    act(() => {
      window.history.replaceState({ net3Step: 'company' }, '', '/?step=company');
      window.dispatchEvent(new PopStateEvent('popstate', { state: { net3Step: 'company' } }));
    });
    expect(await screen.findByRole('textbox', { name: 'Customer name' })).toHaveValue('Acme LLC');
    await waitFor(() => expect(stepHeading('Company')).toHaveFocus());
  });
});

describe('drafts', () => {
  it('restores what was typed after the wizard is mounted again', async () => {
    const user = userEvent.setup();
    const first = renderWizard();
    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'Acme LLC');
    await waitFor(() => expect(loadDraft()?.form.customer.customerName).toBe('Acme LLC'));
    first.unmount();

    renderWizard();

    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Acme LLC');
  });

  it('restores list items, roles and the step', async () => {
    renderWizardWithDraft('contacts');

    expect(stepHeading('Contacts')).toBeInTheDocument();
    const contact3 = await screen.findByRole('group', { name: 'Contact 3' });
    expect(within(contact3).getByRole('textbox', { name: 'First name' })).toHaveValue('Kim');
    expect(within(contact3).getByRole('checkbox', { name: 'Contract signatory' })).toBeChecked();
    expect(within(contact3).getByRole('checkbox', { name: 'Primary' })).not.toBeChecked();
  });

  it('clears every answer and the draft after "Start over" is confirmed', async () => {
    const user = userEvent.setup();
    renderWizardWithDraft('addresses');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start over?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear all answers' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('');
    expect(loadDraft()).toBeNull();
  });
});

describe('review', () => {
  it('lists every answer, says "Not provided" for empty ones and derives the company address', async () => {
    renderWizardWithDraft('review');

    const company = await screen.findByRole('region', { name: 'Company details' });
    expect(within(company).getByText('Acmé & Söhne, LLC')).toBeInTheDocument();
    expect(within(company).getByText('200 Bay Rd')).toBeInTheDocument();
    expect(within(company).getByText('Charleston, SC 29401-1234')).toBeInTheDocument();
    expect(within(company).getAllByText('Not provided').length).toBeGreaterThan(0);
    expect(await within(company).findByText('Essential')).toBeInTheDocument();
    expect(
      within(company).getByRole('link', { name: 'Change company details' }),
    ).toBeInTheDocument();
  });

  it('opens a step with Change and returns straight to Review on Next', async () => {
    const user = userEvent.setup();
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('link', { name: 'Change company details' }));
    const name = await screen.findByRole('textbox', { name: 'Customer name' });
    await user.clear(name);
    await user.type(name, 'Acme Two');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Review' })).toBeInTheDocument();
    expect(await screen.findByText('Acme Two')).toBeInTheDocument();
  });

  it('shows "Created by" read-only from the session, over whatever the draft held', async () => {
    const form = exampleProvisionCustomerForm();
    form.createdBy = {
      email: '',
      firstName: 'Someone',
      lastName: 'Else',
      username: 'x',
      userId: '',
    };
    renderWizardWithDraft('review', form);

    const createdBy = await screen.findByRole('region', { name: 'Created by' });
    await waitFor(() => expect(within(createdBy).getByText('Rep One')).toBeInTheDocument());
    expect(within(createdBy).getByText('rep@net3.example')).toBeInTheDocument();
    expect(within(createdBy).getByText('rep1')).toBeInTheDocument();
    expect(within(createdBy).queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('submitting', () => {
  it('sends one request for a double click and shows what Net3 returned', async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(async () => {
      await delay(50);
      return HttpResponse.json({ customerId: 'CUST-1001', n3TLogins_CompanyId: 'abc123' });
    });
    renderWizardWithDraft('review');
    const submit = await screen.findByRole('button', { name: 'Submit' });

    await user.dblClick(submit);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Customer submitted' })).toBeInTheDocument();
    expect(api.provisionRequests).toHaveLength(1);
    expect(api.provisionRequests[0]?.customer?.customerName).toBe('Acmé & Söhne, LLC');
    expect(screen.getByText('CUST-1001')).toBeInTheDocument();
    expect(screen.getByText('abc123')).toBeInTheDocument();
    expect(loadDraft()).toBeNull();
    // The title follows the step in an effect, which can run just after the heading is drawn.
    await waitFor(() => expect(document.title).toBe('Customer submitted – Net3 Customer Portal'));
  });

  it('shows a busy Submit button and a "Submitting…" status while the request runs', async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(async () => {
      await delay(200);
      return HttpResponse.json({ customerId: 'CUST-1001' });
    });
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Submit' })).toHaveAttribute('aria-busy', 'true'),
    );
    expect(screen.getByText('Submitting…')).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Customer submitted' });
  });

  it('keeps the success page on reload and starts a new customer with "Start another"', async () => {
    const user = userEvent.setup();
    const first = renderWizardWithDraft('review');
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    await screen.findByRole('heading', { name: 'Customer submitted' });
    first.unmount();

    renderWizard();
    expect(await screen.findByRole('heading', { name: 'Customer submitted' })).toBeInTheDocument();
    expect(api.provisionRequests).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Start another' }));
    expect(await screen.findByRole('textbox', { name: 'Customer name' })).toHaveValue('');
    expect(window.location.search).toBe('?step=company');
  });

  it('never submits again when the browser goes Back from the success page', async () => {
    const user = userEvent.setup();
    renderWizardWithDraft('review');
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    await screen.findByRole('heading', { name: 'Customer submitted' });

    act(() => {
      window.history.replaceState({ net3Step: 'review' }, '', '/?step=review');
      window.dispatchEvent(new PopStateEvent('popstate', { state: { net3Step: 'review' } }));
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Submit' })).not.toBeInTheDocument();
    expect(api.provisionRequests).toHaveLength(1);
  });

  it('takes a 400 field error to the contact email field on the Contacts step', async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(() =>
      HttpResponse.json(
        {
          responseStatus: {
            errorCode: 'Email',
            message: "'Email' is not a valid email address.",
            errors: [
              {
                errorCode: 'Email',
                fieldName: 'Contacts[1].Email',
                message: "'Email' is not a valid email address.",
              },
              {
                errorCode: 'Invalid',
                fieldName: 'RequesterIP',
                message: "'Requester IP' is not valid.",
              },
            ],
          },
        },
        { status: 400 },
      ),
    );
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Contacts' })).toBeInTheDocument();
    const summary = errorSummary();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', {
        name: "Contact 2: 'Email' is not a valid email address.",
      }),
    ).toHaveAttribute('href', '#contacts-1-email');
    expect(within(summary).getByText("'Requester IP' is not valid.")).toBeInTheDocument();
    const email = within(screen.getByRole('group', { name: 'Contact 2' })).getByRole('textbox', {
      name: 'Email',
    });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('jose@acme.example');
    expect(document.title).toBe('Error: Contacts – Step 3 of 4 – Net3 Customer Portal');

    // Correcting it clears the message, and Next goes straight back to Review.
    await user.clear(email);
    await user.type(email, 'jose.nunez@acme.example');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'false'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Review' })).toBeInTheDocument();
  });

  it('says the portal is not authorised on a 401', async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(() =>
      HttpResponse.json(
        { responseStatus: { errorCode: 'Unauthorized', message: 'Not Authenticated' } },
        { status: 401 },
      ),
    );
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    expect(
      await screen.findByText(
        'The portal is not authorised to submit to Net3. Contact an administrator.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('asks to sign in again, not for an administrator, when the staff session has ended', async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(() =>
      HttpResponse.json(
        { responseStatus: { errorCode: 'NotSignedIn', message: 'You are not signed in.' } },
        { status: 401 },
      ),
    );
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    expect(
      await screen.findByText(/Sign in and try again; nothing you entered is lost/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Contact an administrator/)).not.toBeInTheDocument();
    expect(loadDraft()?.form.customer.customerName).toBe('Acmé & Söhne, LLC');
  });

  it('saves the draft and hands over to Sign in when the page knows how, instead of a message', async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(() =>
      HttpResponse.json(
        { responseStatus: { errorCode: 'NotSignedIn', message: 'You are not signed in.' } },
        { status: 401 },
      ),
    );
    const signInNeeded = vi.fn();
    const form = exampleProvisionCustomerForm();
    saveDraft(form, 'review');
    window.history.replaceState(null, '', '/?step=review');
    renderWithProviders(<ProvisionCustomerWizard onSignInNeeded={signInNeeded} />);

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    await waitFor(() => expect(signInNeeded).toHaveBeenCalledWith('review'));
    expect(loadDraft()).toEqual({
      form: expect.objectContaining({ customer: form.customer }),
      step: 'review',
      savedAt: expect.any(Number),
    });
    expect(screen.queryByText(/Sign in and try again/)).not.toBeInTheDocument();
  });

  it("shows the server's explanation of a 409 conflict", async () => {
    const user = userEvent.setup();
    api.answerProvisionWith(() =>
      HttpResponse.json(
        {
          responseStatus: {
            errorCode: 'Conflict',
            message: 'A customer with this Customer ID already exists.',
          },
        },
        { status: 409 },
      ),
    );
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    expect(
      await screen.findByText('A customer with this Customer ID already exists.'),
    ).toBeInTheDocument();
  });

  it('offers Retry after a 503, which sends the same request once and keeps the answers', async () => {
    const user = userEvent.setup();
    let calls = 0;
    api.answerProvisionWith(() => {
      calls += 1;
      return calls === 1
        ? HttpResponse.json(
            { responseStatus: { errorCode: 'Unavailable', message: 'Down' } },
            { status: 503 },
          )
        : HttpResponse.json({ customerId: 'CUST-2002' });
    });
    renderWizardWithDraft('review');

    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getByText('Acmé & Söhne, LLC')).toBeInTheDocument();
    expect(loadDraft()?.form.customer.customerName).toBe('Acmé & Söhne, LLC');
    await user.dblClick(retry);

    expect(await screen.findByRole('heading', { name: 'Customer submitted' })).toBeInTheDocument();
    expect(api.provisionRequests).toHaveLength(2);
    expect(api.provisionRequests[1]).toEqual(api.provisionRequests[0]);
  });

  it('takes a submit with an invalid earlier step to that step with the error summary', async () => {
    const user = userEvent.setup();
    const form = exampleProvisionCustomerForm();
    form.addresses[0]!.city = '';
    renderWizardWithDraft('review', form);

    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Addresses' })).toBeInTheDocument();
    expect(
      within(errorSummary()).getByRole('link', { name: 'Address 1: Enter the city' }),
    ).toBeInTheDocument();
    expect(api.provisionRequests).toHaveLength(0);
  });
});
