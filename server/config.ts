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

/** The real Net3 API the proxy forwards to. */
export type Net3ApiTarget = {
  /** Base URL without a trailing slash, e.g. https://n3tapi.palmettovdc.com */
  url: string;
  /** Sent upstream as `Authorization: Bearer <key>`; never sent to the browser. */
  apiKey: string;
};

export type PortalConfig = {
  /** null when NET3_API_URL is unset: the built-in fake Net3 API is started instead. */
  net3Api: Net3ApiTarget | null;
  net3ApiTimeoutMs: number;
  /** Take the client address and scheme from X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy: boolean;
  /** Absolute path of the operator's choice lists JSON file. */
  choiceListsFile: string;
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

const portalEnvironmentSchema = z.object({
  NET3_API_URL: z.preprocess(unsetWhenBlank, net3ApiUrlSchema.optional()),
  NET3_API_KEY: z.preprocess(unsetWhenBlank, net3ApiKeySchema.optional()),
  NET3_API_TIMEOUT_MS: z.preprocess(
    unsetWhenBlank,
    wholeNumber('a whole number of milliseconds', 1, 600_000).optional(),
  ),
  TRUST_PROXY: z.preprocess(unsetWhenBlank, trustProxySchema.optional()),
  CHOICE_LISTS_FILE: z.preprocess(unsetWhenBlank, z.string().optional()),
});

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

const listenEnvironmentSchema = z.object({
  PORT: z.preprocess(unsetWhenBlank, wholeNumber('a port number', 0, 65_535).optional()),
  HOST: z.preprocess(unsetWhenBlank, z.string().optional()),
});

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
}

/**
 * Reads NET3_API_URL, NET3_API_KEY, NET3_API_TIMEOUT_MS, TRUST_PROXY and CHOICE_LISTS_FILE.
 * Throws PortalConfigError listing every problem. A relative CHOICE_LISTS_FILE is resolved
 * against `cwd` (npm scripts run in the project folder).
 */
export function loadPortalConfig(
  env: Environment = process.env,
  cwd: string = process.cwd(),
): PortalConfig {
  const result = portalEnvironmentSchema.safeParse({
    NET3_API_URL: env.NET3_API_URL,
    NET3_API_KEY: env.NET3_API_KEY,
    NET3_API_TIMEOUT_MS: env.NET3_API_TIMEOUT_MS,
    TRUST_PROXY: env.TRUST_PROXY,
    CHOICE_LISTS_FILE: env.CHOICE_LISTS_FILE,
  });
  const problems = [...(result.success ? [] : problemsOf(result.error)), ...urlAndKeyProblems(env)];
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
  };
}

/** Reads PORT (default 8080) and HOST (default 0.0.0.0) for the production server. */
export function loadListenConfig(env: Environment = process.env): ListenConfig {
  const result = listenEnvironmentSchema.safeParse({ PORT: env.PORT, HOST: env.HOST });
  if (!result.success) throw new PortalConfigError(problemsOf(result.error));
  return { port: result.data.PORT ?? DEFAULT_PORT, host: result.data.HOST ?? DEFAULT_HOST };
}
