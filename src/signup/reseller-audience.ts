// The wizard for a reseller signing their own company up at /signup: the reseller's
// description (what it is asked and its wording:
// provisioning/audience/reseller-audience-description.ts), its own page and draft, sent to
// POST /api/signup (submitSignup), and a success page saying what happens next. Field errors
// are pinned only on inputs the reseller sees.
import { lazy } from 'react';
import { SIGNUP_PATH } from '../app/app-paths.ts';
import { asksForPath } from '../provisioning/audience/audience-description.ts';
import { resellerAudienceDescription } from '../provisioning/audience/reseller-audience-description.ts';
import { SIGNUP_DRAFT_STORAGE_KEY } from '../provisioning/form/draft-storage.ts';
import type { WizardAudience } from '../provisioning/wizard-audience.ts';
import { submitSignup } from './api/submit-signup.ts';

const loadSignupSuccess = () => import('./signup-success.tsx');

export const resellerAudience: WizardAudience = {
  ...resellerAudienceDescription,
  path: SIGNUP_PATH,
  draftKey: SIGNUP_DRAFT_STORAGE_KEY,
  prepareSubmission: async (form, { website, idempotencyKey }) => {
    const { toSignupSubmission } = await import('./to-signup-submission.ts');
    const submission = toSignupSubmission(form, website);
    // Resellers never see the ledger: the row's id is not kept.
    return {
      send: () => submitSignup(submission, { idempotencyKey }),
      submissionId: () => undefined,
    };
  },
  SuccessPage: lazy(() =>
    loadSignupSuccess().then((module) => ({ default: module.SignupSuccess })),
  ),
  asksFor: (path) => asksForPath(resellerAudienceDescription, path),
};
