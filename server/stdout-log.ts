// Standard output for the portal's log lines (portal-log.ts). Writing to a file or a pipe is
// synchronous in Node, and under load one write per line was a measurable part of what the
// proxy cost. So lines are collected and written together once the current batch of events has
// been handled (setImmediate): in the same order, a moment later, and in one write when several
// requests finished together. Whatever is still waiting when the process exits is written then.

export type BatchedWriter = {
  /** Queues text (whole lines, each with its newline). */
  write(text: string): void;
  /** Writes everything queued now. */
  flush(): void;
};

/** Collects text and hands it to `write` in one piece per turn of the event loop. */
export function createBatchedWriter(write: (text: string) => void): BatchedWriter {
  let pending = '';
  let scheduled = false;
  function flush(): void {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  }
  return {
    write(text) {
      pending += text;
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

let stdout: BatchedWriter | undefined;

/** Writes log lines to standard output, batched (see above). */
export function logToStdout(text: string): void {
  if (stdout === undefined) {
    const created = createBatchedWriter((batch) => process.stdout.write(batch));
    // One listener for the whole process, however many servers it builds (tests build many).
    process.once('exit', () => created.flush());
    stdout = created;
  }
  stdout.write(text);
}
