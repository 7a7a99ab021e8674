// What the Review step says when a submission fails for a reason other than field errors:
// a title, the words a person can act on, and whether offering Retry makes sense. Staff and
// a reseller signing up are told different things (a reseller has no administrator).
import { Net3ApiError } from '../api/net3-api-error.ts';
import { NOT_SIGNED_IN_ERROR_CODE } from '../contract/portal-wire.ts';
import type { WizardAudienceId } from '../wizard-audience.ts';

export type SubmitProblem = { title: string; message: string; canRetry: boolean };

export const NOT_AUTHORISED_MESSAGE =
  'The portal is not authorised to submit to Net3. Contact an administrator.';

/** What a reseller is told when the portal cannot pass signups on to Net3. */
export const SIGNUP_UNAVAILABLE_MESSAGE =
  'Signups cannot be accepted right now. Try again later; what you entered is still here.';

export function submitProblemFor(
  error: Error,
  audience: WizardAudienceId = 'staff',
): SubmitProblem {
  if (audience === 'reseller') return signupProblemFor(error);
  if (!(error instanceof Net3ApiError)) {
    return {
      title: 'The customer was not submitted',
      message: 'Something unexpected went wrong. Try again; nothing was lost.',
      canRetry: true,
    };
  }
  // The portal's own 401 when the staff session is missing or ended: signing in again
  // fixes it, an administrator is not needed. Every other 401/403 is about the portal's
  // access to Net3.
  if (error.errorCode === NOT_SIGNED_IN_ERROR_CODE) {
    return { title: 'Sign in to submit', message: error.message, canRetry: true };
  }
  switch (error.kind) {
    case 'unauthorized':
    case 'forbidden':
      return { title: 'Not authorised', message: NOT_AUTHORISED_MESSAGE, canRetry: false };
    case 'conflict':
      return {
        title: 'Net3 already has this customer',
        message: error.serverMessage || error.message,
        canRetry: false,
      };
    default:
      return {
        title: 'The customer was not submitted',
        message: error.message,
        canRetry: error.retryable,
      };
  }
}

// A member of the public cannot contact an administrator, and sending again right after
// "too many signups" would only count against them again: that message stands alone.
function signupProblemFor(error: Error): SubmitProblem {
  const title = 'Your signup was not sent';
  if (!(error instanceof Net3ApiError)) {
    return {
      title,
      message: 'Something unexpected went wrong. Try again; what you entered is still here.',
      canRetry: true,
    };
  }
  switch (error.kind) {
    case 'too-many-requests':
      return { title, message: error.message, canRetry: false };
    case 'unauthorized':
    case 'forbidden':
    case 'not-found':
      return { title, message: SIGNUP_UNAVAILABLE_MESSAGE, canRetry: false };
    case 'conflict':
      return { title, message: error.serverMessage || error.message, canRetry: false };
    case 'server':
      return {
        title,
        message:
          'Net3 could not take your signup just now. Try again in a moment; what you entered is still here.',
        canRetry: true,
      };
    case 'timeout':
      return {
        title,
        message:
          'Net3 took too long to answer. Try again in a moment; what you entered is still here.',
        canRetry: true,
      };
    default:
      return { title, message: error.message, canRetry: error.retryable };
  }
}
