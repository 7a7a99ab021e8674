// The answers the wizard starts from: on opening, the saved draft and its step (or the
// success page kept in the history entry, after a reload); for a new customer, the
// defaults with the page's preset and the signed-in staff member as "Created by".
import type { AuthenticateResponse } from '../api/get-session.ts';
import { loadDraft } from '../form/draft-storage.ts';
import { defaultProvisionCustomerForm } from '../form/form-defaults.ts';
import type { CustomerForm, ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { createdByFromSession } from '../steps/use-created-by-from-session.ts';
import { firstStepId, stepFromSearch } from '../steps/wizard-steps.ts';
import type { WizardAudience, WizardSuccess } from '../wizard-audience.ts';
import { successIn } from './wizard-history.ts';

export type OpeningAnswers = {
  form: ProvisionCustomerForm;
  step: WizardStepId;
  success: WizardSuccess | null;
  hadDraft: boolean;
};

function withPreset(
  form: ProvisionCustomerForm,
  preset: Partial<CustomerForm> | undefined,
): ProvisionCustomerForm {
  return preset ? { ...form, customer: { ...form.customer, ...preset } } : form;
}

/** What the wizard shows when it opens, read from the history entry, the URL and the draft. */
export function readOpeningAnswers(
  audience: WizardAudience,
  preset: Partial<CustomerForm> | undefined,
): OpeningAnswers {
  // Prerendered (no window): a new customer on the first step, as a first visit opens.
  if (typeof window === 'undefined') {
    return {
      form: withPreset(defaultProvisionCustomerForm(), preset),
      step: firstStepId,
      success: null,
      hadDraft: false,
    };
  }
  const success = successIn(window.history.state);
  const draft = success ? null : loadDraft(audience.draftKey);
  return {
    form: withPreset(draft?.form ?? defaultProvisionCustomerForm(), preset),
    // Without a draft there is nothing to show on a later step: start at the beginning.
    step: draft ? (stepFromSearch(window.location.search) ?? draft.step) : firstStepId,
    success,
    hadDraft: draft !== null,
  };
}

/** The answers for a new customer, after "Start over" or a successful submission. */
export function freshAnswers(
  session: AuthenticateResponse | undefined,
  preset: Partial<CustomerForm> | undefined,
): ProvisionCustomerForm {
  const form = withPreset(defaultProvisionCustomerForm(), preset);
  return session ? { ...form, createdBy: createdByFromSession(session) } : form;
}

/** Where Net3's reply goes, for the success page: the Primary contact's email. */
export function primaryContactEmail(form: ProvisionCustomerForm): string {
  return form.contacts.find((contact) => contact.roles.includes('Primary'))?.email.trim() ?? '';
}
