// One environment variable of the portal's configuration, as a zod schema: what "unset" means
// (absent, or blank: `NAME=` in a shell or .env file means "not set", not "set to nothing") and
// the value used then. Every variable in ../config.ts is one call to `envVariable` or
// `envWholeNumber`, so its rule and its default sit on one line.
import { z } from 'zod';
import { wholeNumber, type WholeNumberRange } from './env-values.ts';

/** process.env, or a test's stand-in for it. */
export type Environment = Record<string, string | undefined>;

export type EnvVariableOptions<Default> = {
  /** Used when the variable is unset or blank; `null` for "there is no such thing". */
  default: Default;
  /** Keep leading and trailing spaces (they are part of a secret); only '' then means unset. */
  keepSpaces?: boolean;
};

/** The variable's text as the schema reads it; undefined when it is unset or blank. */
export function setValueOf(text: string | undefined, keepSpaces = false): string | undefined {
  if (text === undefined) return undefined;
  if (keepSpaces) return text === '' ? undefined : text;
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Whether `name` is set to something other than blanks in `env`. */
export function isSet(env: Environment, name: string, keepSpaces = false): boolean {
  return setValueOf(env[name], keepSpaces) !== undefined;
}

/**
 * A variable read by `value` (which sees the trimmed text) when it is set, and
 * `options.default` when it is unset or blank.
 */
export function envVariable<Value, Default>(
  value: z.ZodType<Value, string>,
  options: EnvVariableOptions<Default>,
) {
  const keepSpaces = options.keepSpaces ?? false;
  return z
    .preprocess(
      (text) => (typeof text === 'string' ? setValueOf(text, keepSpaces) : text),
      value.optional(),
    )
    .transform((parsed): Value | Default => (parsed === undefined ? options.default : parsed));
}

/** A whole-number variable in `range`, e.g. `envWholeNumber(minutes(1, 60), { default: 15 })`. */
export function envWholeNumber<Default>(range: WholeNumberRange, options: { default: Default }) {
  return envVariable(wholeNumber(range), options);
}
