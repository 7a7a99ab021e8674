// How each kind of configuration value is read from its (trimmed, non-blank) text, with the
// message an operator sees when it is wrong. Messages follow the variable's name, e.g.
// "PORT must be a port number from 0 to 65535 (got "70000")". Values that may hold secrets
// (URLs, keys) are never echoed back.
import { z } from 'zod';
import { parseDatabaseUrl } from '../database/database-url.ts';
import { parseTrustProxy } from '../proxy/trusted-proxies.ts';

// No eval in the server either (see src/provisioning/contract/wire-values.ts): the
// configuration is the first thing zod parses.
z.config({ jitless: true });

/** A signing key shorter than this is guessable; refused with a message that says how to make one. */
export const MIN_SESSION_SECRET_LENGTH = 32;

/** A command that prints a good SESSION_SECRET, quoted for the operator's shell. */
export const MAKE_SESSION_SECRET_COMMAND =
  "node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64url'))\"";

export type WholeNumberRange = {
  /** What the number is, for the message: "must be <mustBe> from <min> to <max>". */
  mustBe: string;
  min: number;
  max: number;
};

export const wholeNumber = ({ mustBe, min, max }: WholeNumberRange) =>
  z.string().transform((text, ctx) => {
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be ${mustBe} from ${min} to ${max} (got "${text}")`,
      });
      return z.NEVER;
    }
    return value;
  });

/** "a whole number of <unit> from <min> to <max>". */
export const wholeNumberOf = (unit: string, min: number, max: number): WholeNumberRange => ({
  mustBe: `a whole number of ${unit}`,
  min,
  max,
});

export const minutes = (min: number, max: number) => wholeNumberOf('minutes', min, max);

export const portNumber: WholeNumberRange = { mustBe: 'a port number', min: 0, max: 65_535 };

/** Net3's ids are C# Int32; 0 would be read as "not set". */
export const net3Id: WholeNumberRange = {
  mustBe: 'a Net3 id, a whole number',
  min: 1,
  max: 2_147_483_647,
};

const trueWords = ['1', 'true', 'yes', 'on'];
const falseWords = ['0', 'false', 'no', 'off'];
export const yesOrNo = z.string().transform((text, ctx) => {
  const word = text.toLowerCase();
  if (trueWords.includes(word)) return true;
  if (falseWords.includes(word)) return false;
  ctx.addIssue({
    code: 'custom',
    message: `must be one of ${[...trueWords, ...falseWords].join(', ')} (got "${text}")`,
  });
  return z.NEVER;
});

/** TRUST_PROXY: a hop count or the trusted proxies' addresses/CIDRs (trusted-proxies.ts). */
export const trustProxy = z.string().transform((text, ctx) => {
  const reading = parseTrustProxy(text);
  if (reading.ok) return reading.value;
  ctx.addIssue({ code: 'custom', message: reading.message });
  return z.NEVER;
});

/** Any text, as given (trimmed). */
export const anyText = z.string();

export const net3ApiUrl = z.string().transform((text, ctx) => {
  // The URL is never echoed back: an operator may have pasted credentials into it.
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message:
        'is not an absolute URL. Give the Net3 API base URL with its scheme, e.g. https://n3tapi.palmettovdc.com',
    });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue({
      code: 'custom',
      message: `must start with https:// (or http://), not ${url.protocol}//`,
    });
    return z.NEVER;
  }
  if (url.username !== '' || url.password !== '') {
    ctx.addIssue({
      code: 'custom',
      message: 'must not contain a user name or password. Put the API key in NET3_API_KEY instead',
    });
    return z.NEVER;
  }
  if (url.search !== '' || url.hash !== '') {
    ctx.addIssue({
      code: 'custom',
      message: 'must not have a query string or #fragment; give only the base URL',
    });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
});

export const net3ApiKey = z
  .string()
  // The key goes into an HTTP header. The message must never include the key itself.
  .regex(/^[\x21-\x7e]+$/, {
    message: 'must be printable ASCII without spaces (it is sent as an HTTP header)',
  });

export const redisUrl = z.string().refine(
  (text) => {
    // Never echoed back: a Redis URL usually carries its password.
    try {
      const url = new URL(text);
      return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  {
    message:
      'must be a redis:// or rediss:// URL with a host, e.g. redis://redis.internal:6379 (or unset it to keep rate limits in memory)',
  },
);

export const sessionSecret = z.string().refine((text) => text.length >= MIN_SESSION_SECRET_LENGTH, {
  message:
    `must be at least ${MIN_SESSION_SECRET_LENGTH} characters long (it signs the staff session cookie). ` +
    `Make one with: ${MAKE_SESSION_SECRET_COMMAND}`,
});

/** DATABASE_URL, checked by the same rules the database opens with (database-url.ts). */
export const databaseUrl = z.string().transform((text, ctx) => {
  try {
    parseDatabaseUrl(text);
    return text;
  } catch (error) {
    // parseDatabaseUrl's messages start with "DATABASE_URL "; the name is already in the path.
    ctx.addIssue({
      code: 'custom',
      message: (error as Error).message.replace(/^DATABASE_URL /, ''),
    });
    return z.NEVER;
  }
});

/** Extra origins allowed to send state-changing /api requests: https://a.example,https://b.example */
export const allowedOrigins = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  )
  .refine(
    (origins) =>
      origins.every((origin) => {
        try {
          const url = new URL(origin);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
        } catch {
          return false;
        }
      }),
    {
      message:
        'must be origins separated by commas, each scheme://host[:port] with nothing after it, e.g. https://admin.net3.example',
    },
  );
