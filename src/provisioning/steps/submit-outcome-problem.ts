// What the Review step shows when a submission that was sent fails for a reason other than
// field errors: a title, the words, and whether offering Retry makes sense, for its audience
// (submit-problem.ts has the general words). Only needed once something was sent, so it is
// loaded with the rest of Submit's code (lazy-steps.ts loadSubmission), not with the first step.
import { Net3ApiError, OFFLINE_ERROR_CODE } from '../api/net3-api-error.ts';
import { IN_PROGRESS_ERROR_CODE, NOT_SIGNED_IN_ERROR_CODE } from '../contract/portal-wire.ts';
import {
  CUSTOMER_NOT_SUBMITTED_TITLE,
  OFFLINE_SUBMIT_MESSAGE,
  SIGNUP_NOT_SENT_TITLE,
  UNEXPECTED_ERROR_MESSAGE,
  withReference,
  wordsFor,
  type SubmitAudience,
  type SubmitProblem,
} from './submit-problem.ts';

export const NOT_AUTHORISED_MESSAGE =
  'The portal is not authorised to submit to Net3. Contact an administrator.';

/**
 * What a reseller is told when Net3 already has a customer like theirs (its 409). The public
 * signup never says which company exists or why it matched (Net3's own message might): only
 * what to do next.
 */
export const SIGNUP_CONFLICT_MESSAGE =
  'We may already have your company: someone there may have signed it up before. Check with your colleagues, or contact your Net3 partner, who can check and finish your signup.';

/** The portal's own 409 for a signup whose first send is not answered yet: again shows how it ended. */
export const SIGNUP_IN_PROGRESS_MESSAGE =
  'Your signup is being sent already. Wait a minute, then send it again.';

/** What a reseller is told when the portal cannot pass signups on to Net3. */
export const SIGNUP_UNAVAILABLE_MESSAGE =
  'Signups cannot be accepted right now. Try again later; what you entered is still here.';

export function submitProblemFor(error: Error, audience: SubmitAudience = 'staff'): SubmitProblem {
  const problem = audience === 'reseller' ? signupProblemFor(error) : staffProblemFor(error);
  return { ...problem, message: withReference(problem.message, error) };
}

function staffProblemFor(error: Error): SubmitProblem {
  if (!(error instanceof Net3ApiError)) {
    return {
      title: CUSTOMER_NOT_SUBMITTED_TITLE,
      message: UNEXPECTED_ERROR_MESSAGE,
      canRetry: true,
    };
  }
  if (error.errorCode === OFFLINE_ERROR_CODE) {
    return {
      title: CUSTOMER_NOT_SUBMITTED_TITLE,
      message: OFFLINE_SUBMIT_MESSAGE,
      canRetry: true,
    };
  }
  // The portal's own 401 when the staff session is missing or ended: signing in again
  // fixes it, an administrator is not needed. Every other 401/403 is about the portal's
  // access to Net3.
  if (error.errorCode === NOT_SIGNED_IN_ERROR_CODE) {
    return { title: 'Sign in to submit', message: wordsFor(error), canRetry: true };
  }
  switch (error.kind) {
    case 'unauthorized':
    case 'forbidden':
      return { title: 'Not authorised', message: NOT_AUTHORISED_MESSAGE, canRetry: false };
    case 'conflict':
      return {
        title: 'Net3 already has this customer',
        message: wordsFor(error),
        canRetry: false,
      };
    default:
      return {
        title: CUSTOMER_NOT_SUBMITTED_TITLE,
        message: wordsFor(error),
        canRetry: error.retryable,
      };
  }
}

// A member of the public cannot contact an administrator, and sending again right after
// "too many signups" would only count against them again: that message stands alone.
function signupProblemFor(error: Error): SubmitProblem {
  const title = SIGNUP_NOT_SENT_TITLE;
  if (!(error instanceof Net3ApiError)) {
    return {
      title,
      message: 'Something unexpected went wrong. Try again; what you entered is still here.',
      canRetry: true,
    };
  }
  if (error.errorCode === OFFLINE_ERROR_CODE) {
    return { title, message: OFFLINE_SUBMIT_MESSAGE, canRetry: true };
  }
  switch (error.kind) {
    case 'too-many-requests':
      return { title, message: wordsFor(error), canRetry: false };
    case 'unauthorized':
    case 'forbidden':
    case 'not-found':
      return { title, message: SIGNUP_UNAVAILABLE_MESSAGE, canRetry: false };
    case 'conflict':
      return {
        title,
        // (submitProblemFor adds the reference.)
        message:
          error.errorCode === IN_PROGRESS_ERROR_CODE
            ? SIGNUP_IN_PROGRESS_MESSAGE
            : SIGNUP_CONFLICT_MESSAGE,
        canRetry: false,
      };
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
      return { title, message: wordsFor(error), canRetry: error.retryable };
  }
}
