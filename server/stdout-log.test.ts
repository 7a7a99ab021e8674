// The batched writer: every line, in order, one write per turn of the event loop.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createBatchedWriter } from './stdout-log.ts';

describe('createBatchedWriter', () => {
  it('writes the lines of one turn together, in order, once the turn is over', async () => {
    const writes: string[] = [];
    const lines = createBatchedWriter((text) => writes.push(text));

    lines.write('first\n');
    lines.write('second\n');
    expect(writes).toEqual([]);
    await nextTurn();
    lines.write('third\n');
    await nextTurn();

    expect(writes).toEqual(['first\nsecond\n', 'third\n']);
  });

  it('writes what is waiting at once on flush, and nothing when nothing is', async () => {
    const writes: string[] = [];
    const lines = createBatchedWriter((text) => writes.push(text));

    lines.write('before exit\n');
    lines.flush();
    lines.flush();
    await nextTurn();

    expect(writes).toEqual(['before exit\n']);
  });
});
