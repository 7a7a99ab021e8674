// The steps after the first, the success page and the "Start over" dialog, loaded on
// demand so the first step's JavaScript stays small. preloadLaterParts() fetches them
// (and the form rules) in the background once the first step is on screen and the browser
// is idle (use-idle-preload.ts), so moving on does not wait for the network.
import { lazy } from 'react';
import { loadFormRules } from './lazy-form-rules.ts';

const loadAddressesStep = () => import('./addresses-step.tsx');
const loadContactsStep = () => import('./contacts-step.tsx');
const loadReviewStep = () => import('./review-step.tsx');
/** The staff success page (the audience's preloadSuccessPage). */
export const loadSubmissionSuccess = () => import('./submission-success.tsx');
const loadConfirmDialog = () => import('../../components/confirm-dialog.tsx');

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

/** What toProvisionRequest needs is only needed on submit, with the summary of what was sent. */
export function loadSubmission() {
  return Promise.all([
    import('../form/to-provision-request.ts'),
    import('../form/server-error-paths.ts'),
    import('./answer-summary.ts'),
  ]).then(([request, serverErrors, summary]) => ({
    toProvisionRequest: request.toProvisionRequest,
    formFieldForServerError: serverErrors.formFieldForServerError,
    sentSummary: summary.sentSummary,
  }));
}

/**
 * Fetches the rest of the wizard. What the first Next needs comes first (the rules and the
 * Addresses step), the rest once they are here, so on a slow connection they do not share
 * it with everything else. `alsoLoad`: the audience's own later parts (its success page).
 */
export function preloadLaterParts(
  alsoLoad: () => Promise<unknown> = () => Promise.resolve(),
): void {
  const ignoreFailure = () => {
    // A failed preload is retried by the lazy import when the part is needed.
  };
  const firstNext = Promise.all([loadFormRules(), loadAddressesStep()]);
  void firstNext
    .catch(ignoreFailure)
    .then(() =>
      Promise.all([
        loadContactsStep(),
        loadReviewStep(),
        alsoLoad(),
        loadConfirmDialog(),
        loadSubmission(),
      ]),
    )
    .catch(ignoreFailure);
}
