import { describe, expect, it } from 'vitest';
import { Net3ApiError, type Net3ApiErrorKind } from '../api/net3-api-error.ts';
import {
  NOT_AUTHORISED_MESSAGE,
  SIGNUP_UNAVAILABLE_MESSAGE,
  submitProblemFor,
} from './submit-problem.ts';

function apiError(
  kind: Net3ApiErrorKind,
  status: number,
  init: Partial<{ errorCode: string; message: string; serverMessage: string }> = {},
) {
  return new Net3ApiError({
    kind,
    status,
    errorCode: init.errorCode ?? 'Code',
    message: init.message ?? 'Portal message',
    serverMessage: init.serverMessage,
  });
}

describe('submitProblemFor', () => {
  it('tells a person to contact an administrator on 401 and 403 from Net3, without Retry', () => {
    for (const [kind, status] of [
      ['unauthorized', 401],
      ['forbidden', 403],
    ] as const) {
      expect(submitProblemFor(apiError(kind, status))).toEqual({
        title: 'Not authorised',
        message: NOT_AUTHORISED_MESSAGE,
        canRetry: false,
      });
    }
  });

  it('asks to sign in again when the portal session has ended, and keeps Retry', () => {
    const problem = submitProblemFor(
      apiError('unauthorized', 401, {
        errorCode: 'NotSignedIn',
        message: 'Sign in and try again.',
      }),
    );
    expect(problem).toEqual({
      title: 'Sign in to submit',
      message: 'Sign in and try again.',
      canRetry: true,
    });
  });

  it("shows the server's own explanation of a conflict", () => {
    const problem = submitProblemFor(
      apiError('conflict', 409, {
        serverMessage: 'A customer with this Customer ID already exists.',
      }),
    );
    expect(problem.message).toBe('A customer with this Customer ID already exists.');
    expect(problem.canRetry).toBe(false);
  });

  it('offers Retry for server errors, timeouts and network failures only', () => {
    expect(submitProblemFor(apiError('server', 503)).canRetry).toBe(true);
    expect(submitProblemFor(apiError('timeout', 0)).canRetry).toBe(true);
    expect(submitProblemFor(apiError('network', 0)).canRetry).toBe(true);
    expect(submitProblemFor(apiError('not-found', 404)).canRetry).toBe(false);
    expect(
      submitProblemFor(apiError('server', 500, { message: 'Net3 had a problem.' })).message,
    ).toBe('Net3 had a problem.');
  });

  it('tells a reseller the signup was not sent, with the server message for too many signups and no Retry', () => {
    const message =
      'Too many signups from your network. Try again in 40 minutes. What you entered is still here.';
    const problem = submitProblemFor(
      apiError('too-many-requests', 429, { message, serverMessage: message }),
      'reseller',
    );
    expect(problem).toEqual({ title: 'Your signup was not sent', message, canRetry: false });
  });

  it('never asks a reseller to contact an administrator', () => {
    for (const [kind, status] of [
      ['unauthorized', 401],
      ['forbidden', 403],
    ] as const) {
      expect(submitProblemFor(apiError(kind, status), 'reseller')).toEqual({
        title: 'Your signup was not sent',
        message: SIGNUP_UNAVAILABLE_MESSAGE,
        canRetry: false,
      });
    }
    expect(submitProblemFor(apiError('server', 503), 'reseller').canRetry).toBe(true);
  });
});
