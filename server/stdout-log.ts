// The production server's log: one line per /api request plus start-up and problem lines, on
// standard output. Writing to a file or a pipe is synchronous in Node, and console.log formats
// each line besides, which under load was a measurable part of what the proxy cost. So lines
// are collected and written together once the current batch of events has been handled
// (setImmediate): in the same order, a moment later, and in one write when several requests
// finished together. Whatever is still waiting when the process exits is written then.

export type LineLog = {
  /** Queues one line (without its newline). */
  log(line: string): void;
  /** Writes every queued line now. */
  flush(): void;
};

/** Collects lines and hands them to `write` in one piece per turn of the event loop. */
export function createBatchedLineLog(write: (text: string) => void): LineLog {
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
    log(line) {
      pending += `${line}\n`;
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

let stdoutLog: LineLog | undefined;

/** Writes one line to standard output, batched (see above). */
export function logToStdout(line: string): void {
  if (stdoutLog === undefined) {
    const created = createBatchedLineLog((text) => process.stdout.write(text));
    // One listener for the whole process, however many servers it builds (tests build many).
    process.once('exit', () => created.flush());
    stdoutLog = created;
  }
  stdoutLog.log(line);
}
