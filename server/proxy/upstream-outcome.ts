// How one exchange with the Net3 API ended, as the upstream client (net3-upstream.ts) reports it
// to the route that started it: a route can act on what Net3 answered, or on why it did not
// (e.g. record it), without handling sockets and timers itself.

/** Net3 gave no answer at all: it did not answer in time, or could not be reached. */
export type UpstreamFailure = {
  kind: 'timeout' | 'unreachable';
  /** The socket error's code (ECONNREFUSED, ENOTFOUND, ...), when there was one. */
  code: string | undefined;
};

export type ForwardOutcome =
  /**
   * Net3's whole answer arrived; the route answers the browser itself (recorded-submission.ts). `body` holds it as it came
   * (compressed if Net3 compressed it), or null when it was larger than the upstream client
   * keeps (MAX_KEPT_ANSWER_BYTES).
   */
  | { kind: 'answered'; status: number; body: Buffer | null }
  /**
   * Net3 began answering, with `status`, but the answer was cut off midway: the time ran out
   * or the connection broke.
   */
  | { kind: 'dropped'; status: number; reason: UpstreamFailure['kind'] }
  /** No answer from Net3 (the route answers 504 or 502). */
  | UpstreamFailure;

export type AskOutcome =
  /** Net3's whole answer, as text ('' when it was larger than the caller accepts). */
  | { kind: 'answered'; status: number; text: string }
  /** No complete answer; an answer cut off midway counts as a failure with code ECONNRESET. */
  | UpstreamFailure;
