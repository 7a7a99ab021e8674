// Small checks for JSON read from the portal's answers and from the saved draft. The first
// step must not carry zod (~25 kB gzip) just to read a session, three choice lists and a
// draft, so these few shapes are checked by hand; zod stays for the form rules and the wire
// contract, which load later. Each reader throws InvalidJsonError when a value is not what it
// should be.

export class InvalidJsonError extends Error {
  constructor(path: string, expected: string) {
    super(`${path || 'the value'} must be ${expected}`);
    this.name = 'InvalidJsonError';
  }
}

/** A JSON object (not null, not a list). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (!isJsonObject(value)) throw new InvalidJsonError(path, 'an object');
  return value;
}

export function readList(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidJsonError(path, 'a list');
  return value;
}

export function readText(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InvalidJsonError(path, 'text');
  return value;
}

/** Text, or undefined when the property is missing or null. */
export function readOptionalText(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : readText(value, path);
}

/** A list of text, or undefined when the property is missing or null. */
export function readOptionalTextList(value: unknown, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return readList(value, path).map((item, index) => readText(item, `${path}.${index}`));
}
