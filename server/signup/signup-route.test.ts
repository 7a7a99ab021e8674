// POST /api/signup over real HTTP: what Net3 (a recording stand-in) receives from a public
// reseller signup, the honeypot, the rate limit and the body limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendRequest } from '../proxy/loopback-http.ts';
import {
  answerJson,
  postJson,
  startRecordingUpstream,
  startTestPortal,
  TEST_API_KEY,
  testLimiter,
  type RecordingUpstream,
  type TestPortal,
} from '../proxy/proxy-test-support.ts';

const signupUrl = (portal: TestPortal) => `${portal.url}/api/signup`;

const honestSignup = {
  customer: {
    customerName: 'Reseller Co',
    email: 'owner@reseller.example',
    phone: '+18035550100',
    parentCompanyId: 'REF-42',
    streetAddress: '1 Main St',
    cityStateZip: 'Columbia, SC 29201',
  },
  addresses: [
    { street: '1 Main St', city: 'Columbia', state: 'SC', postalCode: '29201', primary: true },
  ],
  contacts: [
    { firstName: 'Ann', lastName: 'Lee', email: 'ann@reseller.example', roles: ['Primary'] },
  ],
};

let upstream: RecordingUpstream;
let portal: TestPortal;
const fixedNow = Date.UTC(2026, 2, 1, 12, 0, 0);

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  portal = await startTestPortal(upstream.url, {
    now: () => fixedNow,
    signup: { serviceLevelId: 1, pricingTierId: 1, customerStatusId: 2 },
  });
});

afterEach(async () => {
  await portal.close();
  await upstream.close();
});

function forwardedBody(index = 0): Record<string, unknown> {
  return JSON.parse(upstream.requests[index]!.body) as Record<string, unknown>;
}

describe('POST /api/signup', () => {
  it('refuses text longer than the wizard allows, on its field, and sends nothing (issue 20, item 7)', async () => {
    const response = await postJson(signupUrl(portal), {
      ...honestSignup,
      customer: { ...honestSignup.customer, customerName: 'R'.repeat(201) },
      contacts: [{ ...honestSignup.contacts[0], lastName: 'L'.repeat(60_000) }],
    });

    expect(response.status).toBe(400);
    const { responseStatus } = response.json() as {
      responseStatus: { errors: { errorCode: string; fieldName: string; message: string }[] };
    };
    expect(responseStatus.errors).toEqual([
      expect.objectContaining({ errorCode: 'MaximumLength', fieldName: 'Customer.CustomerName' }),
      expect.objectContaining({ errorCode: 'MaximumLength', fieldName: 'Contacts[0].LastName' }),
    ]);
    expect(responseStatus.errors[0]!.message).toBe(
      'CustomerName must be 200 characters or fewer; it has 201. Shorten it and send again.',
    );
    expect(upstream.requests).toHaveLength(0);
    // Exactly at the limit is fine.
    const atLimit = await postJson(signupUrl(portal), {
      ...honestSignup,
      customer: { ...honestSignup.customer, customerName: 'R'.repeat(200) },
    });
    expect(atLimit.status).toBe(200);
  });

  it('refuses a referral id of another shape than a referral link gives (issue 20, item 7)', async () => {
    for (const parentCompanyId of ['REF 42', 'x'.repeat(65), '../admin', 'REF-42<script>']) {
      const response = await postJson(signupUrl(portal), {
        ...honestSignup,
        customer: { ...honestSignup.customer, parentCompanyId },
      });

      expect(response.status, parentCompanyId).toBe(400);
      expect(JSON.stringify(response.json())).toContain('Customer.ParentCompanyId');
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('sends an honest signup to Net3 with the portal key and the enforced values, no session needed', async () => {
    const response = await postJson(signupUrl(portal), honestSignup);

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ customerId: 'ACME-001' });
    const forwarded = upstream.requests[0]!;
    expect(forwarded.url).toBe('/provisioning/customer');
    expect(forwarded.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    expect(forwardedBody()).toEqual({
      customer: {
        ...honestSignup.customer,
        isReseller: true,
        serviceLevelId: 1,
        typePricingTierId: 1,
        typeCustomerStatusId: 2,
      },
      addresses: honestSignup.addresses,
      contacts: honestSignup.contacts,
      requesterIP: '127.0.0.1',
      requestCreated: `/Date(${fixedNow})/`,
    });
    // A public page never gets a staff session.
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('replaces forged ids and drops an extra field, a createdBy and a different requesterIP', async () => {
    await postJson(signupUrl(portal), {
      customer: {
        customerName: 'Forger Inc',
        customerId: 'CHOSEN-ID',
        localId: 7,
        n3TLogins_CompanyId: 'ffffffffffffffffffffffffffffffff',
        lastUpdateDate: '/Date(0)/',
        isReseller: false,
        ServiceLevelId: 4,
        typePricingTierId: 4,
        TYPECUSTOMERSTATUSID: 1,
        discount: 99,
      },
      contacts: [{ firstName: 'Eve', roles: ['Primary', 'Administrator'], isAdmin: true }],
      createdBy: { username: 'demo.sales' },
      CreatedBy: { username: 'demo.sales' },
      salesContact: 'friend@net3.example',
      requesterIP: '203.0.113.9',
      RequesterIp: '203.0.113.10',
      requestCreated: '/Date(0)/',
      superUser: true,
    });

    expect(forwardedBody()).toEqual({
      customer: {
        customerName: 'Forger Inc',
        isReseller: true,
        serviceLevelId: 1,
        typePricingTierId: 1,
        typeCustomerStatusId: 2,
      },
      contacts: [{ firstName: 'Eve', roles: ['Primary'] }],
      requesterIP: '127.0.0.1',
      requestCreated: `/Date(${fixedNow})/`,
    });
  });

  it('answers a filled honeypot with a success that is never sent to Net3, and logs it', async () => {
    const response = await postJson(signupUrl(portal), {
      ...honestSignup,
      website: 'http://spam.example',
    });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({});
    expect(upstream.requests).toHaveLength(0);
    expect(portal.logLines.join('\n')).toMatch(/hidden website field.*not sent to Net3/);
    expect(portal.logLines.join('\n')).not.toContain('Reseller Co');
  });

  it('forwards a signup whose honeypot is empty', async () => {
    const response = await postJson(signupUrl(portal), { ...honestSignup, website: '' });

    expect(response.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    expect(forwardedBody()).not.toHaveProperty('website');
  });

  it("passes Net3's validation errors back in ServiceStack's shape, keeping only what a person may see", async () => {
    upstream.answerWith(
      answerJson(400, {
        responseStatus: {
          errorCode: 'NotEmpty',
          message: "'Email' must not be empty.",
          stackTrace: 'at Net3.Validators.Email()',
          errors: [{ errorCode: 'NotEmpty', fieldName: 'Customer.Email', message: 'x', meta: {} }],
        },
      }),
    );

    const response = await postJson(signupUrl(portal), honestSignup);

    expect(response.status).toBe(400);
    // The portal rebuilds the error from errorCode, message and field errors: no stack trace,
    // no meta, nothing else of Net3's internals.
    expect(response.json()).toEqual({
      responseStatus: {
        errorCode: 'NotEmpty',
        message: "'Email' must not be empty.",
        errors: [{ errorCode: 'NotEmpty', fieldName: 'Customer.Email', message: 'x' }],
      },
    });
  });

  it('never passes on a stack trace from a Net3 failure either (issue 11, item 5)', async () => {
    upstream.answerWith(
      answerJson(500, {
        responseStatus: {
          errorCode: 'NullReferenceException',
          message: 'Object reference not set to an instance of an object.',
          stackTrace: 'at Net3.Internal.CustomerService.Provision() in C:\\src\\Net3\\Customer.cs',
          errors: [],
        },
      }),
    );

    const response = await postJson(signupUrl(portal), honestSignup);

    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(response.text).not.toMatch(/stackTrace|Net3\.Internal|Customer\.cs/i);
  });

  it('refuses the 6th signup from one address in the window with 429 and Retry-After', async () => {
    const limited = await startTestPortal(upstream.url, { signupLimiter: testLimiter(5, 3600) });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push((await postJson(signupUrl(limited), honestSignup)).status);
      }
      const sixth = await postJson(signupUrl(limited), honestSignup);

      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      expect(sixth.status).toBe(429);
      const retryAfter = Number(sixth.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(sixth.json()).toMatchObject({
        responseStatus: {
          errorCode: 'TooManyRequests',
          message:
            'Too many signups from your network. Try again in 60 minutes. What you entered is still here.',
        },
      });
      expect(upstream.requests).toHaveLength(5);
    } finally {
      await limited.close();
    }
  });

  it('counts honeypot signups too, so a bot is limited like anyone', async () => {
    const limited = await startTestPortal(upstream.url, { signupLimiter: testLimiter(1, 3600) });
    try {
      const bot = await postJson(signupUrl(limited), { website: 'x' });
      const next = await postJson(signupUrl(limited), honestSignup);

      expect([bot.status, next.status]).toEqual([200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses bodies that are too large, not JSON or malformed, without counting or forwarding them', async () => {
    const limited = await startTestPortal(upstream.url, { signupLimiter: testLimiter(1, 3600) });
    try {
      const headers = { 'x-net3-portal': '1' };
      const tooLarge = await sendRequest(signupUrl(limited), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: `{"notes":"${'x'.repeat(70_000)}"}`,
      });
      const notJson = await sendRequest(signupUrl(limited), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'customerName=Acme',
      });
      const malformed = await sendRequest(signupUrl(limited), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"customer": {',
      });
      const array = await postJson(signupUrl(limited), [honestSignup]);
      const afterwards = await postJson(signupUrl(limited), honestSignup);

      expect([tooLarge.status, notJson.status, malformed.status, array.status]).toEqual([
        413, 415, 400, 400,
      ]);
      expect(afterwards.status).toBe(200);
      expect(upstream.requests).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});
