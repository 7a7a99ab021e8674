// Issue 11, items 9 and 10 on the server: every /api answer carries X-Request-Id, whatever kind
// of answer it is, and the request's one JSON log line carries the same id with method, route,
// status and duration (plus the staff user id and a submission's outcome and Net3 customer id),
// and never a password, the API key, a cookie or anything from a request body.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUEST_ID_HEADER } from '../../src/provisioning/contract/portal-wire.ts';
import { sendRequest, unusedLoopbackUrl, type TestResponse } from './loopback-http.ts';
import {
  answerJson,
  mintSessionCookie,
  portalHeader,
  postJson,
  signInThrough,
  startRecordingUpstream,
  startTestPortal,
  TEST_API_KEY,
  testStaff,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal,
} from './proxy-test-support.ts';

const header = REQUEST_ID_HEADER.toLowerCase();
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Texts only the request body holds: none may reach a log line.
const customer = {
  customer: { customerId: 'LOGTEST-42', customerName: 'Quokka Widgets Pty' },
  contacts: [{ firstName: 'Ysolde', email: 'ysolde@quokka.example', roles: ['Primary'] }],
};
const bodyTexts = ['Quokka Widgets Pty', 'Ysolde', 'ysolde@quokka.example'];

let upstream: RecordingUpstream;
let portal: TestPortal;
let cookie: string;

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  portal = await startTestPortal(upstream.url);
  cookie = await mintSessionCookie(testStaffIdentity);
});

afterEach(async () => {
  await portal.close();
  await upstream.close();
});

function entries(from: TestPortal = portal): Record<string, unknown>[] {
  return from.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The summary line of the request that got `response`, found by its X-Request-Id. */
async function summaryLineOf(
  response: TestResponse,
  from: TestPortal = portal,
): Promise<Record<string, unknown>> {
  const id = response.headers[header];
  // Written when the response closes, a moment after the client has it all.
  await expect
    .poll(() => entries(from).filter((e) => e.requestId === id && e.msg === 'request'))
    .toHaveLength(1);
  return entries(from).find((e) => e.requestId === id && e.msg === 'request')!;
}

describe('X-Request-Id', () => {
  it('is on every kind of answer, a fresh UUID each time, and names its log line', async () => {
    upstream.answerWith(answerJson(200, { customerId: 'N3-7781' }));
    const submitted = await postJson(`${portal.url}/api/provisioning/customer`, customer, {
      cookie,
    });
    const rowId = String(submitted.headers['x-net3-portal-submission']);
    const broken = await startTestPortal(upstream.url, { choiceListsFile: '/nonexistent/x.json' });
    const unreachable = await startTestPortal(await unusedLoopbackUrl());
    try {
      const answers: [string, TestResponse, TestPortal?][] = [
        ['200 submission', submitted],
        ['200 session', await sendRequest(`${portal.url}/api/auth`, { headers: { cookie } })],
        ['401', await sendRequest(`${portal.url}/api/auth`)],
        ['404', await sendRequest(`${portal.url}/api/nothing-here`)],
        ['405', await sendRequest(`${portal.url}/api/auth`, { method: 'PUT' })],
        [
          '403',
          await sendRequest(`${portal.url}/api/provisioning/customer`, {
            method: 'POST',
            headers: { cookie, 'content-type': 'application/json' },
            body: '{}',
          }),
        ],
        [
          '415',
          await sendRequest(`${portal.url}/api/provisioning/customer`, {
            method: 'POST',
            headers: { cookie, ...portalHeader },
            body: 'x',
          }),
        ],
        ['500', await sendRequest(`${broken.url}/api/choice-lists`), broken],
        [
          '502',
          await postJson(`${unreachable.url}/api/provisioning/customer`, customer, { cookie }),
          unreachable,
        ],
        [
          'ledger list',
          await sendRequest(`${portal.url}/api/submissions`, { headers: { cookie } }),
        ],
        [
          'ledger row',
          await sendRequest(`${portal.url}/api/submissions/${rowId}`, { headers: { cookie } }),
        ],
        [
          'ledger retry',
          await postJson(`${portal.url}/api/submissions/${rowId}/retry`, {}, { cookie }),
        ],
      ];

      const statuses = answers.map(([name, response]) => `${name}: ${response.status}`);
      expect(statuses).toEqual([
        '200 submission: 200',
        '200 session: 200',
        '401: 401',
        '404: 404',
        '405: 405',
        '403: 403',
        '415: 415',
        '500: 500',
        '502: 502',
        'ledger list: 200',
        'ledger row: 200',
        // Accepted before: the stored answer, never sent again.
        'ledger retry: 200',
      ]);
      const ids = answers.map(([, response]) => response.headers[header]);
      for (const id of ids) expect(id).toMatch(uuid);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [, response, from] of answers) {
        const line = await summaryLineOf(response, from);
        expect(line.status).toBe(response.status);
      }
    } finally {
      await broken.close();
      await unreachable.close();
    }
  });

  it('is made by the portal, never taken from the request', async () => {
    const response = await sendRequest(`${portal.url}/api/auth`, {
      headers: { [header]: 'chosen-by-the-browser' },
    });

    expect(response.headers[header]).toMatch(uuid);
    expect(portal.logLines.join('\n')).not.toContain('chosen-by-the-browser');
  });
});

describe('the request log', () => {
  it("writes a submission's line as one JSON object with its facts, and no secret or body text", async () => {
    upstream.answerWith(answerJson(200, { customerId: 'N3-7781', n3TLogins_CompanyId: '99' }));
    const signedIn = await signInThrough(portal.url);
    const signedInCookie = signedIn.cookie!;
    const response = await postJson(`${portal.url}/api/provisioning/customer`, customer, {
      cookie: `other=browser-cookie-value-5521; ${signedInCookie}`,
    });

    expect(response.status).toBe(200);
    const line = await summaryLineOf(response);
    expect(line).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      pid: process.pid,
      hostname: expect.any(String),
      requestId: response.headers[header],
      method: 'POST',
      route: '/api/provisioning/customer',
      status: 200,
      durationMs: expect.any(Number),
      staffUserId: testStaff.authenticateResponse.userId,
      submissionId: response.headers['x-net3-portal-submission'],
      outcome: 'accepted',
      net3CustomerId: 'N3-7781',
      msg: 'request',
    });
    for (const raw of portal.logLines) expect(() => JSON.parse(raw) as unknown).not.toThrow();
    const everything = portal.logLines.join('\n');
    const secrets = [
      TEST_API_KEY,
      testStaff.password,
      testStaff.authenticateResponse.bearerToken,
      signedInCookie.split('=')[1]!,
      'browser-cookie-value-5521',
      ...bodyTexts,
    ];
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });

  it('logs the route, not the path: a searched name or a row id stays out', async () => {
    const response = await sendRequest(`${portal.url}/api/submissions?q=Quokka%20Widgets`, {
      headers: { cookie },
    });

    const line = await summaryLineOf(response);
    expect(line).toMatchObject({ method: 'GET', route: '/api/submissions', status: 200 });
    expect(portal.logLines.join('\n')).not.toContain('Quokka');
  });

  it("logs a refused submission's outcome, and no customer id Net3 never gave", async () => {
    upstream.answerWith(
      answerJson(400, {
        responseStatus: {
          errorCode: 'Email',
          message: 'Not valid',
          errors: [{ errorCode: 'Email', fieldName: 'Contacts[0].Email', message: 'Not valid' }],
          stackTrace: 'at Ysolde.Secret()',
        },
      }),
    );
    const response = await postJson(`${portal.url}/api/provisioning/customer`, customer, {
      cookie,
    });

    const line = await summaryLineOf(response);
    expect(line).toMatchObject({ status: 400, outcome: 'refused' });
    expect(line).not.toHaveProperty('net3CustomerId');
    expect(portal.logLines.join('\n')).not.toContain('Ysolde');
  });
});
