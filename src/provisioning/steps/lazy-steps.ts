// The steps after the first, the success page and the "Start over" dialog, loaded on
// demand so the first step's JavaScript stays small. The page's HTML lists each of them (and
// the form rules; scripts/prefetch-later-parts-plugin.ts reads the dynamic imports of this
// module) and src/app/prefetch-later-parts.ts has the browser prefetch them once the page is
// alive, without running them: moving on does not wait for the network. Decision 010.
import { lazy } from 'react';
import type { WizardStepId } from '../form/form-model.ts';

const loadAddressesStep = () => import('./addresses-step.tsx');
const loadContactsStep = () => import('./contacts-step.tsx');
const loadReviewStep = () => import('./review-step.tsx');
const loadSubmissionSuccess = () => import('./submission-success.tsx');
const loadConfirmDialog = () => import('../../components/confirm-dialog.tsx');

const stepCode: Partial<Record<WizardStepId, () => Promise<unknown>>> = {
  addresses: loadAddressesStep,
  contacts: loadContactsStep,
  review: loadReviewStep,
};
const loadedSteps = new Set<WizardStepId>(['company']);

/**
 * Fetches and runs a step's code. Next waits for it before moving, so a step whose code cannot
 * be fetched (offline) is never shown: Next says why instead. Resolves at once when loaded.
 */
export function loadStepCode(step: WizardStepId): Promise<unknown> {
  return (stepCode[step]?.() ?? Promise.resolve()).then(() => loadedSteps.add(step));
}

/** Whether a step's code has run: if not, Next says it is busy while it loads. */
export function stepCodeReady(step: WizardStepId): boolean {
  return loadedSteps.has(step);
}

export const LazyAddressesStep = lazy(() =>
  loadAddressesStep().then((module) => ({ default: module.AddressesStep })),
);
export const LazyContactsStep = lazy(() =>
  loadContactsStep().then((module) => ({ default: module.ContactsStep })),
);
export const LazyReviewStep = lazy(() =>
  loadReviewStep().then((module) => ({ default: module.ReviewStep })),
);
// The duplicate warning (staff only) comes with the Review step, which shows it too: a chunk
// of its own would be one more file name in the first step's JavaScript (~0.1 kB gzip).
export const LazyDuplicateCheck = lazy(() =>
  loadReviewStep().then((module) => ({ default: module.DuplicateCheck })),
);
export const LazySubmissionSuccess = lazy(() =>
  loadSubmissionSuccess().then((module) => ({ default: module.SubmissionSuccess })),
);
export const LazyConfirmDialog = lazy(() =>
  loadConfirmDialog().then((module) => ({ default: module.ConfirmDialog })),
);

/**
 * What toProvisionRequest needs is only needed on submit, with the summary of what was sent and
 * what a refusal or failure of what was sent means (its field errors placed on the fields, or
 * the words the Review step shows).
 */
let submissionLoaded = false;

/** Whether what Submit needs has run already: if not, Submit says it is busy meanwhile. */
export function submissionReady(): boolean {
  return submissionLoaded;
}

export function loadSubmission() {
  return Promise.all([
    import('../form/to-provision-request.ts'),
    import('../form/server-error-paths.ts'),
    import('./answer-summary.ts'),
    import('../wizard/server-field-errors.ts'),
    import('./submit-outcome-problem.ts'),
  ]).then(([request, serverErrors, summary, placing, outcome]) => {
    submissionLoaded = true;
    return {
      toProvisionRequest: request.toProvisionRequest,
      formFieldForServerError: serverErrors.formFieldForServerError,
      placeServerFieldErrors: placing.placeServerFieldErrors,
      submitProblemFor: outcome.submitProblemFor,
      sentSummary: summary.sentSummary,
    };
  });
}
