// JSON.parse with what it would otherwise lose or choke on made visible: nesting deeper than
// any request of the portal's (10,000 levels overflowed the stack in code that walks the
// value), and number literals a JavaScript number cannot hold exactly (9007199254740993 becomes
// ...992, 1e400 becomes Infinity and is sent as null, -0 is sent as 0). Net3 reads longs
// exactly, so such a number must be refused, never rounded and sent. The reviver's source text
// (Node 22+) tells each number's literal; nothing here reads JSON text by hand.

/** Deeper than any body the portal takes (a customer is 4 levels). */
export const MAX_JSON_DEPTH = 32;

/** Where a parsed value held a number literal that would not survive as a JavaScript number. */
export class InexactNumber {
  constructor(readonly literal: string) {}
}

export type ExactJsonParse =
  { ok: true; value: unknown; hasInexactNumbers: boolean } | { ok: false; problem: 'too-deep' };

/**
 * Parses `text` (throws SyntaxError as JSON.parse does). Each inexact number is left in the
 * value as an InexactNumber holding its literal, for the caller to name its field.
 */
export function parseExactJson(text: string): ExactJsonParse {
  // A plain parse first: V8 parses any depth without recursion, a reviver does not (it walks
  // the value recursively and overflows the stack near 10,000 levels), so the depth is
  // measured before the reviver ever runs.
  if (depthExceeds(JSON.parse(text), MAX_JSON_DEPTH)) return { ok: false, problem: 'too-deep' };
  let hasInexactNumbers = false;
  const value: unknown = JSON.parse(
    text,
    (_key, parsed: unknown, context?: { source?: string }) => {
      if (typeof parsed !== 'number' || context?.source === undefined) return parsed;
      if (isExact(context.source)) return parsed;
      hasInexactNumbers = true;
      return new InexactNumber(context.source);
    },
  );
  return { ok: true, value, hasInexactNumbers };
}

/** Is any object or array more than `limit` levels deep? Iterative: no depth overflows it. */
function depthExceeds(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    for (const item of Object.values(next.value)) pending.push({ value: item, depth });
  }
  return false;
}

/**
 * Does Number(literal) hold exactly the value written? Whole numbers must be within ±(2^53 - 1),
 * where every whole number has its own double, and not -0; a fraction must not have
 * turned into a whole number (1e-400 -> 0). Other fractions are never whole-number fields and
 * the schema refuses them with its own message.
 */
export function isExact(literal: string): boolean {
  const value = Number(literal);
  if (!Number.isFinite(value)) return false;
  if (Object.is(value, -0)) return false;
  const match = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (match === null) return false;
  const digits = `${match[1]}${match[2] ?? ''}`.replace(/^0+/, '');
  const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
  const exponent = Number(match[3] ?? 0) - (match[2]?.length ?? 0);
  const whole = digits === '' || exponent + trailingZeros >= 0;
  if (!whole) return !Number.isInteger(value);
  // Beyond ±(2^53 - 1) a double stands for several whole numbers (9007199254740993 reads as
  // ...992), so no such number can be carried through exactly.
  return Number.isSafeInteger(value);
}
