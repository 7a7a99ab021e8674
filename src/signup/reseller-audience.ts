// The wizard for a reseller signing their own company up at /signup: the reseller's
// description (what it is asked, its wording, draft and page:
// provisioning/audience/reseller-audience-description.ts), sent to POST /api/signup
// (submitSignup), and a success page saying what happens next. Field errors are pinned only
// on inputs the reseller sees.
import { lazy } from 'react';
import { asksForPath } from '../provisioning/audience/audience-description.ts';
import { resellerAudienceDescription } from '../provisioning/audience/reseller-audience-description.ts';
import type { WizardAudience } from '../provisioning/wizard-audience.ts';
import { submitSignup } from './api/submit-signup.ts';

export const resellerAudience: WizardAudience = {
  ...resellerAudienceDescription,
  prepareSubmission: async (form, { website }) => {
    const { toSignupSubmission } = await import('./to-signup-submission.ts');
    const submission = toSignupSubmission(form, website);
    return { send: () => submitSignup(submission) };
  },
  SuccessPage: lazy(() =>
    import('./signup-success.tsx').then((module) => ({ default: module.SignupSuccess })),
  ),
  asksFor: (path) => asksForPath(resellerAudienceDescription, path),
};
