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
      choiceListsFile: path.resolve('/srv/portal/config/choice-lists.json'),
    });
    expect(DEFAULT_NET3_API_TIMEOUT_MS).toBe(15_000);
  });

  it('reads every setting, trimming a trailing slash off the Net3 URL', () => {
    const config = loadPortalConfig(
      {
        NET3_API_URL: 'https://n3tapi.palmettovdc.com/',
        NET3_API_KEY: KEY,
        NET3_API_TIMEOUT_MS: '2500',
        TRUST_PROXY: 'true',
        CHOICE_LISTS_FILE: '/etc/portal/lists.json',
      },
      '/srv/portal',
    );

    expect(config).toEqual({
      net3Api: { url: 'https://n3tapi.palmettovdc.com', apiKey: KEY },
      net3ApiTimeoutMs: 2500,
      trustProxy: true,
      choiceListsFile: path.resolve('/etc/portal/lists.json'),
    });
  });

  it('treats blank values as unset', () => {
    const config = loadPortalConfig(
      { NET3_API_URL: '  ', NET3_API_KEY: '', NET3_API_TIMEOUT_MS: '', TRUST_PROXY: '' },
      '/srv/portal',
    );

    expect(config.net3Api).toBeNull();
    expect(config.net3ApiTimeoutMs).toBe(15_000);
    expect(config.trustProxy).toBe(false);
  });

  it('refuses NET3_API_URL without NET3_API_KEY and says why', () => {
    const error = refusal({ NET3_API_URL: 'https://n3tapi.palmettovdc.com' });

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
    const error = refusal({ NET3_API_URL: url, NET3_API_KEY: KEY });

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

  it('refuses a TRUST_PROXY value it cannot read as yes or no', () => {
    expect(refusal({ TRUST_PROXY: 'maybe' }).message).toMatch(/TRUST_PROXY must be one of 1, true/);
    expect(loadPortalConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadPortalConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });

  it('refuses a key with spaces without printing the key', () => {
    const badKey = 'two words';
    const error = refusal({ NET3_API_URL: 'https://n3tapi.example', NET3_API_KEY: badKey });

    expect(error.message).toMatch(/NET3_API_KEY must be printable ASCII without spaces/);
    expect(error.message).not.toContain(badKey);
  });

  it('lists every problem at once', () => {
    const error = refusal({ NET3_API_URL: 'nope', NET3_API_TIMEOUT_MS: 'soon', TRUST_PROXY: 'x' });

    expect(error.problems).toHaveLength(4);
    expect(error.message).toMatch(/cannot start/);
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
