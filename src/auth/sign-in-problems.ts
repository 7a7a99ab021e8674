// The words the Sign in page shows when signing in did not work. The fetch layer reports
// what happened (api/session.ts); this chooses what the person reads, and where: on the
// field it is about, or for the whole form. A 401 here is about the credentials typed, not
// the portal's access to Net3, so it never asks for an administrator.
import { Net3ApiError } from '../provisioning/api/net3-api-error.ts';
import { problemMessageFor } from '../provisioning/steps/submit-problem.ts';

export type SignInField = 'userName' | 'password';

/** Words for fields, or (`message`) for the whole form. */
export type SignInProblemWords = {
  fields: Partial<Record<SignInField, string>>;
  message?: string;
};

/** What the portal says to a wrong username or password, if it sent no message itself. */
export const WRONG_CREDENTIALS_MESSAGE =
  'The username or password is not right. Check them and try again.';

export function signInProblemWords(error: Error): SignInProblemWords {
  if (!(error instanceof Net3ApiError)) {
    return { fields: {}, message: 'Something unexpected went wrong. Try again.' };
  }
  // A wrong username or password: one message on the password, whichever was wrong.
  if (error.kind === 'unauthorized') {
    return { fields: { password: error.serverMessage || WRONG_CREDENTIALS_MESSAGE } };
  }
  if (error.kind === 'validation' && error.fieldErrors.length > 0) {
    const fields: Partial<Record<SignInField, string>> = {};
    for (const fieldError of error.fieldErrors) {
      const field = fieldError.formPath === 'password' ? 'password' : 'userName';
      fields[field] ??= fieldError.message || problemMessageFor(error);
    }
    return { fields };
  }
  // Too many attempts, the portal or Net3 unavailable: the message says what to do.
  return { fields: {}, message: problemMessageFor(error) };
}
