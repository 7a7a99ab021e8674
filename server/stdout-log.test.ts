// The batched line log: every line, in order, one write per turn of the event loop.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createBatchedLineLog } from './stdout-log.ts';

describe('createBatchedLineLog', () => {
  it('writes the lines of one turn together, in order, once the turn is over', async () => {
    const writes: string[] = [];
    const lines = createBatchedLineLog((text) => writes.push(text));

    lines.log('first');
    lines.log('second');
    expect(writes).toEqual([]);
    await nextTurn();
    lines.log('third');
    await nextTurn();

    expect(writes).toEqual(['first\nsecond\n', 'third\n']);
  });

  it('writes what is waiting at once on flush, and nothing when nothing is', async () => {
    const writes: string[] = [];
    const lines = createBatchedLineLog((text) => writes.push(text));

    lines.log('before exit');
    lines.flush();
    lines.flush();
    await nextTurn();

    expect(writes).toEqual(['before exit\n']);
  });
});
