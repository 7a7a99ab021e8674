// parseExactJson: the depth check never overflows the stack, and each inexact number keeps the
// literal it was written as, wherever it sits.
import { describe, expect, it } from 'vitest';
import { InexactNumber, MAX_JSON_DEPTH, parseExactJson } from './exact-json.ts';

describe('parseExactJson', () => {
  it('refuses 100,000 levels of nesting as too deep instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

    expect(parseExactJson(deep)).toEqual({ ok: false, problem: 'too-deep' });
  });

  it(`takes exactly ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;

    expect(parseExactJson(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseExactJson(nested(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, problem: 'too-deep' });
  });

  it('keeps each inexact number as its literal, in objects and arrays alike', () => {
    const parsed = parseExactJson('{"a":[1,9007199254740993,{"b":-0}],"c":1e400,"d":"1e400"}');

    expect(parsed).toEqual({
      ok: true,
      hasInexactNumbers: true,
      value: {
        a: [1, new InexactNumber('9007199254740993'), { b: new InexactNumber('-0') }],
        c: new InexactNumber('1e400'),
        d: '1e400',
      },
    });
  });

  it('leaves exact numbers as numbers and says there is nothing inexact', () => {
    expect(parseExactJson('{"a":9007199254740991,"b":12.5,"c":1e3}')).toEqual({
      ok: true,
      hasInexactNumbers: false,
      value: { a: 9007199254740991, b: 12.5, c: 1000 },
    });
  });

  it('throws on text that is not JSON, as JSON.parse does', () => {
    expect(() => parseExactJson('{"a":')).toThrow(SyntaxError);
  });
});
