// The portal's own words when Net3 gave no usable answer: 504 when it did not answer in time,
// 502 when it could not be reached or answered something the portal cannot use. The sign-in
// route sends them from here; submissions (submission-answers.ts) record and send the same
// words, so they read the same everywhere.
import type { ServerResponse } from 'node:http';
import { sendServiceStackError } from './servicestack-error.ts';
import type { UpstreamFailure } from './upstream-outcome.ts';

/**
 * What the portal was waiting for, which decides what a 504 tells the person: a submitted
 * customer may have been created all the same; a sign-in check changed nothing.
 */
export type UpstreamWait = 'submission' | 'sign-in check';

export const MAY_HAVE_BEEN_CREATED =
  'The customer may still have been created: check Net3 before sending it again.';

export const UNREACHABLE_ADVICE =
  'Try again in a moment; if it keeps failing, the portal operator should check NET3_API_URL and that the Net3 API is up.';

const timeoutMessages: Record<UpstreamWait, (limit: string) => string> = {
  submission: (limit) => `The Net3 API did not answer within ${limit}. ${MAY_HAVE_BEEN_CREATED}`,
  'sign-in check': (limit) =>
    `The Net3 API did not check the sign-in within ${limit}. Try again in a moment.`,
};

/** What a 504 says, e.g. "The Net3 API did not answer within 15 s. …". */
export function timeoutMessage(waitedFor: UpstreamWait, timeoutMs: number): string {
  return timeoutMessages[waitedFor](formatSeconds(timeoutMs));
}

/** "The portal could not reach the Net3 API (ECONNREFUSED)." */
export function unreachableReason(code: string | undefined): string {
  return `The portal could not reach the Net3 API (${code ?? 'connection failed'}).`;
}

/** 504 for a timeout, 502 for an unreachable Net3 (naming the socket error). */
export function sendUpstreamFailure(
  res: ServerResponse,
  failure: UpstreamFailure,
  timeoutMs: number,
  waitedFor: UpstreamWait,
): void {
  if (failure.kind === 'timeout') {
    sendServiceStackError(res, 504, 'GatewayTimeout', timeoutMessage(waitedFor, timeoutMs));
    return;
  }
  sendBadGateway(res, `${unreachableReason(failure.code)} ${UNREACHABLE_ADVICE}`);
}

/** 502 with the portal's explanation: Net3 answered, but not with anything usable. */
export function sendBadGateway(res: ServerResponse, message: string): void {
  sendServiceStackError(res, 502, 'BadGateway', message);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
