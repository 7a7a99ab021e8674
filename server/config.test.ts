// Configuration from the environment: what the portal accepts, and how it refuses the rest.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NET3_API_TIMEOUT_MS,
  loadListenConfig,
  loadPortalConfig,
  PortalConfigError,
} from './config.ts';

const KEY = 'secret-net3-key-123';
const SECRET = 'a-session-secret-of-at-least-32-chars!';
const realApi = {
  NET3_API_URL: 'https://n3tapi.example',
  NET3_API_KEY: KEY,
  SESSION_SECRET: SECRET,
};

function refusal(env: Record<string, string | undefined>): PortalConfigError {
  try {
    loadPortalConfig(env, '/srv/portal');
  } catch (error) {
    if (error instanceof PortalConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadPortalConfig', () => {
  it('uses the built-in fake and the defaults when nothing is set', () => {
    expect(loadPortalConfig({}, '/srv/portal')).toEqual({
      net3Api: null,
      net3ApiTimeoutMs: DEFAULT_NET3_API_TIMEOUT_MS,
      trustProxy: false,
      allowedOrigins: [],
      choiceListsFile: path.resolve('/srv/portal/config/choice-lists.json'),
      session: {
        secret: null,
        idleTimeoutMinutes: 480,
        absoluteTimeoutMinutes: 720,
        limitPerPerson: 10,
      },
      database: { dialect: 'sqlite', file: path.resolve('/srv/portal/data/portal.sqlite') },
      ledgerRetentionDays: 180,
      draftRetentionDays: 30,
      signInRateLimit: { attempts: 5, windowMinutes: 15 },
      signup: {
        serviceLevelId: 1,
        pricingTierId: 1,
        customerStatusId: 2,
        rateLimit: { attempts: 5, windowMinutes: 60 },
      },
      redisUrl: null,
      logLevel: 'info',
    });
    expect(DEFAULT_NET3_API_TIMEOUT_MS).toBe(15_000);
  });

  it('reads every setting, trimming a trailing slash off the Net3 URL', () => {
    const config = loadPortalConfig(
      {
        NET3_API_URL: 'https://n3tapi.palmettovdc.com/',
        NET3_API_KEY: KEY,
        NET3_API_TIMEOUT_MS: '2500',
        TRUST_PROXY: '10.0.0.7, 192.168.0.0/16',
        ALLOWED_ORIGINS: 'https://admin.net3.example',
        CHOICE_LISTS_FILE: '/etc/portal/lists.json',
        SESSION_SECRET: SECRET,
        SESSION_IDLE_TIMEOUT_MINUTES: '30',
        SESSION_ABSOLUTE_TIMEOUT_MINUTES: '240',
        SESSION_LIMIT_PER_PERSON: '3',
        DATABASE_URL: 'postgres://portal:pw@db.internal:5432/portal',
        LEDGER_RETENTION_DAYS: '30',
        DRAFT_RETENTION_DAYS: '7',
        SIGNIN_RATE_LIMIT: '10',
        SIGNIN_RATE_WINDOW_MINUTES: '5',
        SIGNUP_RATE_LIMIT: '3',
        SIGNUP_RATE_WINDOW_MINUTES: '1440',
        SIGNUP_SERVICE_LEVEL_ID: '2',
        SIGNUP_PRICING_TIER_ID: '3',
        SIGNUP_CUSTOMER_STATUS_ID: '4',
        REDIS_URL: 'rediss://:pw@redis.internal:6380/0',
        LOG_LEVEL: 'warn',
      },
      '/srv/portal',
    );

    expect(config).toEqual({
      net3Api: { url: 'https://n3tapi.palmettovdc.com', apiKey: KEY },
      net3ApiTimeoutMs: 2500,
      trustProxy: { addresses: ['10.0.0.7', '192.168.0.0/16'] },
      allowedOrigins: ['https://admin.net3.example'],
      choiceListsFile: path.resolve('/etc/portal/lists.json'),
      session: {
        secret: SECRET,
        idleTimeoutMinutes: 30,
        absoluteTimeoutMinutes: 240,
        limitPerPerson: 3,
      },
      database: { dialect: 'postgres', url: 'postgres://portal:pw@db.internal:5432/portal' },
      ledgerRetentionDays: 30,
      draftRetentionDays: 7,
      signInRateLimit: { attempts: 10, windowMinutes: 5 },
      signup: {
        serviceLevelId: 2,
        pricingTierId: 3,
        customerStatusId: 4,
        rateLimit: { attempts: 3, windowMinutes: 1440 },
      },
      redisUrl: 'rediss://:pw@redis.internal:6380/0',
      logLevel: 'warn',
    });
  });

  it('treats blank values as unset', () => {
    const config = loadPortalConfig(
      {
        NET3_API_URL: '  ',
        NET3_API_KEY: '',
        NET3_API_TIMEOUT_MS: '',
        TRUST_PROXY: '',
        DATABASE_URL: ' ',
        LEDGER_RETENTION_DAYS: '',
        DRAFT_RETENTION_DAYS: ' ',
      },
      '/srv/portal',
    );

    expect(config.net3Api).toBeNull();
    expect(config.net3ApiTimeoutMs).toBe(15_000);
    expect(config.trustProxy).toBe(false);
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: path.resolve('/srv/portal/data/portal.sqlite'),
    });
    expect(config.ledgerRetentionDays).toBe(180);
    expect(config.draftRetentionDays).toBe(30);
  });

  it('refuses NET3_API_URL without NET3_API_KEY and says why', () => {
    const error = refusal({
      NET3_API_URL: 'https://n3tapi.palmettovdc.com',
      SESSION_SECRET: SECRET,
    });

    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/NET3_API_KEY is not set, but NET3_API_URL is/);
    expect(error.message).toMatch(/Authorization: Bearer/);
    expect(error.message).toMatch(/unset NET3_API_URL to use the built-in fake/);
  });

  it('refuses NET3_API_KEY without NET3_API_URL rather than quietly using the fake', () => {
    const error = refusal({ NET3_API_KEY: KEY });

    expect(error.message).toMatch(/NET3_API_URL is not set, but NET3_API_KEY is/);
    expect(error.message).not.toContain(KEY);
  });

  it.each([
    ['a URL without a scheme', 'net3.internal.example', /absolute URL/],
    ['a non-HTTP URL', 'ftp://net3.internal.example', /must start with https:\/\//],
    ['credentials in the URL', 'https://user:pw@n3tapi.example', /user name or password/],
    ['a query string', 'https://n3tapi.example/?key=abc', /query string/],
  ])('refuses %s in NET3_API_URL', (_name, url, reason) => {
    const error = refusal({ NET3_API_URL: url, NET3_API_KEY: KEY, SESSION_SECRET: SECRET });

    expect(error.message).toMatch(/NET3_API_URL /);
    expect(error.message).toMatch(reason);
    // The URL may hold secrets, so it is not repeated back.
    expect(error.message).not.toContain(url);
  });

  it.each([['abc'], ['0'], ['-5'], ['1.5'], ['600001']])(
    'refuses NET3_API_TIMEOUT_MS=%s',
    (timeout) => {
      const error = refusal({ NET3_API_TIMEOUT_MS: timeout });

      expect(error.message).toContain(
        `NET3_API_TIMEOUT_MS must be a whole number of milliseconds from 1 to 600000 (got "${timeout}")`,
      );
    },
  );

  it('reads TRUST_PROXY as a hop count or addresses, as Express does (proxy-addr), false or unset trusting nothing', () => {
    expect(loadPortalConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadPortalConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadPortalConfig({}).trustProxy).toBe(false);
    expect(loadPortalConfig({ TRUST_PROXY: '1' }).trustProxy).toEqual({ hops: 1 });
    expect(loadPortalConfig({ TRUST_PROXY: ' loopback,10.0.0.0/8 ' }).trustProxy).toEqual({
      addresses: ['loopback', '10.0.0.0/8'],
    });
  });

  it('reads ALLOWED_ORIGINS as origins separated by commas, and refuses anything else', () => {
    expect(
      loadPortalConfig({ ALLOWED_ORIGINS: ' https://a.example , http://localhost:3000 ' })
        .allowedOrigins,
    ).toEqual(['https://a.example', 'http://localhost:3000']);
    for (const wrong of [
      'https://a.example/',
      'a.example',
      'ftp://a.example',
      'https://a.example/x',
    ]) {
      expect(refusal({ ALLOWED_ORIGINS: wrong }).message).toMatch(
        /ALLOWED_ORIGINS must be origins separated by commas, each scheme:\/\/host\[:port\]/,
      );
    }
  });

  it('refuses TRUST_PROXY=true at start, saying to give a count or addresses', () => {
    for (const word of ['true', 'yes', 'on']) {
      expect(refusal({ TRUST_PROXY: word }).message).toMatch(
        /TRUST_PROXY must say which proxies to trust.*Give a hop count \(e\.g\. 1 for one reverse proxy in front of the portal\) or the addresses\/CIDRs/,
      );
    }
    expect(refusal({ TRUST_PROXY: 'maybe' }).message).toMatch(
      /TRUST_PROXY has "maybe", neither an address nor a CIDR/,
    );
  });

  it('refuses a key with spaces without printing the key', () => {
    const badKey = 'two words';
    const error = refusal({ ...realApi, NET3_API_KEY: badKey });

    expect(error.message).toMatch(/NET3_API_KEY must be printable ASCII without spaces/);
    expect(error.message).not.toContain(badKey);
  });

  it('lists every problem at once', () => {
    const error = refusal({ NET3_API_URL: 'nope', NET3_API_TIMEOUT_MS: 'soon', TRUST_PROXY: 'x' });

    // The URL, the timeout, TRUST_PROXY, the missing key and the missing session secret.
    expect(error.problems).toHaveLength(5);
    expect(error.message).toMatch(/cannot start/);
  });

  it('reads DATABASE_URL as an SQLite file (relative to the working directory) or PostgreSQL', () => {
    expect(
      loadPortalConfig({ DATABASE_URL: 'file:state/ledger.db' }, '/srv/portal').database,
    ).toEqual({
      dialect: 'sqlite',
      file: path.resolve('/srv/portal/state/ledger.db'),
    });
    expect(loadPortalConfig({ DATABASE_URL: 'file:/var/lib/portal.sqlite' }).database).toEqual({
      dialect: 'sqlite',
      file: path.resolve('/var/lib/portal.sqlite'),
    });
    expect(loadPortalConfig({ DATABASE_URL: 'postgresql://db.internal/portal' }).database).toEqual({
      dialect: 'postgres',
      url: 'postgresql://db.internal/portal',
    });
  });

  it('refuses a DATABASE_URL it cannot use and says which forms it takes', () => {
    const error = refusal({ DATABASE_URL: 'mysql://x' });

    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/cannot start/);
    expect(error.problems[0]).toMatch(/^DATABASE_URL /);
    expect(error.problems[0]).toContain('file:<path>');
    expect(error.problems[0]).toContain('postgres://');
  });

  it.each(['0', '-1', 'forever', '36501'])('refuses DRAFT_RETENTION_DAYS=%s', (days) => {
    expect(refusal({ DRAFT_RETENTION_DAYS: days }).message).toMatch(
      /DRAFT_RETENTION_DAYS must be a whole number of days from 1 to 36500/,
    );
  });

  it.each(['0', '-1', 'forever', '36501'])('refuses LEDGER_RETENTION_DAYS=%s', (days) => {
    expect(refusal({ LEDGER_RETENTION_DAYS: days }).message).toMatch(
      /LEDGER_RETENTION_DAYS must be a whole number of days from 1 to 36500/,
    );
  });

  it('refuses a SESSION_ABSOLUTE_TIMEOUT_MINUTES that is not a number of minutes', () => {
    expect(refusal({ SESSION_ABSOLUTE_TIMEOUT_MINUTES: 'noon' }).message).toMatch(
      /SESSION_ABSOLUTE_TIMEOUT_MINUTES must be a whole number of minutes/,
    );
  });
});

describe('sessions, sign-in and signup settings', () => {
  it('refuses a real Net3 API without SESSION_SECRET, and says how to make one', () => {
    const error = refusal({ NET3_API_URL: 'https://n3tapi.example', NET3_API_KEY: KEY });

    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/SESSION_SECRET is not set, but NET3_API_URL is/);
    expect(error.message).toMatch(/at least 32 characters/);
    expect(error.message).toMatch(/randomBytes\(32\)/);
  });

  it('refuses a SESSION_SECRET shorter than 32 characters without printing it', () => {
    const short = 'only-31-characters-long-secret!';
    expect(short).toHaveLength(31);

    const error = refusal({ ...realApi, SESSION_SECRET: short });

    expect(error.message).toMatch(/SESSION_SECRET must be at least 32 characters long/);
    expect(error.message).not.toContain(short);
    expect(loadPortalConfig({ ...realApi, SESSION_SECRET: `${short}x` }).session.secret).toBe(
      `${short}x`,
    );
  });

  it('accepts the built-in fake without SESSION_SECRET (one is made up at start), but checks one if given', () => {
    expect(loadPortalConfig({}).session.secret).toBeNull();
    expect(refusal({ SESSION_SECRET: 'short' }).message).toMatch(
      /SESSION_SECRET must be at least 32/,
    );
  });

  it.each([
    [
      'SESSION_IDLE_TIMEOUT_MINUTES',
      '0',
      /SESSION_IDLE_TIMEOUT_MINUTES must be a whole number of minutes from 1 to 43200 \(got "0"\)/,
    ],
    ['SESSION_IDLE_TIMEOUT_MINUTES', 'eight hours', /whole number of minutes/],
    [
      'SIGNIN_RATE_LIMIT',
      '-1',
      /SIGNIN_RATE_LIMIT must be a whole number of failed sign-ins from 1 to 10000/,
    ],
    [
      'SIGNIN_RATE_WINDOW_MINUTES',
      '0',
      /SIGNIN_RATE_WINDOW_MINUTES must be a whole number of minutes/,
    ],
    [
      'SIGNUP_RATE_LIMIT',
      '5/hour',
      /SIGNUP_RATE_LIMIT must be a whole number of signups from 1 to 10000/,
    ],
    [
      'SIGNUP_RATE_WINDOW_MINUTES',
      '20000',
      /SIGNUP_RATE_WINDOW_MINUTES must be a whole number of minutes from 1 to 10080/,
    ],
    [
      'SIGNUP_SERVICE_LEVEL_ID',
      '0',
      /SIGNUP_SERVICE_LEVEL_ID must be a Net3 id, a whole number from 1 to 2147483647/,
    ],
    ['SIGNUP_PRICING_TIER_ID', '2147483648', /SIGNUP_PRICING_TIER_ID must be a Net3 id/],
    ['SIGNUP_CUSTOMER_STATUS_ID', 'Pending review', /SIGNUP_CUSTOMER_STATUS_ID must be a Net3 id/],
  ])('refuses %s=%s', (name, value, reason) => {
    expect(refusal({ [name]: value }).message).toMatch(reason);
  });

  it.each([['http://:hunter2@cache.example:6379'], ['cache.example:6379'], ['redis:///0']])(
    'refuses REDIS_URL=%s without echoing it',
    (url) => {
      const error = refusal({ REDIS_URL: url });

      expect(error.message).toMatch(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
      expect(error.message).not.toContain(url);
    },
  );

  it('treats blank values as unset', () => {
    const config = loadPortalConfig({
      SESSION_SECRET: '',
      SESSION_IDLE_TIMEOUT_MINUTES: ' ',
      SESSION_ABSOLUTE_TIMEOUT_MINUTES: '',
      SESSION_LIMIT_PER_PERSON: '',
      SIGNUP_RATE_LIMIT: '',
      REDIS_URL: '',
    });

    expect(config.session).toEqual({
      secret: null,
      idleTimeoutMinutes: 480,
      absoluteTimeoutMinutes: 720,
      limitPerPerson: 10,
    });
    expect(config.signup.rateLimit.attempts).toBe(5);
    expect(config.redisUrl).toBeNull();
  });

  it("refuses a LOG_LEVEL that is not one of pino's levels, naming them", () => {
    expect(() => loadPortalConfig({ LOG_LEVEL: 'verbose' })).toThrow(
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    );
  });
});

describe('loadListenConfig', () => {
  it('listens on 0.0.0.0:8080 unless PORT and HOST say otherwise', () => {
    expect(loadListenConfig({})).toEqual({ port: 8080, host: '0.0.0.0' });
    expect(loadListenConfig({ PORT: '4511', HOST: '127.0.0.1' })).toEqual({
      port: 4511,
      host: '127.0.0.1',
    });
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => loadListenConfig({ PORT: '70000' })).toThrow(
      /PORT must be a port number from 0 to 65535/,
    );
  });
});
