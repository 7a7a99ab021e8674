import { describe, expect, it } from 'vitest';
import { Net3ApiError, type Net3ApiErrorKind } from '../api/net3-api-error.ts';
import {
  NOT_AUTHORISED_MESSAGE,
  SIGNUP_UNAVAILABLE_MESSAGE,
  submitProblemFor,
} from './submit-outcome-problem.ts';
import {
  nextStepProblemFor,
  problemMessageFor,
  unpreparedSubmitProblem,
} from './submit-problem.ts';

function apiError(
  kind: Net3ApiErrorKind,
  status: number,
  init: Partial<{ errorCode: string; serverMessage: string }> = {},
) {
  return new Net3ApiError({
    kind,
    status,
    errorCode: init.errorCode ?? 'Code',
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
      apiError('unauthorized', 401, { errorCode: 'NotSignedIn', serverMessage: 'not signed in' }),
    );
    expect(problem).toEqual({
      title: 'Sign in to submit',
      message:
        'You are not signed in, or your session has ended. Sign in and try again; nothing you entered is lost.',
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

  it("answers a reseller's 409 with what to do, never Net3's words about which customer exists", () => {
    const problem = submitProblemFor(
      apiError('conflict', 409, {
        serverMessage: 'A customer with the email owner@reseller.example already exists.',
      }),
      'reseller',
    );
    expect(problem).toEqual({
      title: 'Your signup was not sent',
      message:
        'We may already have your company: someone there may have signed it up before. Check with your colleagues, or contact your Net3 partner, who can check and finish your signup.',
      canRetry: false,
    });
    expect(problem.message).not.toMatch(/customer/i);
  });

  it("gives a reseller's 409 its reference once", () => {
    const problem = submitProblemFor(
      new Net3ApiError({
        kind: 'conflict',
        status: 409,
        errorCode: 'Conflict',
        requestId: 'ref-1',
      }),
      'reseller',
    );
    expect(problem.message.match(/Reference: ref-1/g)).toEqual(['Reference: ref-1']);
  });

  it('tells a reseller whose signup is still being sent to wait, not that the company exists', () => {
    const problem = submitProblemFor(
      apiError('conflict', 409, { errorCode: 'InProgress' }),
      'reseller',
    );
    expect(problem.message).toBe(
      'Your signup is being sent already. Wait a minute, then send it again.',
    );
  });

  it('offers Retry for server errors, timeouts and network failures only', () => {
    expect(submitProblemFor(apiError('server', 503)).canRetry).toBe(true);
    expect(submitProblemFor(apiError('timeout', 0)).canRetry).toBe(true);
    expect(submitProblemFor(apiError('network', 0)).canRetry).toBe(true);
    expect(submitProblemFor(apiError('not-found', 404)).canRetry).toBe(false);
  });

  it('says in words what a 500 means, that nothing is lost, what to do, and the reference', () => {
    const error = new Net3ApiError({
      kind: 'server',
      status: 500,
      errorCode: 'InternalServerError',
      requestId: '7d54b780-3361-46ca-ab88-72a687d52cc5',
    });
    expect(submitProblemFor(error)).toEqual({
      title: 'The customer was not submitted',
      message:
        'The portal hit a problem on its side (error 500). Nothing you entered is lost: try again in a minute. If it keeps happening, tell support. Reference: 7d54b780-3361-46ca-ab88-72a687d52cc5',
      canRetry: true,
    });
    for (const status of [500, 502, 503]) {
      expect(problemMessageFor(apiError('server', status))).not.toMatch(/HTTP/);
    }
  });

  it('tells a reseller the signup was not sent, with the server message for too many signups and no Retry', () => {
    const message =
      'Too many signups from your network. Try again in 40 minutes. What you entered is still here.';
    const problem = submitProblemFor(
      apiError('too-many-requests', 429, { serverMessage: message }),
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

describe('problemMessageFor', () => {
  it("tells the browser's own timeout from a proxy's 504, which may have created the customer", () => {
    expect(problemMessageFor(apiError('timeout', 0, { errorCode: 'Timeout' }))).toBe(
      'The Net3 API did not answer in time. Try again in a moment. Nothing was lost.',
    );
    expect(problemMessageFor(apiError('server', 504))).toMatch(
      /may or may not have been created.*Retry is safe/,
    );
    expect(problemMessageFor(apiError('timeout', 408))).toMatch(/Retry is safe/);
  });

  it('says an answer could not be read, or was unexpected, with its status', () => {
    expect(problemMessageFor(apiError('unexpected', 200, { errorCode: 'InvalidResponse' }))).toBe(
      'The portal gave an answer that could not be read. Try again; if it keeps happening, contact an administrator.',
    );
    expect(problemMessageFor(apiError('unexpected', 418, { errorCode: 'Http418' }))).toBe(
      'The portal gave an unexpected answer (error 418). Try again; if it keeps happening, contact an administrator.',
    );
  });

  it("prefers the server's own words where they say what to do", () => {
    expect(
      problemMessageFor(apiError('too-many-requests', 429, { serverMessage: 'Wait 5 minutes.' })),
    ).toBe('Wait 5 minutes.');
    expect(problemMessageFor(apiError('validation', 400, { serverMessage: 'Bad body.' }))).toBe(
      'Net3 did not accept the request: Bad body.',
    );
  });

  it('has its own words for an error that is not from the portal', () => {
    expect(problemMessageFor(new TypeError('x is undefined'))).toBe(
      'Something unexpected went wrong. Try again; nothing was lost.',
    );
  });
});

describe('unpreparedSubmitProblem (Submit’s code could not be fetched: nothing was sent)', () => {
  it('says the device is offline and offers Retry, in each audience’s title', () => {
    const offline = new Net3ApiError({ kind: 'network', status: 0, errorCode: 'Offline' });
    expect(unpreparedSubmitProblem(offline, 'staff')).toEqual({
      title: 'The customer was not submitted',
      message:
        'This device is offline, so nothing was sent. Your answers are kept: when the connection is back, press Retry.',
      canRetry: true,
    });
    expect(unpreparedSubmitProblem(offline, 'reseller').title).toBe('Your signup was not sent');
  });

  it('says the portal could not be reached when online, and offers Retry', () => {
    const failed = new Net3ApiError({ kind: 'network', status: 0, errorCode: 'NetworkError' });
    expect(unpreparedSubmitProblem(failed, 'staff')).toEqual({
      title: 'The customer was not submitted',
      message: 'Could not reach the portal. Check your connection and try again. Nothing was lost.',
      canRetry: true,
    });
  });
});

describe('nextStepProblemFor (the rules Next needs could not be fetched)', () => {
  it('says the device is offline, or else to try again and then reload, and that the answers are kept', () => {
    const offline = new Net3ApiError({ kind: 'network', status: 0, errorCode: 'Offline' });
    expect(nextStepProblemFor(offline)).toBe(
      'This device is offline, so nothing was sent. What you entered is kept: when the connection is back, try again.',
    );
    const failed = new Net3ApiError({ kind: 'network', status: 0, errorCode: 'NetworkError' });
    expect(nextStepProblemFor(new TypeError('a bug'))).toBe(
      'Something unexpected went wrong. Try again; nothing was lost.',
    );
    expect(nextStepProblemFor(failed)).toMatch(
      /press Next again; what you entered is kept\. If it keeps happening, reload the page\.$/,
    );
  });
});
