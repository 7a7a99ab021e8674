// The portal's server-side configuration, read from the environment once at start and
// validated so a misconfigured deployment refuses to start with a message an operator can act on.
// None of these names is VITE_-prefixed: Vite only exposes VITE_* to the browser bundle,
// so the Net3 API key can never be inlined into the app.
import path from 'node:path';
import { z } from 'zod';
import { envVariable, envWholeNumber, isSet, type Environment } from './config/env-variable.ts';
import { LOG_LEVELS, type LogLevel } from './portal-log.ts';
import { parseDatabaseUrl, type DatabaseLocation } from './database/database-url.ts';
import type { TrustProxy } from './proxy/trusted-proxies.ts';
import {
  anyText,
  databaseUrl,
  MAKE_SESSION_SECRET_COMMAND,
  MIN_SESSION_SECRET_LENGTH,
  minutes,
  net3ApiKey,
  net3ApiUrl,
  net3Id,
  portNumber,
  redisUrl,
  sessionSecret,
  wholeNumberOf,
  trustProxy,
  allowedOrigins,
} from './config/env-values.ts';

export const DEFAULT_NET3_API_TIMEOUT_MS = 15_000;

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
  /**
   * Which reverse proxies may speak for the client in X-Forwarded-For / -Proto / -Host: a hop
   * count or their addresses (proxy-addr's forms); false trusts nothing.
   */
  trustProxy: TrustProxy;
  /** Origins besides the portal's own allowed to send state-changing /api requests. */
  allowedOrigins: readonly string[];
  /** Absolute path of the operator's choice lists JSON file. */
  choiceListsFile: string;
  session: {
    /** Signs the staff session cookie. null only with the built-in fake: one is made up at start. */
    secret: string | null;
    idleTimeoutMinutes: number;
    /** No renewal keeps a session past this long after sign-in. */
    absoluteTimeoutMinutes: number;
    /** Live sessions one person may have; signing in once more ends their oldest. */
    limitPerPerson: number;
  };
  /** The portal's own store: the ledger, staff sessions, drafts. */
  database: DatabaseLocation;
  /** Request bodies in the ledger are cleared after this many days; the rows stay. */
  ledgerRetentionDays: number;
  /** A staff member's server draft not written for this many days is deleted. */
  draftRetentionDays: number;
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
  /** The least severe log lines written (portal-log.ts). */
  logLevel: LogLevel;
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

// Every variable the portal reads: its name, how its value is read, and what unset (or blank)
// means. Adding one is a line here and the field it fills in loadPortalConfig below.
const portalEnvironmentSchema = z.object({
  NET3_API_URL: envVariable(net3ApiUrl, { default: null }),
  NET3_API_KEY: envVariable(net3ApiKey, { default: null }),
  NET3_API_TIMEOUT_MS: envWholeNumber(wholeNumberOf('milliseconds', 1, 600_000), {
    default: DEFAULT_NET3_API_TIMEOUT_MS,
  }),
  TRUST_PROXY: envVariable(trustProxy, { default: false as const }),
  // Origins besides the portal's own whose pages may send state-changing /api requests.
  ALLOWED_ORIGINS: envVariable(allowedOrigins, { default: [] as string[] }),
  CHOICE_LISTS_FILE: envVariable(anyText, { default: 'config/choice-lists.json' }),
  // Not trimmed: leading or trailing spaces are part of a secret.
  SESSION_SECRET: envVariable(sessionSecret, { default: null, keepSpaces: true }),
  // Staff stay signed in this long without a request (sliding: requests renew it, at most once
  // a minute, so to within a minute).
  SESSION_IDLE_TIMEOUT_MINUTES: envWholeNumber(minutes(1, 43_200), { default: 480 }),
  // However often it is renewed, a session ends this long after sign-in.
  SESSION_ABSOLUTE_TIMEOUT_MINUTES: envWholeNumber(minutes(1, 43_200), { default: 720 }),
  // Live sessions one person may have at once; signing in once more ends their oldest.
  SESSION_LIMIT_PER_PERSON: envWholeNumber(wholeNumberOf('sessions', 1, 1_000), { default: 10 }),
  // Unset: an SQLite file under data/ (database-url.ts); postgres://... to share one between instances.
  DATABASE_URL: envVariable(databaseUrl, { default: null }),
  LEDGER_RETENTION_DAYS: envWholeNumber(wholeNumberOf('days', 1, 36_500), { default: 180 }),
  DRAFT_RETENTION_DAYS: envWholeNumber(wholeNumberOf('days', 1, 36_500), { default: 30 }),
  SIGNIN_RATE_LIMIT: envWholeNumber(wholeNumberOf('failed sign-ins', 1, 10_000), { default: 5 }),
  SIGNIN_RATE_WINDOW_MINUTES: envWholeNumber(minutes(1, 10_080), { default: 15 }),
  SIGNUP_RATE_LIMIT: envWholeNumber(wholeNumberOf('signups', 1, 10_000), { default: 5 }),
  SIGNUP_RATE_WINDOW_MINUTES: envWholeNumber(minutes(1, 10_080), { default: 60 }),
  // The public signup's enforced choices (config/choice-lists.json): "Essential", "List price",
  // "Pending review", so a self-signed-up reseller waits for staff before anything is active.
  SIGNUP_SERVICE_LEVEL_ID: envWholeNumber(net3Id, { default: 1 }),
  SIGNUP_PRICING_TIER_ID: envWholeNumber(net3Id, { default: 1 }),
  SIGNUP_CUSTOMER_STATUS_ID: envWholeNumber(net3Id, { default: 2 }),
  REDIS_URL: envVariable(redisUrl, { default: null }),
  LOG_LEVEL: envVariable(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }), {
    default: 'info' as const,
  }),
});

const listenEnvironmentSchema = z.object({
  PORT: envWholeNumber(portNumber, { default: 8080 }),
  // The production server usually runs in a container or behind a reverse proxy, so it listens
  // on every interface by default; set HOST=127.0.0.1 to keep it to the local machine.
  HOST: envVariable(anyText, { default: '0.0.0.0' }),
});

// Checked on the raw values beside the schema, so these show up together with any other problem.
function urlAndKeyProblems(env: Environment): string[] {
  const urlSet = isSet(env, 'NET3_API_URL');
  const keySet = isSet(env, 'NET3_API_KEY');
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
  if (isSet(env, 'NET3_API_URL') && !isSet(env, 'SESSION_SECRET', true)) {
    return [
      'SESSION_SECRET is not set, but NET3_API_URL is. It signs the staff sign-in cookie, and every ' +
        'portal instance must share it, so the portal refuses to make one up. Set SESSION_SECRET to a ' +
        `random text of at least ${MIN_SESSION_SECRET_LENGTH} characters, e.g. the output of ` +
        MAKE_SESSION_SECRET_COMMAND,
    ];
  }
  return [];
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
}

/** The variables `schema` names, picked from `env` (so nothing else in it is looked at). */
function pick(schema: z.ZodObject, env: Environment): Environment {
  return Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name]]));
}

/**
 * Reads the variables of portalEnvironmentSchema (NET3_API_URL, NET3_API_KEY, SESSION_SECRET,
 * the rate limits, the signup's ids, REDIS_URL...). Throws PortalConfigError listing every problem.
 * A relative CHOICE_LISTS_FILE is resolved against `cwd` (npm scripts run in the project folder).
 */
export function loadPortalConfig(
  env: Environment = process.env,
  cwd: string = process.cwd(),
): PortalConfig {
  const result = portalEnvironmentSchema.safeParse(pick(portalEnvironmentSchema, env));
  const problems = [
    ...(result.success ? [] : problemsOf(result.error)),
    ...urlAndKeyProblems(env),
    ...sessionSecretProblems(env),
  ];
  if (!result.success || problems.length > 0) throw new PortalConfigError(problems);
  const parsed = result.data;
  return {
    net3Api:
      parsed.NET3_API_URL !== null && parsed.NET3_API_KEY !== null
        ? { url: parsed.NET3_API_URL, apiKey: parsed.NET3_API_KEY }
        : null,
    net3ApiTimeoutMs: parsed.NET3_API_TIMEOUT_MS,
    trustProxy: parsed.TRUST_PROXY,
    allowedOrigins: parsed.ALLOWED_ORIGINS,
    choiceListsFile: path.resolve(cwd, parsed.CHOICE_LISTS_FILE),
    session: {
      secret: parsed.SESSION_SECRET,
      idleTimeoutMinutes: parsed.SESSION_IDLE_TIMEOUT_MINUTES,
      absoluteTimeoutMinutes: parsed.SESSION_ABSOLUTE_TIMEOUT_MINUTES,
      limitPerPerson: parsed.SESSION_LIMIT_PER_PERSON,
    },
    database: parseDatabaseUrl(parsed.DATABASE_URL ?? undefined, cwd),
    ledgerRetentionDays: parsed.LEDGER_RETENTION_DAYS,
    draftRetentionDays: parsed.DRAFT_RETENTION_DAYS,
    signInRateLimit: {
      attempts: parsed.SIGNIN_RATE_LIMIT,
      windowMinutes: parsed.SIGNIN_RATE_WINDOW_MINUTES,
    },
    signup: {
      serviceLevelId: parsed.SIGNUP_SERVICE_LEVEL_ID,
      pricingTierId: parsed.SIGNUP_PRICING_TIER_ID,
      customerStatusId: parsed.SIGNUP_CUSTOMER_STATUS_ID,
      rateLimit: {
        attempts: parsed.SIGNUP_RATE_LIMIT,
        windowMinutes: parsed.SIGNUP_RATE_WINDOW_MINUTES,
      },
    },
    redisUrl: parsed.REDIS_URL,
    logLevel: parsed.LOG_LEVEL,
  };
}

/** Reads PORT (default 8080) and HOST (default 0.0.0.0) for the production server. */
export function loadListenConfig(env: Environment = process.env): ListenConfig {
  const result = listenEnvironmentSchema.safeParse(pick(listenEnvironmentSchema, env));
  if (!result.success) throw new PortalConfigError(problemsOf(result.error));
  return { port: result.data.PORT, host: result.data.HOST };
}
