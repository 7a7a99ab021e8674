// The portal's own answers when Net3 gave none worth relaying: 504 when it did not answer in
// time, 502 when it could not be reached or answered something the portal cannot use. Every
// route that talks to Net3 answers these through here, so they read the same everywhere.
import type { ServerResponse } from 'node:http';
import { sendServiceStackError } from './servicestack-error.ts';
import type { UpstreamFailure } from './upstream-outcome.ts';

/**
 * What the portal was waiting for, which decides what a 504 tells the person: a forwarded
 * customer may have been created all the same; a sign-in check changed nothing.
 */
export type UpstreamWait = 'forward' | 'sign-in check';

const timeoutMessages: Record<UpstreamWait, (limit: string) => string> = {
  forward: (limit) =>
    `The Net3 API did not answer within ${limit}. ` +
    'The customer may still have been created: check Net3 before sending it again.',
  'sign-in check': (limit) =>
    `The Net3 API did not check the sign-in within ${limit}. Try again in a moment.`,
};

/** 504 for a timeout, 502 for an unreachable Net3 (naming the socket error). */
export function sendUpstreamFailure(
  res: ServerResponse,
  failure: UpstreamFailure,
  timeoutMs: number,
  waitedFor: UpstreamWait,
): void {
  if (failure.kind === 'timeout') {
    sendServiceStackError(
      res,
      504,
      'GatewayTimeout',
      timeoutMessages[waitedFor](formatSeconds(timeoutMs)),
    );
    return;
  }
  sendBadGateway(
    res,
    `The portal could not reach the Net3 API (${failure.code ?? 'connection failed'}). ` +
      'Try again in a moment; if it keeps failing, the portal operator should check NET3_API_URL and that the Net3 API is up.',
  );
}

/** 502 with the portal's explanation: Net3 answered, but not with anything usable. */
export function sendBadGateway(res: ServerResponse, message: string): void {
  sendServiceStackError(res, 502, 'BadGateway', message);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
