// The portal's server-side configuration, read from the environment once at start and
// validated so a misconfigured deployment refuses to start with a message an operator can act on.
// None of these names is VITE_-prefixed: Vite only exposes VITE_* to the browser bundle,
// so the Net3 API key can never be inlined into the app.
import path from 'node:path';
import { z } from 'zod';

export const DEFAULT_NET3_API_TIMEOUT_MS = 15_000;
export const DEFAULT_CHOICE_LISTS_FILE = 'config/choice-lists.json';
export const DEFAULT_PORT = 8080;
// The production server usually runs in a container or behind a reverse proxy, so it listens on
// every interface by default; set HOST=127.0.0.1 to keep it to the local machine.
export const DEFAULT_HOST = '0.0.0.0';
/**
 * Staff stay signed in this long without a request (sliding: requests renew it, at most once a
 * minute, so to within a minute).
 */
export const DEFAULT_SESSION_IDLE_TIMEOUT_MINUTES = 480;
/** iron-session refuses shorter keys; so do we, with a clearer message. */
export const MIN_SESSION_SECRET_LENGTH = 32;
export const DEFAULT_SIGNIN_RATE_LIMIT = 5;
export const DEFAULT_SIGNIN_RATE_WINDOW_MINUTES = 15;
export const DEFAULT_SIGNUP_RATE_LIMIT = 5;
export const DEFAULT_SIGNUP_RATE_WINDOW_MINUTES = 60;
// The public signup's enforced choices (config/choice-lists.json): "Essential", "List price",
// "Pending review", so a self-signed-up reseller waits for staff before anything is active.
export const DEFAULT_SIGNUP_SERVICE_LEVEL_ID = 1;
export const DEFAULT_SIGNUP_PRICING_TIER_ID = 1;
export const DEFAULT_SIGNUP_CUSTOMER_STATUS_ID = 2;

/** The real Net3 API the proxy forwards to. */
export type Net3ApiTarget = {
  /** Base URL without a trailing slash, e.g. https://n3tapi.palmettovdc.com */
  url: string;
  /** Sent upstream as `Authorization: Bearer <key>`; never sent to the browser. */
  apiKey: string;
};

/** How many attempts one client address may make in a window before it gets 429. */
export type RateLimit = { attempts: number; windowMinutes: number };

export type PortalConfig = {
  /** null when NET3_API_URL is unset: the built-in fake Net3 API is started instead. */
  net3Api: Net3ApiTarget | null;
  net3ApiTimeoutMs: number;
  /** Take the client address and scheme from X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy: boolean;
  /** Absolute path of the operator's choice lists JSON file. */
  choiceListsFile: string;
  session: {
    /** Seals the staff session cookie. null only with the built-in fake: one is made up at start. */
    secret: string | null;
    idleTimeoutMinutes: number;
  };
  /** Failed staff sign-ins per client address. */
  signInRateLimit: RateLimit;
  /** The public reseller signup (POST /api/signup). */
  signup: {
    serviceLevelId: number;
    pricingTierId: number;
    customerStatusId: number;
    rateLimit: RateLimit;
  };
  /** redis:// or rediss:// URL; null keeps the rate limits in this process's memory. */
  redisUrl: string | null;
};

/** Where the production server (`npm start`) listens. Vite reads PORT/HOST itself. */
export type ListenConfig = { port: number; host: string };

export class PortalConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      'The Net3 Customer Portal cannot start: its configuration (environment variables) is invalid.\n' +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'PortalConfigError';
    this.problems = problems;
  }
}

type Environment = Record<string, string | undefined>;

// `NAME=` in a shell or .env file means "not set", not "set to nothing".
const unsetWhenBlank = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value;

const net3ApiUrlSchema = z.string().transform((text, ctx) => {
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

const net3ApiKeySchema = z
  .string()
  // The key goes into an HTTP header. The message must never include the key itself.
  .regex(/^[\x21-\x7e]+$/, {
    message: 'must be printable ASCII without spaces (it is sent as an HTTP header)',
  });

const wholeNumber = (description: string, min: number, max: number) =>
  z.string().transform((text, ctx) => {
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be ${description} from ${min} to ${max} (got "${text}")`,
      });
      return z.NEVER;
    }
    return value;
  });

const trueWords = ['1', 'true', 'yes', 'on'];
const falseWords = ['0', 'false', 'no', 'off'];
const trustProxySchema = z.string().transform((text, ctx) => {
  const word = text.toLowerCase();
  if (trueWords.includes(word)) return true;
  if (falseWords.includes(word)) return false;
  ctx.addIssue({
    code: 'custom',
    message: `must be one of ${[...trueWords, ...falseWords].join(', ')} (got "${text}")`,
  });
  return z.NEVER;
});

const redisUrlSchema = z.string().refine(
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

const sessionSecretSchema = z.string().refine((text) => text.length >= MIN_SESSION_SECRET_LENGTH, {
  message:
    `must be at least ${MIN_SESSION_SECRET_LENGTH} characters long (it seals the staff session cookie). ` +
    "Make one with: node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64url'))\"",
});

// Net3's ids are C# Int32; 0 would be read as "not set".
const int32Id = wholeNumber('a Net3 id, a whole number', 1, 2_147_483_647);

const portalEnvironmentSchema = z.object({
  NET3_API_URL: z.preprocess(unsetWhenBlank, net3ApiUrlSchema.optional()),
  NET3_API_KEY: z.preprocess(unsetWhenBlank, net3ApiKeySchema.optional()),
  NET3_API_TIMEOUT_MS: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of milliseconds', 1, 600_000).optional(),
  ),
  TRUST_PROXY: z.preprocess(unsetWhenBlank, trustProxySchema.optional()),
  CHOICE_LISTS_FILE: z.preprocess(unsetWhenBlank, z.string().optional()),
  // Not trimmed: leading or trailing spaces are part of a secret.
  SESSION_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    sessionSecretSchema.optional(),
  ),
  SESSION_IDLE_TIMEOUT_MINUTES: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of minutes', 1, 43_200).optional(),
  ),
  SIGNIN_RATE_LIMIT: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of failed sign-ins', 1, 10_000).optional(),
  ),
  SIGNIN_RATE_WINDOW_MINUTES: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of minutes', 1, 10_080).optional(),
  ),
  SIGNUP_RATE_LIMIT: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of signups', 1, 10_000).optional(),
  ),
  SIGNUP_RATE_WINDOW_MINUTES: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of minutes', 1, 10_080).optional(),
  ),
  SIGNUP_SERVICE_LEVEL_ID: z.preprocess(unsetWhenBlank, int32Id.optional()),
  SIGNUP_PRICING_TIER_ID: z.preprocess(unsetWhenBlank, int32Id.optional()),
  SIGNUP_CUSTOMER_STATUS_ID: z.preprocess(unsetWhenBlank, int32Id.optional()),
  REDIS_URL: z.preprocess(unsetWhenBlank, redisUrlSchema.optional()),
});

const portalEnvironmentNames = Object.keys(portalEnvironmentSchema.shape) as Array<
  keyof typeof portalEnvironmentSchema.shape
>;

// Checked on the raw values beside the schema, so these show up together with any other problem.
function urlAndKeyProblems(env: Environment): string[] {
  const urlSet = unsetWhenBlank(env.NET3_API_URL) !== undefined;
  const keySet = unsetWhenBlank(env.NET3_API_KEY) !== undefined;
  if (urlSet && !keySet) {
    return [
      'NET3_API_KEY is not set, but NET3_API_URL is. The portal authenticates to the Net3 API with this key ' +
        '(sent as Authorization: Bearer <key>), so it refuses to start without it. Set NET3_API_KEY, ' +
        'or unset NET3_API_URL to use the built-in fake Net3 API.',
    ];
  }
  if (!urlSet && keySet) {
    // Quietly falling back to the fake here would let a deployment that forgot its URL
    // "provision" customers that never reach Net3.
    return [
      'NET3_API_URL is not set, but NET3_API_KEY is. Set NET3_API_URL to the Net3 API base URL ' +
        '(e.g. https://n3tapi.palmettovdc.com), or unset NET3_API_KEY to use the built-in fake Net3 API.',
    ];
  }
  return [];
}

function sessionSecretProblems(env: Environment): string[] {
  const urlSet = unsetWhenBlank(env.NET3_API_URL) !== undefined;
  const secretSet = env.SESSION_SECRET !== undefined && env.SESSION_SECRET !== '';
  if (urlSet && !secretSet) {
    return [
      'SESSION_SECRET is not set, but NET3_API_URL is. It seals the staff sign-in cookie, and every ' +
        'portal instance must share it, so the portal refuses to make one up. Set SESSION_SECRET to a ' +
        `random text of at least ${MIN_SESSION_SECRET_LENGTH} characters, e.g. the output of ` +
        "node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64url'))\"",
    ];
  }
  return [];
}

const listenEnvironmentSchema = z.object({
  PORT: z.preprocess(unsetWhenBlank, wholeNumber('a port number', 0, 65_535).optional()),
  HOST: z.preprocess(unsetWhenBlank, z.string().optional()),
});

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
}

/**
 * Reads NET3_API_URL, NET3_API_KEY, NET3_API_TIMEOUT_MS, TRUST_PROXY, CHOICE_LISTS_FILE,
 * SESSION_SECRET, SESSION_IDLE_TIMEOUT_MINUTES, SIGNIN_RATE_LIMIT, SIGNIN_RATE_WINDOW_MINUTES,
 * SIGNUP_RATE_LIMIT, SIGNUP_RATE_WINDOW_MINUTES, SIGNUP_SERVICE_LEVEL_ID, SIGNUP_PRICING_TIER_ID,
 * SIGNUP_CUSTOMER_STATUS_ID and REDIS_URL. Throws PortalConfigError listing every problem.
 * A relative CHOICE_LISTS_FILE is resolved against `cwd` (npm scripts run in the project folder).
 */
export function loadPortalConfig(
  env: Environment = process.env,
  cwd: string = process.cwd(),
): PortalConfig {
  const result = portalEnvironmentSchema.safeParse(
    Object.fromEntries(portalEnvironmentNames.map((name) => [name, env[name]])),
  );
  const problems = [
    ...(result.success ? [] : problemsOf(result.error)),
    ...urlAndKeyProblems(env),
    ...sessionSecretProblems(env),
  ];
  if (!result.success || problems.length > 0) throw new PortalConfigError(problems);
  const parsed = result.data;
  return {
    net3Api:
      parsed.NET3_API_URL !== undefined && parsed.NET3_API_KEY !== undefined
        ? { url: parsed.NET3_API_URL, apiKey: parsed.NET3_API_KEY }
        : null,
    net3ApiTimeoutMs: parsed.NET3_API_TIMEOUT_MS ?? DEFAULT_NET3_API_TIMEOUT_MS,
    trustProxy: parsed.TRUST_PROXY ?? false,
    choiceListsFile: path.resolve(cwd, parsed.CHOICE_LISTS_FILE ?? DEFAULT_CHOICE_LISTS_FILE),
    session: {
      secret: parsed.SESSION_SECRET ?? null,
      idleTimeoutMinutes:
        parsed.SESSION_IDLE_TIMEOUT_MINUTES ?? DEFAULT_SESSION_IDLE_TIMEOUT_MINUTES,
    },
    signInRateLimit: {
      attempts: parsed.SIGNIN_RATE_LIMIT ?? DEFAULT_SIGNIN_RATE_LIMIT,
      windowMinutes: parsed.SIGNIN_RATE_WINDOW_MINUTES ?? DEFAULT_SIGNIN_RATE_WINDOW_MINUTES,
    },
    signup: {
      serviceLevelId: parsed.SIGNUP_SERVICE_LEVEL_ID ?? DEFAULT_SIGNUP_SERVICE_LEVEL_ID,
      pricingTierId: parsed.SIGNUP_PRICING_TIER_ID ?? DEFAULT_SIGNUP_PRICING_TIER_ID,
      customerStatusId: parsed.SIGNUP_CUSTOMER_STATUS_ID ?? DEFAULT_SIGNUP_CUSTOMER_STATUS_ID,
      rateLimit: {
        attempts: parsed.SIGNUP_RATE_LIMIT ?? DEFAULT_SIGNUP_RATE_LIMIT,
        windowMinutes: parsed.SIGNUP_RATE_WINDOW_MINUTES ?? DEFAULT_SIGNUP_RATE_WINDOW_MINUTES,
      },
    },
    redisUrl: parsed.REDIS_URL ?? null,
  };
}

/** Reads PORT (default 8080) and HOST (default 0.0.0.0) for the production server. */
export function loadListenConfig(env: Environment = process.env): ListenConfig {
  const result = listenEnvironmentSchema.safeParse({ PORT: env.PORT, HOST: env.HOST });
  if (!result.success) throw new PortalConfigError(problemsOf(result.error));
  return { port: result.data.PORT ?? DEFAULT_PORT, host: result.data.HOST ?? DEFAULT_HOST };
}
