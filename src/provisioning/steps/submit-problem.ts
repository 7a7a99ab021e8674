// The words a person reads when a call to the portal fails. The fetch layer (api/) reports
// only what happened (kind, code, status, the server's message); this module (with
// submit-outcome-problem.ts, its part for a sent submission) turns that into words, for its audience: staff are told to contact an administrator where one
// can help, a reseller signing up from the public internet has no administrator to ask.
// problemMessageFor is the portal's general wording (also used by Sign in and the session
// check); nextStepProblemFor is Next's when its code could not be fetched; what the Review step shows when a sent submission fails is in
// submit-outcome-problem.ts, loaded with the rest of Submit's code; unpreparedSubmitProblem
// is what it shows when that code itself could not be fetched. Words for a call the portal
// answered end with "Reference: <id>" (its X-Request-Id), so a person can quote it and
// whoever looks can find that request's line in the portal's log. A status code is only
// ever shown after words that say what happened: "(error 500)", never "HTTP 500".
import {
  INVALID_RESPONSE_ERROR_CODE,
  Net3ApiError,
  OFFLINE_ERROR_CODE,
} from '../api/net3-api-error.ts';
import { NOT_SIGNED_IN_ERROR_CODE } from '../contract/portal-wire.ts';

export type SubmitProblem = { title: string; message: string; canRetry: boolean };

/** Who is submitting: a staff member, or a reseller on the public signup page. */
export type SubmitAudience = 'staff' | 'reseller';

// A timeout (ours, or the proxy's 504) does not tell whether Net3 acted on a POST. Sending
// it again cannot create the customer twice: Net3 answers 409 for a customer ID or email
// it already has, and the person then sees that instead.
const NO_ANSWER_IN_TIME_MESSAGE =
  'The Net3 API did not answer in time, so the customer may or may not have been created. ' +
  'Nothing you entered is lost. Retry is safe: if Net3 already has the customer, it will say so.';

export const UNEXPECTED_ERROR_MESSAGE =
  'Something unexpected went wrong. Try again; nothing was lost.';

// The browser knew it was offline, so nothing left it (request-portal-json.ts). Nothing is sent
// again by itself when the connection comes back: the person decides.
const OFFLINE_MESSAGE =
  'This device is offline, so nothing was sent. What you entered is kept: when the connection is back, try again.';
export const OFFLINE_SUBMIT_MESSAGE =
  'This device is offline, so nothing was sent. Your answers are kept: when the connection is back, press Retry.';

/** `message` followed by "Reference: <id>" when the portal answered the failed call. */
export function withReference(message: string, error: Error): string {
  return error instanceof Net3ApiError && error.requestId
    ? `${message} Reference: ${error.requestId}`
    : message;
}

/** The portal's general words for a failed call, written for staff, with its reference. */
export function problemMessageFor(error: Error): string {
  return withReference(wordsFor(error), error);
}

/** The same words without the reference. */
export function wordsFor(error: Error): string {
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

export const CUSTOMER_NOT_SUBMITTED_TITLE = 'The customer was not submitted';
export const SIGNUP_NOT_SENT_TITLE = 'Your signup was not sent';

/**
 * Submit's own code could not be fetched (wizard/code-not-loaded.ts): nothing was sent, and
 * Retry prepares the request again.
 */
export function unpreparedSubmitProblem(error: Error, audience: SubmitAudience): SubmitProblem {
  const offline = error instanceof Net3ApiError && error.errorCode === OFFLINE_ERROR_CODE;
  return {
    title: audience === 'reseller' ? SIGNUP_NOT_SENT_TITLE : CUSTOMER_NOT_SUBMITTED_TITLE,
    message: offline ? OFFLINE_SUBMIT_MESSAGE : wordsFor(error),
    canRetry: true,
  };
}

/**
 * Next could not check the step: its rules had not arrived and could not be fetched
 * (wizard/code-not-loaded.ts). A part that stays missing while online is most likely one a
 * newer version of the portal has replaced: reloading fetches the new one, and the draft
 * brings the answers back.
 */
export function nextStepProblemFor(error: Error): string {
  if (!(error instanceof Net3ApiError)) return UNEXPECTED_ERROR_MESSAGE;
  return error.errorCode === OFFLINE_ERROR_CODE
    ? OFFLINE_MESSAGE
    : 'The next step could not be opened. Check your connection and press Next again; what you entered is kept. If it keeps happening, reload the page.';
}
