// The cross-site guard over real HTTP: state-changing /api requests without the portal's header,
// or from another origin, are refused with a ServiceStack-shaped 403 and never forwarded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendRequest, type TestResponse } from './loopback-http.ts';
import {
  mintSessionCookie,
  startRecordingUpstream,
  startTestPortal,
  testStaff,
  type RecordingUpstream,
  type TestPortal,
} from './proxy-test-support.ts';

let upstream: RecordingUpstream;
let portal: TestPortal;
let cookie: string;

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  portal = await startTestPortal(upstream.url);
  cookie = await mintSessionCookie();
});

afterEach(async () => {
  await portal.close();
  await upstream.close();
});

const stateChanging = [
  ['POST', '/api/provisioning/customer', { customer: { customerName: 'Acme' } }],
  ['POST', '/api/signup', { customer: { customerName: 'Acme' } }],
  ['POST', '/api/session', { userName: testStaff.userName, password: testStaff.password }],
  ['DELETE', '/api/session', undefined],
] as const;

function send(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<TestResponse> {
  return sendRequest(`${portal.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function expectForbidden(response: TestResponse): void {
  expect(response.status).toBe(403);
  expect(response.json()).toMatchObject({
    responseStatus: { errorCode: 'Forbidden', message: expect.stringMatching(/own pages/) },
  });
  expect(response.headers['set-cookie']).toBeUndefined();
}

describe('state-changing /api requests', () => {
  it.each(stateChanging)(
    'refuses %s %s without the X-Net3-Portal header and forwards nothing',
    async (method, path, body) => {
      const response = await send(method, path, body, {});

      expectForbidden(response);
      expect(
        (response.json() as { responseStatus: { message: string } }).responseStatus.message,
      ).toContain('X-Net3-Portal');
      expect(upstream.requests).toHaveLength(0);
      expect(upstream.signInRequests).toHaveLength(0);
    },
  );

  it.each(stateChanging)(
    'refuses %s %s from another origin even with the header',
    async (method, path, body) => {
      const response = await send(method, path, body, {
        'x-net3-portal': '1',
        origin: 'https://evil.example',
      });

      expectForbidden(response);
      expect(upstream.requests).toHaveLength(0);
      expect(upstream.signInRequests).toHaveLength(0);
    },
  );

  it('refuses an opaque "null" origin and a header with another value', async () => {
    const path = '/api/provisioning/customer';
    const nullOrigin = await send('POST', path, {}, { 'x-net3-portal': '1', origin: 'null' });
    const wrongValue = await send('POST', path, {}, { 'x-net3-portal': 'yes' });

    expectForbidden(nullOrigin);
    expectForbidden(wrongValue);
    expect(upstream.requests).toHaveLength(0);
  });

  it('lets a request from the same origin with the header through', async () => {
    const host = new URL(portal.url).host;
    const response = await send(
      'POST',
      '/api/provisioning/customer',
      { customer: { customerName: 'Acme' } },
      { 'x-net3-portal': '1', origin: `http://${host}` },
    );

    expect(response.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it('compares the origin with the original host behind a trusted reverse proxy', async () => {
    const trusting = await startTestPortal(upstream.url, { trustProxy: { hops: 1 } });
    try {
      const response = await sendRequest(`${trusting.url}/api/provisioning/customer`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Over https the session cookie has the __Host- prefix (portal-session.ts).
          cookie: `__Host-${cookie}`,
          'x-net3-portal': '1',
          origin: 'https://portal.example.com',
          'x-forwarded-host': 'portal.example.com',
          'x-forwarded-proto': 'https',
        },
        body: '{}',
      });

      expect(response.status).toBe(200);
    } finally {
      await trusting.close();
    }
  });

  it('compares the whole origin: http://portal is refused on an https portal (issue 20, item 6)', async () => {
    const trusting = await startTestPortal(upstream.url, { trustProxy: { hops: 1 } });
    try {
      const from = (origin: string) =>
        sendRequest(`${trusting.url}/api/provisioning/customer`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: `__Host-${cookie}`,
            'x-net3-portal': '1',
            origin,
            'x-forwarded-host': 'portal.example.com',
            'x-forwarded-proto': 'https',
          },
          body: '{}',
        });

      expectForbidden(await from('http://portal.example.com'));
      expectForbidden(await from('https://portal.example.com:8443'));
      expect(upstream.requests).toHaveLength(0);
      expect((await from('https://portal.example.com:443')).status).toBe(200);
    } finally {
      await trusting.close();
    }
  });

  it('takes another origin only when the configuration lists it (ALLOWED_ORIGINS)', async () => {
    const allowing = await startTestPortal(upstream.url, {
      allowedOrigins: ['https://admin.net3.example'],
    });
    try {
      const from = (origin: string) =>
        sendRequest(`${allowing.url}/api/provisioning/customer`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-net3-portal': '1', origin },
          body: '{}',
        });

      expect((await from('https://admin.net3.example')).status).toBe(200);
      expectForbidden(await from('http://admin.net3.example'));
      expectForbidden(await from('https://other.example'));
    } finally {
      await allowing.close();
    }
  });

  it('does not ask for the header on GET requests, which change nothing', async () => {
    const auth = await sendRequest(`${portal.url}/api/auth`, { headers: { cookie } });
    const lists = await sendRequest(`${portal.url}/api/choice-lists`);

    expect(auth.status).toBe(200);
    expect(lists.status).toBe(200);
  });
});
