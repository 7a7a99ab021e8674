// What JSON.parse would lose or choke on, found in the raw JSON text before it is parsed:
// nesting deeper than any request of the portal's (10,000 levels overflowed the stack in code
// that walks the value), and number literals a JavaScript number cannot hold exactly
// (9007199254740993 becomes ...992, 1e400 becomes Infinity and is sent as null, -0 is sent as
// 0). Net3 reads longs exactly, so such a number must be refused, never rounded and sent.

/** Deeper than any body the portal takes (a customer is 4 levels). */
export const MAX_JSON_DEPTH = 32;

export type JsonTextCheck =
  /** `text` with each inexact number literal replaced by a marker string (inexactLiteralOf). */
  { ok: true; text: string; inexact: string[] } | { ok: false; problem: 'too-deep' };

const numberLiteral = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

// A marker no JSON text can make, since a JSON string cannot hold a raw NUL: the JSON escape
// below decodes to one, and the random part keeps a browser from guessing the marker.
const markerNonce = Math.random().toString(36).slice(2);
const MARKER_PREFIX = `\u0000inexact-number-${markerNonce}:`;

/** The literal a marker stands for, or undefined when `value` is not a marker. */
export function inexactLiteralOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(MARKER_PREFIX)
    ? value.slice(MARKER_PREFIX.length)
    : undefined;
}

/** Scans the text once; stops at the first level deeper than MAX_JSON_DEPTH. */
export function checkJsonText(text: string): JsonTextCheck {
  let depth = 0;
  let output = '';
  let copiedUpTo = 0;
  const inexact: string[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '"') {
      index = endOfString(text, index);
    } else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return { ok: false, problem: 'too-deep' };
    } else if (char === '}' || char === ']') {
      depth -= 1;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      numberLiteral.lastIndex = index;
      const literal = numberLiteral.exec(text)?.[0];
      if (literal === undefined) continue; // not JSON: JSON.parse says so
      if (!isExact(literal)) {
        inexact.push(literal);
        const marker = JSON.stringify(MARKER_PREFIX + literal);
        output += text.slice(copiedUpTo, index) + marker;
        copiedUpTo = index + literal.length;
      }
      index += literal.length - 1;
    }
  }
  if (inexact.length === 0) return { ok: true, text, inexact };
  return { ok: true, text: output + text.slice(copiedUpTo), inexact };
}

function endOfString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"') return index;
  }
  return text.length;
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
