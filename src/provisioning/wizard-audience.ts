// Who the wizard is for, and where the two audiences differ. Staff onboard a customer at
// '/': every company answer, signed in, "Created by" from the session. A reseller signs
// their own company up at '/signup': the company's contact details only, no session, its
// own draft, its own request and success page. Steps, rules, drafts, error handling and the
// ?step= URL are the same wizard; the steps read `audience.id` to pick their fields.
import type { ComponentType, LazyExoticComponent } from 'react';
import { STAFF_WIZARD_PATH } from '../app/app-paths.ts';
import { provisionCustomer } from './api/provision-customer.ts';
import { DRAFT_STORAGE_KEY } from './form/draft-storage.ts';
import type { ProvisionCustomerForm } from './form/form-model.ts';
import { LazySubmissionSuccess, loadSubmission } from './steps/lazy-steps.ts';

export type WizardAudienceId = 'staff' | 'reseller';

/** What the success page shows: Net3's answer and where the reply goes. */
export type WizardSuccess = {
  result: Record<string, unknown>;
  /** The Primary contact's email at the time of submitting ('' if none). */
  primaryContactEmail: string;
};

export type WizardSuccessProps = { success: WizardSuccess; onStartAnother: () => void };

/** A request built once from valid answers: Retry calls `send` again with the same body. */
export type WizardSubmission = { send: () => Promise<Record<string, unknown>> };

export type WizardSubmissionContext = {
  now: Date;
  /** The honeypot field's value (reseller signup only; '' from people). */
  website: string;
};

export type WizardAudience = {
  id: WizardAudienceId;
  /** The page's path; the ?step= URLs stay on it. */
  path: string;
  /** sessionStorage key of this audience's draft. */
  draftKey: string;
  /** Ends every document title: "Company – Step 1 of 4 – <siteName>". */
  siteName: string;
  /** The success page's document title and announcement. */
  successTitle: string;
  /** Builds the request from answers that passed the rules (loaded on submit). */
  prepareSubmission: (
    form: ProvisionCustomerForm,
    context: WizardSubmissionContext,
  ) => Promise<WizardSubmission>;
  SuccessPage: LazyExoticComponent<ComponentType<WizardSuccessProps>>;
  /**
   * Whether the person sees an input for this form path, so a server field error can be
   * pinned on it; anything else is listed in the error summary only.
   */
  asksFor: (path: string) => boolean;
};

export const staffAudience: WizardAudience = {
  id: 'staff',
  path: STAFF_WIZARD_PATH,
  draftKey: DRAFT_STORAGE_KEY,
  siteName: 'Net3 Customer Portal',
  successTitle: 'Customer submitted',
  prepareSubmission: async (form, { now }) => {
    const { toProvisionRequest } = await loadSubmission();
    const request = toProvisionRequest(form, now);
    return { send: () => provisionCustomer(request) };
  },
  SuccessPage: LazySubmissionSuccess,
  // "Created by" is read-only: the person cannot correct it.
  asksFor: (path) => !path.startsWith('createdBy.'),
};
