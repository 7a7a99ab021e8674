// The wizard for a reseller signing their own company up at /signup: the company's
// contact details, addresses and contacts only, its own draft, sent to POST /api/signup
// (submitSignup), and a success page saying what happens next. Field errors are pinned only
// on inputs the reseller sees.
import { lazy } from 'react';
import { SIGNUP_PATH } from '../app/app-paths.ts';
import { SIGNUP_DRAFT_STORAGE_KEY } from '../provisioning/form/draft-storage.ts';
import type { WizardAudience } from '../provisioning/wizard-audience.ts';
import { submitSignup } from './api/submit-signup.ts';

const askedCustomerPaths = [
  'customer.customerName',
  'customer.email',
  'customer.phone',
  'customer.extension',
];

export const resellerAudience: WizardAudience = {
  id: 'reseller',
  path: SIGNUP_PATH,
  draftKey: SIGNUP_DRAFT_STORAGE_KEY,
  siteName: 'Net3 reseller signup',
  successTitle: 'Signup received',
  prepareSubmission: async (form, { website }) => {
    const { toSignupSubmission } = await import('./to-signup-submission.ts');
    const submission = toSignupSubmission(form, website);
    return { send: () => submitSignup(submission) };
  },
  SuccessPage: lazy(() =>
    import('./signup-success.tsx').then((module) => ({ default: module.SignupSuccess })),
  ),
  asksFor: (path) =>
    askedCustomerPaths.includes(path) ||
    path.startsWith('addresses.') ||
    path.startsWith('contacts.'),
};
