// The proxy core over real HTTP: what reaches the Net3 API (a recording stand-in here), what is
// refused before it goes upstream, and what the browser gets back.
import http from 'node:http';
import net from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPortalApiPath } from './api-path.ts';
import { sendRequest, unusedLoopbackUrl, type TestResponse } from './loopback-http.ts';
import {
  answerJson,
  mintSessionCookie,
  portalHeader,
  postJson,
  startRecordingUpstream,
  startTestPortal,
  TEST_API_KEY as API_KEY,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal as PortalUnderTest,
  type TestPortalOverrides,
} from './proxy-test-support.ts';

const customer = {
  customer: { customerId: 'ACME-001', customerName: 'Acme' },
  contacts: [{ firstName: 'Zoë', roles: ['Primary'] }],
};
// What the proxy stamps for the signed-in test user.
const stampedCreatedBy = {
  userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  username: 'rep1',
  email: 'rep1@net3.example',
  firstName: 'Rep',
  lastName: 'One',
};

function startPortal(net3ApiUrl: string, overrides: TestPortalOverrides = {}) {
  return startTestPortal(net3ApiUrl, overrides);
}

let sessionCookie: string;

/** A staff submission: the portal's header and a signed-in session. */
function postCustomer(url: string, body: unknown, headers: http.OutgoingHttpHeaders = {}) {
  return postJson(`${url}/api/provisioning/customer`, body, { cookie: sessionCookie, ...headers });
}

function responseStatusOf(response: TestResponse): { errorCode: string; message: string } {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json() as { responseStatus: { errorCode: string; message: string } };
  expect(body.responseStatus.errorCode).toEqual(expect.any(String));
  expect(body.responseStatus.message).toEqual(expect.any(String));
  return body.responseStatus;
}

function rawResponseText(response: TestResponse): string {
  return JSON.stringify(response.headers) + response.text;
}

let upstream: RecordingUpstream;
let portal: PortalUnderTest;

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  portal = await startPortal(upstream.url);
  sessionCookie = await mintSessionCookie(testStaffIdentity);
});

afterEach(async () => {
  await portal.close();
  await upstream.close();
});

describe('forwarding POST /api/provisioning/customer', () => {
  it('sends the customer to Net3 with the portal key instead of the browser credentials', async () => {
    const response = await postCustomer(portal.url, customer, {
      authorization: 'Bearer browser-token',
      cookie: `ss-id=browser-session; other=1; ${sessionCookie}`,
      'accept-language': 'en-US',
      'x-custom-header': 'kept-out',
    });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ customerId: 'ACME-001' });
    expect(upstream.requests).toHaveLength(1);
    const forwarded = upstream.requests[0]!;
    expect(forwarded.method).toBe('POST');
    expect(forwarded.url).toBe('/provisioning/customer');
    expect(forwarded.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(forwarded.headers.cookie).toBeUndefined();
    expect(forwarded.headers['x-custom-header']).toBeUndefined();
    expect(forwarded.headers['x-net3-portal']).toBeUndefined();
    expect(forwarded.headers['accept-language']).toBe('en-US');
    expect(forwarded.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(forwarded.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(forwarded.headers['x-forwarded-proto']).toBe('http');
  });

  it('stamps requesterIP with the client address, overriding whatever the browser sent', async () => {
    await postCustomer(portal.url, {
      ...customer,
      requesterIP: '203.0.113.66',
      RequesterIp: '203.0.113.67',
    });

    const forwardedBody = JSON.parse(upstream.requests[0]!.body) as Record<string, unknown>;
    expect(forwardedBody).toEqual({
      ...customer,
      createdBy: stampedCreatedBy,
      requesterIP: '127.0.0.1',
    });
  });

  it('forwards to the path under the base URL when NET3_API_URL has one', async () => {
    const nested = await startPortal(`${upstream.url}/net3/`);
    try {
      await postCustomer(nested.url, customer);
      expect(upstream.requests[0]!.url).toBe('/net3/provisioning/customer');
    } finally {
      await nested.close();
    }
  });
});

describe('GET /api/auth', () => {
  it('answers the signed-in identity from the portal session without asking Net3', async () => {
    const response = await sendRequest(`${portal.url}/api/auth?provider=logout`, {
      headers: { cookie: sessionCookie, authorization: 'Basic YnJvd3Nlcg==' },
    });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual(testStaffIdentity);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('requests the proxy refuses without asking Net3', () => {
  it('answers an unknown /api path with a ServiceStack-shaped 404', async () => {
    const response = await sendRequest(`${portal.url}/api/customers`);

    expect(response.status).toBe(404);
    expect(responseStatusOf(response).message).toContain('/api/customers');
    expect(upstream.requests).toHaveLength(0);
  });

  it('lists every route it answers in the 404, built from the route table', async () => {
    const response = await sendRequest(`${portal.url}/api/customers`);

    expect(responseStatusOf(response).message).toBe(
      'The portal has no API at /api/customers. ' +
        'It answers POST and DELETE /api/session, DELETE /api/sessions, GET /api/auth, POST /api/provisioning/customer, ' +
        'POST /api/signup, GET /api/choice-lists, GET /api/submissions, GET /api/submissions/:id, ' +
        'POST /api/submissions/:id/retry, GET /api/duplicates and GET, PUT and DELETE /api/draft.',
    );
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const wrong = await sendRequest(`${portal.url}/api/provisioning/customer`, { method: 'GET' });
    const post = await postJson(`${portal.url}/api/auth`, {});
    const put = await sendRequest(`${portal.url}/api/session`, { method: 'PUT' });

    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
    expect(responseStatusOf(wrong).errorCode).toBe('MethodNotAllowed');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('POST, DELETE');
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses a body whose Content-Length is over 64 KiB before reading it', async () => {
    // The client declares a big body but sends only a little of it: the answer must not wait.
    const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(`${portal.url}/api/provisioning/customer`, {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': 70_000,
          cookie: sessionCookie,
          ...portalHeader,
        },
      });
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          request.destroy();
          resolve({ status: res.statusCode ?? 0, text });
        });
      });
      request.on('error', reject);
      request.write('{"customer":');
    });

    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toMatchObject({
      responseStatus: { errorCode: 'RequestEntityTooLarge' },
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses a chunked body without Content-Length once it passes 64 KiB', async () => {
    const filler = Buffer.from(`{"notes":"${'x'.repeat(70_000)}"}`);
    const chunks = [
      filler.subarray(0, 30_000),
      filler.subarray(30_000, 60_000),
      filler.subarray(60_000),
    ];

    const response = await sendRequest(`${portal.url}/api/provisioning/customer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie, ...portalHeader },
      chunks,
    });

    expect(response.status).toBe(413);
    expect(responseStatusOf(response).message).toContain('64 KiB');
    expect(upstream.requests).toHaveLength(0);
  });

  it('accepts a body of exactly 64 KiB', async () => {
    const prefix = '{"salesContact":"';
    const body = `${prefix}${'x'.repeat(64 * 1024 - prefix.length - 2)}"}`;
    expect(Buffer.byteLength(body)).toBe(64 * 1024);

    const response = await sendRequest(`${portal.url}/api/provisioning/customer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie, ...portalHeader },
      body,
    });

    expect(response.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form post', 'application/x-www-form-urlencoded'],
    ['no content type', undefined],
    ['a non-UTF-8 charset', 'application/json; charset=iso-8859-1'],
  ])('refuses %s with 415', async (_name, contentType) => {
    const response = await sendRequest(`${portal.url}/api/provisioning/customer`, {
      method: 'POST',
      headers: {
        cookie: sessionCookie,
        ...portalHeader,
        ...(contentType === undefined ? {} : { 'content-type': contentType }),
      },
      body: JSON.stringify(customer),
    });

    expect(response.status).toBe(415);
    expect(responseStatusOf(response).message).toMatch(/application\/json/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('accepts application/json with a UTF-8 charset parameter', async () => {
    const response = await sendRequest(`${portal.url}/api/provisioning/customer`, {
      method: 'POST',
      headers: {
        'content-type': 'Application/JSON; charset="UTF-8"',
        cookie: sessionCookie,
        ...portalHeader,
      },
      body: JSON.stringify(customer),
    });

    expect(response.status).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"customer": {'],
    ['an empty body', ''],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
    ['a JSON string', '"customer"'],
  ])('refuses %s with 400', async (_name, body) => {
    const response = await sendRequest(`${portal.url}/api/provisioning/customer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie, ...portalHeader },
      body,
    });

    expect(response.status).toBe(400);
    expect(responseStatusOf(response).message).toMatch(/JSON object/);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('when Net3 does not answer properly', () => {
  it('answers 504 when Net3 takes longer than the timeout', async () => {
    upstream.answerWith((_request, res) => {
      setTimeout(() => res.end('{}'), 2_000);
    });
    const impatient = await startPortal(upstream.url, { timeoutMs: 150 });
    try {
      const started = Date.now();
      const response = await postCustomer(impatient.url, customer);

      expect(response.status).toBe(504);
      expect(Date.now() - started).toBeLessThan(1_500);
      const { errorCode, message } = responseStatusOf(response);
      expect(errorCode).toBe('GatewayTimeout');
      expect(message).toContain('150 ms');
      expect(message).toMatch(/check Net3 before sending it again/);
    } finally {
      await impatient.close();
    }
  });

  it('answers 504 when Net3 stalls halfway through its answer, never half of it', async () => {
    upstream.answerWith((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"customerId":');
    });
    const impatient = await startPortal(upstream.url, { timeoutMs: 150 });
    try {
      const response = await postCustomer(impatient.url, customer);

      expect(response.status).toBe(504);
      const { errorCode, message } = responseStatusOf(response);
      expect(errorCode).toBe('GatewayTimeout');
      expect(message).toContain('150 ms');
      expect(message).toMatch(/check Net3 before sending it again/);
      expect(response.text).not.toContain('"customerId":');
    } finally {
      await impatient.close();
    }
  });

  it('answers 502 when the connection breaks halfway through the answer', async () => {
    upstream.answerWith((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"customerId":', () => res.destroy());
    });

    const response = await postCustomer(portal.url, customer);

    expect(response.status).toBe(502);
    const { errorCode, message } = responseStatusOf(response);
    expect(errorCode).toBe('BadGateway');
    expect(message).toMatch(/broke before its answer was complete/);
    expect(message).toMatch(/check Net3 before sending it again/);
  });

  it('sends a sign-in check again on a fresh connection when Net3 dropped the kept-alive one', async () => {
    // Answers the first request on each connection, and hangs up on any later one, as a server
    // does when its keep-alive timeout ends just as the proxy reuses the connection. Checking
    // credentials changes nothing in Net3, so sending it twice is safe.
    let connections = 0;
    const flaky = net.createServer((socket) => {
      connections += 1;
      let requests = 0;
      socket.on('data', (data) => {
        requests += data.toString('latin1').split('\r\n\r\n').length - 1;
        if (requests > 1) socket.destroy();
        else
          socket.write(
            'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
          );
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const flakyPortal = await startPortal(
      `http://127.0.0.1:${(flaky.address() as net.AddressInfo).port}`,
    );
    try {
      const signIn = () =>
        postJson(`${flakyPortal.url}/api/session`, { userName: 'rep1', password: 'pw' });
      const first = await signIn();
      const second = await signIn();

      expect([first.status, second.status]).toEqual([200, 200]);
      expect(connections).toBe(2);
    } finally {
      await flakyPortal.close();
      await new Promise<void>((resolve) => flaky.close(() => resolve()));
    }
  });

  it('never sends a POST twice, even when Net3 dropped the kept-alive connection', async () => {
    // The reset may come after Net3 read the request, so a second send could provision twice.
    let connections = 0;
    let requestsSeen = 0;
    const flaky = net.createServer((socket) => {
      connections += 1;
      let requests = 0;
      socket.on('data', (data) => {
        const count = data.toString('latin1').split('\r\n\r\n').length - 1;
        requests += count;
        requestsSeen += count;
        if (requests > 1) socket.destroy();
        else
          socket.write(
            'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
          );
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const flakyPortal = await startPortal(
      `http://127.0.0.1:${(flaky.address() as net.AddressInfo).port}`,
    );
    const post = () => postCustomer(flakyPortal.url, {});
    try {
      const first = await post();
      const second = await post();

      expect([first.status, second.status]).toEqual([200, 502]);
      expect(connections).toBe(1);
      expect(requestsSeen).toBe(2);
    } finally {
      await flakyPortal.close();
      await new Promise<void>((resolve) => flaky.close(() => resolve()));
    }
  });

  it('answers 502 when Net3 cannot be reached', async () => {
    const nowhere = await startPortal(await unusedLoopbackUrl());
    try {
      const response = await postCustomer(nowhere.url, customer);

      expect(response.status).toBe(502);
      const { errorCode, message } = responseStatusOf(response);
      expect(errorCode).toBe('BadGateway');
      expect(message).toContain('ECONNREFUSED');
      expect(message).toContain('NET3_API_URL');
    } finally {
      await nowhere.close();
    }
  });
});

describe("answering with what Net3 said, in the portal's own words", () => {
  it.each([
    [
      400,
      'application/json; charset=utf-8',
      '{"responseStatus":{"errorCode":"NotEmpty","message":"x","errors":[]}}',
      { errorCode: 'NotEmpty', message: 'x', errors: [] },
    ],
    [
      409,
      'application/json; charset=utf-8',
      '{"responseStatus":{"errorCode":"Conflict","message":"exists","errors":[]}}',
      { errorCode: 'Conflict', message: 'exists', errors: [] },
    ],
    [
      500,
      'text/html',
      '<h1>Internal Server Error</h1>',
      {
        errorCode: 'InternalServerError',
        message: 'The Net3 API answered HTTP 500 without saying why.',
        errors: [],
      },
    ],
    [
      404,
      'text/plain',
      '404',
      {
        errorCode: 'HTTP404',
        message: 'The Net3 API answered HTTP 404 without saying why.',
        errors: [],
      },
    ],
    [
      401,
      'application/json',
      '{"responseStatus":{"errorCode":"Unauthorized","message":"Not Authenticated"}}',
      { errorCode: 'Unauthorized', message: 'Not Authenticated', errors: [] },
    ],
  ])(
    "answers a %i (%s) with the portal's own ServiceStack-shaped error, without Net3's headers",
    async (status, contentType, body, responseStatus) => {
      upstream.answerWith((_request, res) => {
        res.writeHead(status, {
          'content-type': contentType,
          'set-cookie': 'ss-id=upstream-session',
          'www-authenticate': 'Basic realm="net3"',
          'x-powered-by': 'ServiceStack/8.0 NET',
        });
        res.end(body);
      });
      // Last renewed two minutes ago, so the portal renews it on this answer.
      const renewalDue = await mintSessionCookie(testStaffIdentity, { now: Date.now() - 120_000 });

      const response = await postCustomer(portal.url, customer, { cookie: renewalDue });

      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.json()).toEqual({ responseStatus });
      expect(response.text).not.toContain('Internal Server Error</h1>');
      expect(response.headers['x-net3-portal-submission']).toMatch(/^[0-9a-f-]{36}$/);
      // An upstream session is the portal's; a Basic challenge would open the browser's sign-in
      // box. The only cookie is the portal's own session, renewed.
      expect(response.headers['set-cookie']).toEqual([
        expect.stringMatching(/^net3_portal_session=/),
      ]);
      expect(response.headers['www-authenticate']).toBeUndefined();
      expect(response.headers['x-powered-by']).toBeUndefined();
    },
  );

  it("keeps Net3's stack trace and other internals of an error from the browser", async () => {
    upstream.answerWith(
      answerJson(400, {
        ResponseStatus: {
          ErrorCode: 'NotEmpty',
          Message: "'Email' must not be empty.",
          StackTrace: '   at Net3.Provisioning.CustomerService.Post(ProvisionCustomer request)',
          Errors: [
            {
              ErrorCode: 'NotEmpty',
              FieldName: 'Customer.Email',
              Message: "'Email' must not be empty.",
              Meta: { PropertyName: 'Email' },
            },
          ],
          Meta: { ConnectionString: 'Server=sql01;Password=hunter2' },
        },
      }),
    );

    const response = await postCustomer(portal.url, customer, { 'accept-encoding': 'gzip' });

    expect(response.status).toBe(400);
    expect(response.headers['content-encoding']).toBeUndefined();
    // Read ignoring case (Net3 may answer PascalCase), written back in the wizard's camelCase.
    expect(response.json()).toEqual({
      responseStatus: {
        errorCode: 'NotEmpty',
        message: "'Email' must not be empty.",
        errors: [
          {
            errorCode: 'NotEmpty',
            fieldName: 'Customer.Email',
            message: "'Email' must not be empty.",
          },
        ],
      },
    });
    expect(response.text).not.toMatch(/stackTrace|CustomerService|hunter2|meta/i);
  });

  it("answers Net3's success as the JSON object it was, whatever Net3 added around it", async () => {
    upstream.answerWith((_request, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': 'ss-pid=upstream',
        'x-powered-by': 'ServiceStack/8.0 NET',
      });
      res.end('\uFEFF{ "customerId" : "ACME-001",\n "n3TLogins_CompanyId": 42 }');
    });

    const response = await postCustomer(portal.url, customer);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toBe('{"customerId":"ACME-001","n3TLogins_CompanyId":42}');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers 502, outcome unknown, when Net3 says 200 without a JSON object', async () => {
    upstream.answerWith((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
    });

    const response = await postCustomer(portal.url, customer);

    expect(response.status).toBe(502);
    const { errorCode, message } = responseStatusOf(response);
    expect(errorCode).toBe('BadGateway');
    expect(message).toMatch(/check in Net3 whether the customer was created/);
  });
});

describe('behind a trusted reverse proxy (TRUST_PROXY)', () => {
  // The browser wrote 198.51.100.9 itself; the one proxy in front appended the address it saw.
  const forwardedByProxy = {
    'x-forwarded-for': '198.51.100.9, 10.0.0.2',
    'x-forwarded-proto': 'https',
  };

  it('takes the client address (the rightmost untrusted entry) and scheme from the forwarded headers, and forwards only the chain it walked', async () => {
    const trusting = await startPortal(upstream.url, { trustProxy: { hops: 1 } });
    try {
      // Over https the session cookie carries the __Host- prefix (portal-session.ts).
      await postCustomer(trusting.url, customer, {
        ...forwardedByProxy,
        cookie: `__Host-${sessionCookie}`,
      });

      const forwarded = upstream.requests[0]!;
      expect(forwarded.headers['x-forwarded-for']).toBe('10.0.0.2, 127.0.0.1');
      expect(forwarded.headers['x-forwarded-proto']).toBe('https');
      expect(JSON.parse(forwarded.body)).toMatchObject({ requesterIP: '10.0.0.2' });
    } finally {
      await trusting.close();
    }
  });

  it('ignores forwarded headers when TRUST_PROXY is off, since any client can send them', async () => {
    await postCustomer(portal.url, customer, forwardedByProxy);

    const forwarded = upstream.requests[0]!;
    expect(forwarded.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(forwarded.headers['x-forwarded-proto']).toBe('http');
    expect(JSON.parse(forwarded.body)).toMatchObject({ requesterIP: '127.0.0.1' });
  });
});

describe('GET /api/choice-lists', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'choice-lists-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('answers the shipped default lists', async () => {
    const response = await sendRequest(`${portal.url}/api/choice-lists`);

    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      serviceLevels: [
        { id: 1, name: 'Essential' },
        { id: 2, name: 'Standard' },
        { id: 3, name: 'Premium' },
        { id: 4, name: 'Enterprise' },
      ],
      pricingTiers: expect.arrayContaining([{ id: 4, name: 'Enterprise agreement' }]),
      customerStatuses: expect.arrayContaining([{ id: 2, name: 'Pending review' }]),
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it("reads the operator's file on every request, and names it when it is broken", async () => {
    const file = path.join(folder, 'lists.json');
    const lists = {
      serviceLevels: [{ id: 7, name: 'Gold' }],
      pricingTiers: [{ id: 1, name: 'List' }],
      customerStatuses: [{ id: 1, name: 'Active' }],
    };
    await writeFile(file, JSON.stringify(lists));
    const custom = await startPortal(upstream.url, { choiceListsFile: file });
    try {
      const first = await sendRequest(`${custom.url}/api/choice-lists`);
      await writeFile(file, '{ "serviceLevels": [');
      const broken = await sendRequest(`${custom.url}/api/choice-lists`);

      expect(first.json()).toEqual(lists);
      expect(broken.status).toBe(500);
      expect(responseStatusOf(broken).message).toContain(file);
    } finally {
      await custom.close();
    }
  });
});

describe('logging and secrecy', () => {
  it('logs one JSON line per request with method, route, status and time, and nothing else', async () => {
    await postCustomer(portal.url, customer, { cookie: `ss-id=secret-cookie; ${sessionCookie}` });
    await sendRequest(`${portal.url}/api/nothing-here`);

    const lines = portal.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      method: 'POST',
      route: '/api/provisioning/customer',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(lines[1]).toMatchObject({ method: 'GET', route: null, status: 404 });
    expect(portal.logLines.join('\n')).not.toContain('secret-cookie');
    expect(portal.logLines.join('\n')).not.toContain(sessionCookie.split('=')[1]);
    expect(portal.logLines.join('\n')).not.toContain('Zoë');
  });

  it('never lets the API key reach a response or a log line, even when things go wrong', async () => {
    // A misbehaving upstream that echoes the request headers it got.
    const echo = (request: { headers: http.IncomingHttpHeaders }, res: http.ServerResponse) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echoedHeaders: request.headers }).replace(API_KEY, 'redacted'));
    };
    upstream.answerWith(echo);
    upstream.answerSignInWith(echo);
    const slow = await startRecordingUpstream();
    slow.answerWith(() => {});
    const impatient = await startPortal(slow.url, { timeoutMs: 100 });
    const unreachable = await startPortal(await unusedLoopbackUrl());
    try {
      const responses = [
        await postCustomer(portal.url, customer),
        await postJson(`${portal.url}/api/session`, { userName: 'rep1', password: 'pw' }),
        await sendRequest(`${portal.url}/api/auth`),
        await sendRequest(`${portal.url}/api/unknown`),
        await sendRequest(`${portal.url}/api/auth`, { method: 'DELETE' }),
        await sendRequest(`${portal.url}/api/provisioning/customer`, {
          method: 'POST',
          headers: { cookie: sessionCookie, ...portalHeader },
          body: 'x',
        }),
        await postCustomer(impatient.url, customer),
        await postCustomer(unreachable.url, customer),
        await postJson(`${unreachable.url}/api/session`, { userName: 'rep1', password: 'pw' }),
      ];

      expect(responses.map((response) => response.status)).toEqual([
        401, 401, 401, 404, 405, 415, 504, 502, 502,
      ]);
      for (const response of responses) expect(rawResponseText(response)).not.toContain(API_KEY);
      const allLogLines = [...portal.logLines, ...impatient.logLines, ...unreachable.logLines];
      expect(allLogLines.length).toBeGreaterThanOrEqual(9);
      expect(allLogLines.join('\n')).not.toContain(API_KEY);
    } finally {
      await impatient.close();
      await unreachable.close();
      await slow.close();
    }
  });
});

describe('isPortalApiPath', () => {
  it('claims /api and everything under /api/, and nothing else', () => {
    expect(isPortalApiPath('/api')).toBe(true);
    expect(isPortalApiPath('/api/auth?x=1')).toBe(true);
    expect(isPortalApiPath('/api/')).toBe(true);
    expect(isPortalApiPath('/apiary')).toBe(false);
    expect(isPortalApiPath('/assets/api/x.js')).toBe(false);
    expect(isPortalApiPath('/')).toBe(false);
  });
});
