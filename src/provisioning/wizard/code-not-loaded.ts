// What a failure to load a later part of the wizard (the form rules, a step, Submit's code)
// means to the person. A part that could not be fetched (offline, or the connection failed) is
// a network error: nothing was sent, try again. Each engine words a failed dynamic import its
// own way; anything else is unexpected.
import { NETWORK_ERROR_CODE, Net3ApiError, OFFLINE_ERROR_CODE } from '../api/net3-api-error.ts';

const failedModuleLoad = /dynamically imported module|module script failed|failed to fetch/i;

export function codeNotLoaded(error: unknown): Error {
  const unloaded = error instanceof TypeError && failedModuleLoad.test(error.message);
  if (!navigator.onLine || unloaded) {
    return new Net3ApiError({
      status: 0,
      kind: 'network',
      errorCode: navigator.onLine ? NETWORK_ERROR_CODE : OFFLINE_ERROR_CODE,
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}
