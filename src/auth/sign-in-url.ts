// Where the Sign in page lives and where it returns to. A redirect to sign in remembers the
// wizard step the person was on (/sign-in?return=review); after signing in they land back
// on it, and the draft in sessionStorage brings back everything they typed. Only a known
// step is accepted, so the page can never be made to send anyone to another address.
// The page's one-off message ("You have signed out") rides in history.state.
import { SIGN_IN_PATH, STAFF_WIZARD_PATH } from '../app/app-paths.ts';
import type { WizardStepId } from '../provisioning/form/form-model.ts';
import { isWizardStepId } from '../provisioning/steps/wizard-steps.ts';

export type SignInNotice =
  | 'signed-out'
  | 'signed-out-draft-kept'
  | 'signed-out-everywhere'
  | 'signed-out-everywhere-draft-kept'
  | 'session-ended';

export type SignInHistoryState = { net3SignInNotice?: SignInNotice };

export function signInUrl(returnStep?: WizardStepId | null): string {
  return returnStep ? `${SIGN_IN_PATH}?return=${returnStep}` : SIGN_IN_PATH;
}

/** Where to go after signing in, from the Sign in page's search string. */
export function returnPathAfterSignIn(search: string): string {
  const step = new URLSearchParams(search).get('return');
  if (!isWizardStepId(step)) return STAFF_WIZARD_PATH;
  return `${STAFF_WIZARD_PATH}?step=${step}`;
}

export function signInNoticeState(notice: SignInNotice): SignInHistoryState {
  return { net3SignInNotice: notice };
}
