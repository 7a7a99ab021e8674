// The words a person reads when a call to the portal fails. The fetch layer (api/) reports
// only what happened (kind, code, status, the server's message); this module alone turns
// that into words, for its audience: staff are told to contact an administrator where one
// can help, a reseller signing up from the public internet has no administrator to ask.
// problemMessageFor is the portal's general wording (also used by Sign in and the session
// check); submitProblemFor is what the Review step shows when a submission fails for a
// reason other than field errors: a title, the words, and whether offering Retry makes sense.
// Both end with "Reference: <id>" when the portal answered (its X-Request-Id), so a person can
// quote it and whoever looks can find that request's line in the portal's log. A status code
// is only ever shown after words that say what happened: "(error 500)", never "HTTP 500".
import {
  INVALID_RESPONSE_ERROR_CODE,
  Net3ApiError,
  OFFLINE_ERROR_CODE,
} from '../api/net3-api-error.ts';
import { IN_PROGRESS_ERROR_CODE, NOT_SIGNED_IN_ERROR_CODE } from '../contract/portal-wire.ts';

export type SubmitProblem = { title: string; message: string; canRetry: boolean };

/** Who is submitting: a staff member, or a reseller on the public signup page. */
export type SubmitAudience = 'staff' | 'reseller';

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

// A timeout (ours, or the proxy's 504) does not tell whether Net3 acted on a POST. Sending
// it again cannot create the customer twice: Net3 answers 409 for a customer ID or email
// it already has, and the person then sees that instead.
const NO_ANSWER_IN_TIME_MESSAGE =
  'The Net3 API did not answer in time, so the customer may or may not have been created. ' +
  'Nothing you entered is lost. Retry is safe: if Net3 already has the customer, it will say so.';

const UNEXPECTED_ERROR_MESSAGE = 'Something unexpected went wrong. Try again; nothing was lost.';

// The browser knew it was offline, so nothing left it (request-portal-json.ts). Nothing is sent
// again by itself when the connection comes back: the person decides.
const OFFLINE_MESSAGE =
  'This device is offline, so nothing was sent. What you entered is kept: when the connection is back, try again.';
const OFFLINE_SUBMIT_MESSAGE =
  'This device is offline, so nothing was sent. Your answers are kept: when the connection is back, press Retry.';

/** `message` followed by "Reference: <id>" when the portal answered the failed call. */
function withReference(message: string, error: Error): string {
  return error instanceof Net3ApiError && error.requestId
    ? `${message} Reference: ${error.requestId}`
    : message;
}

/** The portal's general words for a failed call, written for staff, with its reference. */
export function problemMessageFor(error: Error): string {
  return withReference(wordsFor(error), error);
}

function wordsFor(error: Error): string {
  if (!(error instanceof Net3ApiError)) return UNEXPECTED_ERROR_MESSAGE;
  const { status, serverMessage } = error;
  switch (error.kind) {
    case 'validation':
      if (error.fieldErrors.length > 0) {
        return 'Net3 did not accept some answers. Correct the fields marked and submit again.';
      }
      return serverMessage
        ? `Net3 did not accept the request: ${serverMessage}`
        : 'Net3 did not accept the request. Check your answers and try again; if it keeps happening, contact an administrator.';
    case 'unauthorized':
      // The portal's own 401 means this person's session, not the portal's Net3 access.
      if (error.errorCode === NOT_SIGNED_IN_ERROR_CODE) {
        return 'You are not signed in, or your session has ended. Sign in and try again; nothing you entered is lost.';
      }
      return 'The portal is not authorised to use the Net3 API. Contact an administrator.';
    case 'forbidden':
      return 'The portal is not allowed to do this in Net3. Contact an administrator.';
    case 'not-found':
      return `The portal could not find this Net3 service (error ${status}). Contact an administrator.`;
    case 'conflict':
      // Net3's own message names the conflict (e.g. the Customer ID already exists).
      return (
        serverMessage ||
        'Net3 already has a record that conflicts with these answers (for example, the same Customer ID). Check them and try again.'
      );
    case 'too-many-requests':
      // The portal's own limits (sign-in, signup) say how long to wait.
      return (
        serverMessage ||
        'Net3 is receiving too many requests. Wait a minute, then try again. Nothing was lost.'
      );
    case 'server':
      if (status === 504) return NO_ANSWER_IN_TIME_MESSAGE;
      // Said in words: "HTTP 500" told a person nothing. The code stays, in brackets, for support.
      return `The portal hit a problem on its side (error ${status}). Nothing you entered is lost: try again in a minute. If it keeps happening, tell support.`;
    case 'timeout':
      // Status 0: the browser's own timeout, before any answer came.
      if (status === 0) {
        return 'The Net3 API did not answer in time. Try again in a moment. Nothing was lost.';
      }
      return NO_ANSWER_IN_TIME_MESSAGE;
    case 'network':
      if (error.errorCode === OFFLINE_ERROR_CODE) return OFFLINE_MESSAGE;
      return 'Could not reach the portal. Check your connection and try again. Nothing was lost.';
    case 'unexpected':
      if (error.errorCode === INVALID_RESPONSE_ERROR_CODE) {
        return 'The portal gave an answer that could not be read. Try again; if it keeps happening, contact an administrator.';
      }
      return `The portal gave an unexpected answer (error ${status}). Try again; if it keeps happening, contact an administrator.`;
  }
}

export function submitProblemFor(error: Error, audience: SubmitAudience = 'staff'): SubmitProblem {
  const problem = audience === 'reseller' ? signupProblemFor(error) : staffProblemFor(error);
  return { ...problem, message: withReference(problem.message, error) };
}

function staffProblemFor(error: Error): SubmitProblem {
  if (!(error instanceof Net3ApiError)) {
    return {
      title: 'The customer was not submitted',
      message: UNEXPECTED_ERROR_MESSAGE,
      canRetry: true,
    };
  }
  if (error.errorCode === OFFLINE_ERROR_CODE) {
    return {
      title: 'The customer was not submitted',
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
        title: 'The customer was not submitted',
        message: wordsFor(error),
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
