// Who the wizard is for, and where the two audiences differ. Staff onboard a customer at
// '/': every company answer, signed in, "Created by" from the session. A reseller signs
// their own company up at '/signup': the company's contact details only, no session, its
// own draft, its own request and success page. Steps, rules, drafts, error handling and the
// ?step= URL are the same wizard.
// A WizardAudience is the audience's plain description (audience/audience-description.ts:
// the answers it is asked, its wording) plus where it lives (its page, its draft) and the
// parts that load on demand: how its request is built and sent, and its success page. The
// steps read only the description, never this module: this module loads them
// (steps/lazy-steps.ts), so reading it back from a step would make an import cycle.
import type { ComponentType, LazyExoticComponent } from 'react';
import { STAFF_WIZARD_PATH } from '../app/app-paths.ts';
import { provisionCustomer } from './api/provision-customer.ts';
import { asksForPath, type AudienceDescription } from './audience/audience-description.ts';
import { staffAudienceDescription } from './audience/staff-audience-description.ts';
import type { WizardSuccessProps } from './audience/wizard-success.ts';
import { DRAFT_STORAGE_KEY } from './form/draft-storage.ts';
import type { ProvisionCustomerForm } from './form/form-model.ts';
import { LazySubmissionSuccess, loadSubmission } from './steps/lazy-steps.ts';

// Named here too for the wizard and submit-problem.ts, which know this module as the audience's.
export type { WizardAudienceId } from './audience/audience-description.ts';
export type { WizardSuccess, WizardSuccessProps } from './audience/wizard-success.ts';

/**
 * A request built once from valid answers: Retry calls `send` again with the same body and
 * the same Idempotency-Key. `submissionId` is the portal's ledger row once it answered.
 */
export type WizardSubmission = {
  send: () => Promise<Record<string, unknown>>;
  submissionId: () => string | undefined;
};

export type WizardSubmissionContext = {
  now: Date;
  /** One per customer being onboarded (kept beside the draft; new after Start another). */
  idempotencyKey: string;
  /** The honeypot field's value (reseller signup only; '' from people). */
  website: string;
};

export type WizardAudience = AudienceDescription & {
  /** The page's path; the ?step= URLs stay on it. */
  path: string;
  /** sessionStorage key of this audience's draft. */
  draftKey: string;
  /** Builds the request from answers that passed the rules (loaded on submit). */
  prepareSubmission: (
    form: ProvisionCustomerForm,
    context: WizardSubmissionContext,
  ) => Promise<WizardSubmission>;
  SuccessPage: LazyExoticComponent<ComponentType<WizardSuccessProps>>;
  /**
   * Whether the person sees an input for this form path, so a server field error can be
   * pinned on it; anything else is listed in the error summary only (asksForPath).
   */
  asksFor: (path: string) => boolean;
};

export const staffAudience: WizardAudience = {
  ...staffAudienceDescription,
  path: STAFF_WIZARD_PATH,
  draftKey: DRAFT_STORAGE_KEY,
  prepareSubmission: async (form, { now, idempotencyKey }) => {
    const { toProvisionRequest } = await loadSubmission();
    const request = toProvisionRequest(form, now);
    let submissionId: string | undefined;
    return {
      send: () =>
        provisionCustomer(request, { idempotencyKey, onSubmissionId: (id) => (submissionId = id) }),
      submissionId: () => submissionId,
    };
  },
  SuccessPage: LazySubmissionSuccess,
  asksFor: (path) => asksForPath(staffAudienceDescription, path),
};
