// Issue 11, item 4: bodies the portal must refuse with 400 and a message, forwarding nothing
// (the recording upstream sees no request): 10,000-deep nesting (was a 500), bytes that are not
// UTF-8 (were sent on as U+FFFD), numbers JSON.parse would round (9007199254740993 was sent as
// ...992, 1e400 as null, -0 as 0), and staff bodies the contract's schema refuses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isExact } from './exact-json.ts';
import { sendRequest, type TestResponse } from './loopback-http.ts';
import {
  mintSessionCookie,
  portalHeader,
  startRecordingUpstream,
  startTestPortal,
  type RecordingUpstream,
  type TestPortal,
} from './proxy-test-support.ts';

let upstream: RecordingUpstream;
let portal: TestPortal;
let cookie: string;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  portal = await startTestPortal(upstream.url);
  cookie = await mintSessionCookie();
});

afterAll(async () => {
  await portal.close();
  await upstream.close();
});

beforeEach(() => {
  upstream.requests.length = 0;
  upstream.signInRequests.length = 0;
});

function post(path: string, body: string | Buffer): Promise<TestResponse> {
  return sendRequest(`${portal.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...portalHeader },
    body,
  });
}

type ServiceStackAnswer = {
  responseStatus: {
    errorCode: string;
    message: string;
    errors: { errorCode: string; fieldName: string; message: string }[];
  };
  stackTrace?: unknown;
};

const routes = ['/api/provisioning/customer', '/api/signup', '/api/session'];

describe.each(routes)('POST %s', (path) => {
  it('refuses 10,000 levels of nesting with 400 and a message, not a 500', async () => {
    const deep = `{"customer":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;

    const response = await post(path, deep);

    expect(response.status).toBe(400);
    expect((response.json() as ServiceStackAnswer).responseStatus.message).toMatch(
      /nested more than 32 levels deep/,
    );
    expect(upstream.requests).toHaveLength(0);
    expect(upstream.signInRequests).toHaveLength(0);
  });

  it('refuses a body that is not UTF-8 instead of sending U+FFFD on', async () => {
    const notUtf8 = Buffer.concat([
      Buffer.from('{"customer":{"customerName":"Caf'),
      Buffer.from([0xe9]), // Latin-1 é
      Buffer.from('"},"userName":"a","password":"b"}'),
    ]);

    const response = await post(path, notUtf8);

    expect(response.status).toBe(400);
    expect((response.json() as ServiceStackAnswer).responseStatus.message).toMatch(
      /not valid UTF-8 text/,
    );
    expect(upstream.requests).toHaveLength(0);
    expect(upstream.signInRequests).toHaveLength(0);
  });
});

describe('numbers that cannot be sent exactly', () => {
  it.each(['9007199254740993', '1e400', '-0', '-0.0', '1.00000000000000001', '1e-400'])(
    'refuses localId %s on Customer.LocalId, sending nothing',
    async (literal) => {
      const response = await post(
        '/api/provisioning/customer',
        `{"customer":{"customerName":"Acme","localId":${literal}}}`,
      );

      expect(response.status).toBe(400);
      const { responseStatus } = response.json() as ServiceStackAnswer;
      expect(responseStatus.errors).toEqual([
        expect.objectContaining({ fieldName: 'Customer.LocalId', errorCode: 'InexactNumber' }),
      ]);
      expect(responseStatus.errors[0]!.message).toContain(literal);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('sends the largest exact long and ordinary numbers as written', async () => {
    const response = await post(
      '/api/provisioning/customer',
      '{"customer":{"customerName":"Acme","localId":9007199254740991,"serviceLevelId":2}}',
    );

    expect(response.status).toBe(200);
    expect(JSON.parse(upstream.requests[0]!.body)).toMatchObject({
      customer: { localId: 9007199254740991, serviceLevelId: 2 },
    });
  });

  it('tells exact literals from rounded ones', () => {
    for (const exact of ['0', '1', '-1', '1.0', '12.5', '1e3', '-9007199254740991', '2.5e1']) {
      expect(isExact(exact), exact).toBe(true);
    }
    for (const inexact of ['9007199254740992', '-9007199254740993', '1e400', '-0', '1e-400']) {
      expect(isExact(inexact), inexact).toBe(false);
    }
  });
});

describe('staff bodies checked against the contract before forwarding', () => {
  it('refuses a value of the wrong kind on its field, in ServiceStack shape', async () => {
    const response = await post(
      '/api/provisioning/customer',
      JSON.stringify({
        customer: { customerName: 'Acme', serviceLevelId: '2' },
        contacts: [
          { firstName: 'Ann', roles: ['Primary'] },
          { firstName: 'Bo', roles: ['Boss'] },
        ],
      }),
    );

    expect(response.status).toBe(400);
    const { responseStatus } = response.json() as ServiceStackAnswer;
    expect(responseStatus.errors.map((error) => error.fieldName)).toEqual([
      'Customer.ServiceLevelId',
      'Contacts[1].Roles[0]',
    ]);
    expect(responseStatus.message).toMatch(/serviceLevelId must be a whole number/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses a property Net3 does not know, which it would drop without a word', async () => {
    const response = await post(
      '/api/provisioning/customer',
      JSON.stringify({ customer: { customerName: 'Acme', colour: 'blue' } }),
    );

    expect(response.status).toBe(400);
    const { responseStatus } = response.json() as ServiceStackAnswer;
    expect(responseStatus.errors).toEqual([
      expect.objectContaining({ fieldName: 'Customer.Colour', errorCode: 'UnknownProperty' }),
    ]);
    expect(upstream.requests).toHaveLength(0);
  });
});
