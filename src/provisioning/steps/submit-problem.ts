// What the Review step says when a submission fails for a reason other than field errors:
// a title, the words a person can act on, and whether offering Retry makes sense.
import { Net3ApiError } from '../api/net3-api-error.ts';
import { NOT_SIGNED_IN_ERROR_CODE } from '../api/request-portal-json.ts';

export type SubmitProblem = { title: string; message: string; canRetry: boolean };

export const NOT_AUTHORISED_MESSAGE =
  'The portal is not authorised to submit to Net3. Contact an administrator.';

export function submitProblemFor(error: Error): SubmitProblem {
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
