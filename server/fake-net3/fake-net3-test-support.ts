// Set-up shared by the fake's own tests: a fresh fake Net3 API for each test, and the requests
// the tests send it most (provision a customer, GET /auth, read the backdoor's records).
import { afterEach, beforeEach, expect } from 'vitest';
import { startFakeNet3Api, type FakeNet3Api } from './fake-net3-api.ts';
import type { FakeNet3RequestRecord } from './request-recording.ts';

export type FakeNet3UnderTest = {
  /** The current test's fake; read it inside a test, not when the file loads. */
  readonly url: string;
  /** POST /provisioning/customer with the key; a string body is sent as it is, anything else as JSON. */
  provision(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** GET /auth with the key. */
  getAuth(): Promise<Response>;
  /** GET /__fake/requests, which must answer 200. */
  receivedRequests(): Promise<FakeNet3RequestRecord[]>;
};

/** POST /provisioning/customer to the fake at `url`; a string body is sent as it is. */
export function provisionAt(
  url: string,
  apiKey: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/provisioning/customer`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Starts a fake answering `apiKey` before each test of the file and closes it after. */
export function startFakeNet3ForEachTest(apiKey: string): FakeNet3UnderTest {
  let api: FakeNet3Api | null = null;
  beforeEach(async () => {
    api = await startFakeNet3Api({ apiKey, port: 0 });
  });
  afterEach(async () => {
    await api?.close();
    api = null;
  });

  const urlOf = (path: string) => {
    if (!api) throw new Error('the fake Net3 API runs only inside a test');
    return `${api.url}${path}`;
  };
  return {
    get url() {
      return urlOf('');
    },
    provision: (body, headers) => provisionAt(urlOf(''), apiKey, body, headers),
    getAuth() {
      return fetch(urlOf('/auth'), { headers: { authorization: `Bearer ${apiKey}` } });
    },
    async receivedRequests() {
      const response = await fetch(urlOf('/__fake/requests'));
      expect(response.status).toBe(200);
      return (await response.json()) as FakeNet3RequestRecord[];
    },
  };
}
