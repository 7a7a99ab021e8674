// Net3's integer ranges (C# int and long), without zod: the first step checks the choice
// lists' ids with them and must not carry zod (wire-values.ts re-exports them beside its
// zod schemas).

/** C# int (Int32) range. */
export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

/** A C# long is only safe in JavaScript within ±(2^53 - 1). */
export const SAFE_LONG_MIN = Number.MIN_SAFE_INTEGER;
export const SAFE_LONG_MAX = Number.MAX_SAFE_INTEGER;

/** True for a whole number that fits a C# int. */
export function isInt32(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX
  );
}

/** True for a whole number that fits a C# long without losing precision in JavaScript. */
export function isSafeLong(value: unknown): value is number {
  return Number.isSafeInteger(value);
}
