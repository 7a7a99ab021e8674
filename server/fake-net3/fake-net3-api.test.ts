// The fake Net3 API over real HTTP: authentication, POST /provisioning/customer with its
// validation and conflicts, GET /auth, POST /auth/credentials with the demo users, and
// ServiceStack's answers for unknown routes.
import { describe, expect, it } from 'vitest';
import { describeDemoUsers, fakeNet3DemoUsers } from './demo-users.ts';
import { startFakeNet3Api } from './fake-net3-api.ts';
import { startFakeNet3ForEachTest } from './fake-net3-test-support.ts';

const API_KEY = 'test-key-7f3a';

type JsonObject = Record<string, unknown>;
type ExampleRequest = JsonObject & {
  customer: JsonObject;
  addresses: [JsonObject, JsonObject];
  contacts: [JsonObject, JsonObject, JsonObject];
};

// Copied from ../shared/net3-api/examples/provision-request.json, which lives outside the repo.
const exampleRequest: ExampleRequest = {
  customer: {
    customerId: 'ACME-001',
    customerName: 'Acmé & Söhne, LLC',
    streetAddress: '200 Bay Rd',
    cityStateZip: 'Charleston, SC 29401-1234',
    phone: '+18035550100',
    extension: '12',
    email: 'ops@acme.example',
    localId: 42,
    serviceLevelId: 1,
    isReseller: false,
    parentCompanyId: '',
    n3TLogins_CompanyId: '0123456789abcdef0123456789abcdef',
    typeCustomerStatusId: 1,
    typePricingTierId: 2,
  },
  addresses: [
    {
      street: '1 Main St',
      city: 'Columbia',
      state: 'SC',
      postalCode: '29201',
      telephone: '+18035550100',
      extension: '',
      email: 'ap@acme.example',
      notes: 'Dock 4',
      primary: false,
    },
    {
      street: '200 Bay Rd',
      city: 'Charleston',
      state: 'SC',
      postalCode: '29401-1234',
      telephone: '',
      extension: '',
      email: '',
      notes: '',
      primary: true,
    },
  ],
  contacts: [
    {
      firstName: 'Zoë',
      lastName: "O'Brien",
      email: 'zoe@acme.example',
      telephone: '+18035550101',
      roles: ['Primary', 'Billing'],
    },
    {
      firstName: 'José',
      lastName: 'Núñez',
      email: 'jose@acme.example',
      telephone: '',
      roles: ['Technical'],
    },
    {
      firstName: 'Kim',
      lastName: 'Lee',
      email: 'kim@acme.example',
      telephone: '',
      roles: ['Sales', 'ContractSignatory'],
    },
  ],
  createdBy: {
    email: 'rep@net3.example',
    firstName: 'Rep',
    lastName: 'One',
    username: 'rep1',
    userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    companyId: '00000000000000000000000000000000',
  },
  salesContact: 'Rep One',
  requesterIP: '203.0.113.7',
  requestCreated: '/Date(1764201600000)/',
};

type Body = Record<string, unknown> | null;
type FieldError = { errorCode: string; fieldName: string; message: string; meta: object };
type ErrorBody = { responseStatus: { errorCode: string; message: string; errors: FieldError[] } };

const api = startFakeNet3ForEachTest(API_KEY);
const { provision } = api;

/** The example request with a change made to a copy of it. */
function exampleWith(change: (body: ExampleRequest) => void): JsonObject {
  const body = structuredClone(exampleRequest);
  change(body);
  return body;
}

async function fieldErrorsFor(body: unknown): Promise<FieldError[]> {
  const response = await provision(body);
  expect(response.status).toBe(400);
  return ((await response.json()) as ErrorBody).responseStatus.errors;
}

describe('startFakeNet3Api', () => {
  it('listens on a free loopback port and gives its URL without a trailing slash', () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses to start without a key', async () => {
    await expect(startFakeNet3Api({ apiKey: '' })).rejects.toThrow(/apiKey/);
  });
});

describe('authentication', () => {
  const unauthorized = {
    responseStatus: { errorCode: 'Unauthorized', message: 'Not Authenticated', errors: [] },
  };

  it('answers 401 in ServiceStack shape without an Authorization header', async () => {
    const response = await fetch(`${api.url}/auth`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(unauthorized);
  });

  it('answers 401 with a wrong key, and provisions nothing', async () => {
    const response = await provision(exampleRequest, { authorization: 'Bearer wrong-key' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(unauthorized);
    expect(await (await provision(exampleRequest)).json()).toMatchObject({
      customerId: 'ACME-001',
    });
  });

  it('answers 401 for a key that only starts like the right one', async () => {
    const response = await provision(exampleRequest, { authorization: `Bearer ${API_KEY}x` });
    expect(response.status).toBe(401);
  });

  it('accepts Basic auth with the key as the user name', async () => {
    const basic = Buffer.from(`${API_KEY}:`).toString('base64');
    const response = await fetch(`${api.url}/auth`, {
      headers: { authorization: `Basic ${basic}` },
    });
    expect(response.status).toBe(200);
  });

  it('does not accept the key as a Basic auth password', async () => {
    const basic = Buffer.from(`someone:${API_KEY}`).toString('base64');
    const response = await fetch(`${api.url}/auth`, {
      headers: { authorization: `Basic ${basic}` },
    });
    expect(response.status).toBe(401);
  });
});

describe('POST /provisioning/customer', () => {
  it('accepts the example request and answers its customerId and n3TLogins_CompanyId', async () => {
    const response = await provision(exampleRequest);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      customerId: 'ACME-001',
      n3TLogins_CompanyId: '0123456789abcdef0123456789abcdef',
    });
  });

  it('generates an N3- customerId and a 32-hex company id when they are not given', async () => {
    const first = (await (
      await provision({ customer: { customerName: 'First LLC' } })
    ).json()) as Body;
    const second = (await (
      await provision({
        customer: {
          customerName: 'Second LLC',
          customerId: '',
          n3TLogins_CompanyId: '0'.repeat(32),
        },
      })
    ).json()) as Body;
    expect(first?.customerId).toMatch(/^N3-\d{6}$/);
    expect(second?.customerId).toMatch(/^N3-\d{6}$/);
    expect(second?.customerId).not.toBe(first?.customerId);
    expect(first?.n3TLogins_CompanyId).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.n3TLogins_CompanyId).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.n3TLogins_CompanyId).not.toBe('0'.repeat(32));
    expect(second?.n3TLogins_CompanyId).not.toBe(first?.n3TLogins_CompanyId);
  });

  it('matches property names case-insensitively at every level', async () => {
    const response = await provision({
      Customer: { CUSTOMERNAME: 'Shouty Inc', CustomerId: 'SHOUT-1', EMAIL: 'not an email' },
      ADDRESSES: [{ Street: '1 Main St', CITY: 'Columbia', state: 'SC' }],
    });
    const errors = ((await response.json()) as ErrorBody).responseStatus.errors;
    // The name was read (no NotEmpty for it), and so were the email and the address fields.
    expect(errors.map((e) => e.fieldName)).toEqual(['Customer.Email', 'Addresses[0].PostalCode']);
  });

  it('reads names in any case into the answer', async () => {
    const response = await provision({
      CUSTOMER: { customername: 'Shouty Inc', CUSTOMERID: 'SHOUT-1' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ customerId: 'SHOUT-1' });
  });

  it('ignores unknown property names instead of rejecting them', async () => {
    const response = await provision(
      exampleWith((body) => {
        body.customer.customerNmae = 'typo';
        body.somethingNew = { deeply: ['nested'] };
        body.contacts[0].nickname = 'Z';
      }),
    );
    expect(response.status).toBe(200);
  });

  it('turns unreadable values into defaults silently, as ServiceStack does', async () => {
    const response = await provision(
      exampleWith((body) => {
        body.customer.serviceLevelId = 'gold';
        body.customer.n3TLogins_CompanyId = 'not-a-guid';
        body.requestCreated = 'yesterday';
      }),
    );
    expect(response.status).toBe(200);
    // The unreadable company id became the empty Guid, so the fake made one up.
    const answer = (await response.json()) as Body;
    expect(answer?.n3TLogins_CompanyId).toMatch(/^[0-9a-f]{32}$/);
    expect(answer?.n3TLogins_CompanyId).not.toBe('0123456789abcdef0123456789abcdef');
  });

  it('answers 400 SerializationException for a body that is not JSON', async () => {
    const response = await provision('{"customer": {');
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.responseStatus.errorCode).toBe('SerializationException');
    expect(body.responseStatus.errors).toEqual([]);
  });

  it('answers 400 SerializationException for JSON that is not an object', async () => {
    const response = await provision('[1, 2]');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).responseStatus.errorCode).toBe(
      'SerializationException',
    );
  });

  it('binds an empty body as an empty DTO, which fails on the customer name', async () => {
    const errors = await fieldErrorsFor('');
    expect(errors.map((e) => e.fieldName)).toEqual(['Customer.CustomerName']);
  });
});

describe('POST /provisioning/customer validation', () => {
  it('answers the example 400: top-level code and message repeat the first field error', async () => {
    const response = await provision(
      exampleWith((body) => {
        body.customer.customerName = '';
        body.addresses[0].postalCode = '  ';
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      responseStatus: {
        errorCode: 'NotEmpty',
        message: "'Customer Name' must not be empty.",
        errors: [
          {
            errorCode: 'NotEmpty',
            fieldName: 'Customer.CustomerName',
            message: "'Customer Name' must not be empty.",
            meta: { PropertyName: 'Customer Name' },
          },
          {
            errorCode: 'NotEmpty',
            fieldName: 'Addresses[0].PostalCode',
            message: "'Postal Code' must not be empty.",
            meta: { PropertyName: 'Postal Code' },
          },
        ],
      },
    });
  });

  it('requires the customer name even when there is no customer object', async () => {
    const { customer: _customer, ...withoutCustomer } = exampleRequest;
    const errors = await fieldErrorsFor(withoutCustomer);
    expect(errors.map((e) => e.fieldName)).toEqual(['Customer.CustomerName']);
  });

  it('rejects a malformed customer email as Customer.Email', async () => {
    const errors = await fieldErrorsFor(exampleWith((body) => (body.customer.email = 'ops@')));
    expect(errors).toEqual([
      {
        errorCode: 'Email',
        fieldName: 'Customer.Email',
        message: "'Email' is not a valid email address.",
        meta: { PropertyName: 'Email' },
      },
    ]);
  });

  it('lets a customer or address leave its email empty', async () => {
    const response = await provision(
      exampleWith((body) => {
        body.customer.email = '';
        delete body.addresses[0].email;
      }),
    );
    expect(response.status).toBe(200);
  });

  it.each([
    ['street', 'Street', 'Street'],
    ['city', 'City', 'City'],
    ['state', 'State', 'State'],
    ['postalCode', 'PostalCode', 'Postal Code'],
  ])('requires each address to have %s', async (property, pascal, display) => {
    const errors = await fieldErrorsFor(exampleWith((body) => (body.addresses[1][property] = '')));
    expect(errors).toEqual([
      {
        errorCode: 'NotEmpty',
        fieldName: `Addresses[1].${pascal}`,
        message: `'${display}' must not be empty.`,
        meta: { PropertyName: display },
      },
    ]);
  });

  it('rejects a malformed address email with its index', async () => {
    const errors = await fieldErrorsFor(
      exampleWith((body) => (body.addresses[0].email = 'ap at acme.example')),
    );
    expect(errors.map((e) => [e.errorCode, e.fieldName])).toEqual([
      ['Email', 'Addresses[0].Email'],
    ]);
  });

  it.each([
    ['firstName', 'FirstName', 'First Name'],
    ['lastName', 'LastName', 'Last Name'],
    ['email', 'Email', 'Email'],
  ])('requires each contact to have %s', async (property, pascal, display) => {
    const errors = await fieldErrorsFor(exampleWith((body) => delete body.contacts[2][property]));
    expect(errors).toEqual([
      {
        errorCode: 'NotEmpty',
        fieldName: `Contacts[2].${pascal}`,
        message: `'${display}' must not be empty.`,
        meta: { PropertyName: display },
      },
    ]);
  });

  it('rejects a malformed contact email as Contacts[1].Email', async () => {
    const errors = await fieldErrorsFor(
      exampleWith((body) => (body.contacts[1].email = 'jose@acme')),
    );
    expect(errors).toEqual([
      {
        errorCode: 'Email',
        fieldName: 'Contacts[1].Email',
        message: "'Email' is not a valid email address.",
        meta: { PropertyName: 'Email' },
      },
    ]);
  });

  it('rejects an unknown contact role, naming it and its index', async () => {
    const errors = await fieldErrorsFor(
      exampleWith((body) => (body.contacts[0].roles = ['Primary', 'Owner'])),
    );
    expect(errors).toEqual([
      {
        errorCode: 'Enum',
        fieldName: 'Contacts[0].Roles[1]',
        message: "'Roles' has a range of values which does not include 'Owner'.",
        meta: { PropertyName: 'Roles' },
      },
    ]);
  });

  it('accepts every role by name and by its number 1-6, but not 0 or 7', async () => {
    const roles = [
      'Primary',
      'Technical',
      'Billing',
      'Reseller',
      'Sales',
      'ContractSignatory',
      1,
      2,
      3,
      4,
      5,
      6,
    ];
    expect((await provision(exampleWith((body) => (body.contacts[0].roles = roles)))).status).toBe(
      200,
    );
    const errors = await fieldErrorsFor(
      exampleWith((body) => {
        body.customer.customerId = 'ACME-002';
        body.customer.email = 'other@acme.example';
        body.contacts[0].roles = [0, 7];
      }),
    );
    expect(errors.map((e) => e.fieldName)).toEqual([
      'Contacts[0].Roles[0]',
      'Contacts[0].Roles[1]',
    ]);
  });

  it('reports every failed rule, in DTO order', async () => {
    const errors = await fieldErrorsFor({
      customer: { customerName: ' ', email: 'x' },
      addresses: [{ street: '1 Main St', city: 'Columbia', state: 'SC', postalCode: '29201' }, {}],
      contacts: [{ firstName: 'A', lastName: 'B', email: 'a@b.example' }, { email: 'nope' }],
    });
    expect(errors.map((e) => e.fieldName)).toEqual([
      'Customer.CustomerName',
      'Customer.Email',
      'Addresses[1].Street',
      'Addresses[1].City',
      'Addresses[1].State',
      'Addresses[1].PostalCode',
      'Contacts[1].FirstName',
      'Contacts[1].LastName',
      'Contacts[1].Email',
    ]);
  });

  it('does not provision a request that failed validation', async () => {
    await fieldErrorsFor(exampleWith((body) => (body.contacts[0].email = 'bad')));
    expect((await provision(exampleRequest)).status).toBe(200);
  });
});

describe('POST /provisioning/customer conflicts', () => {
  it('answers 409 Conflict for a customerId provisioned before, in any case', async () => {
    expect((await provision(exampleRequest)).status).toBe(200);
    const response = await provision(
      exampleWith((body) => {
        body.customer.customerId = 'acme-001';
        body.customer.email = 'someone-else@acme.example';
      }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      responseStatus: {
        errorCode: 'Conflict',
        message: 'A customer with this Customer ID already exists.',
        errors: [],
      },
    });
  });

  it('answers 409 Conflict for a customer email provisioned before, in any case', async () => {
    expect((await provision(exampleRequest)).status).toBe(200);
    const response = await provision(
      exampleWith((body) => {
        body.customer.customerId = 'ACME-002';
        body.customer.email = 'OPS@Acme.Example';
      }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      responseStatus: {
        errorCode: 'Conflict',
        message: 'A customer with this email address already exists.',
        errors: [],
      },
    });
  });

  it('does not treat two customers without email or id as a conflict', async () => {
    expect((await provision({ customer: { customerName: 'One' } })).status).toBe(200);
    expect((await provision({ customer: { customerName: 'Two' } })).status).toBe(200);
  });
});

describe('GET /auth', () => {
  it('returns the demo staff user as an AuthenticateResponse', async () => {
    const response = await api.getAuth();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const session = (await response.json()) as Record<string, unknown>;
    expect(session).toEqual({
      userId: expect.stringMatching(/^[0-9a-f]{32}$/),
      sessionId: expect.any(String),
      userName: 'demo.sales',
      displayName: 'Demo Sales',
      firstName: 'Demo',
      lastName: 'Sales',
      email: 'demo.sales@net3.example',
      roles: ['Sales'],
      permissions: [],
    });
    expect(JSON.stringify(session)).not.toContain(API_KEY);
  });

  it('sets ServiceStack session cookies, which a proxy must not pass on', async () => {
    const response = await api.getAuth();
    expect(response.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual([
      'ss-id',
      'ss-pid',
    ]);
  });
});

describe('POST /auth/credentials', () => {
  function signIn(body: unknown) {
    return fetch(`${api.url}/auth/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  it.each(fakeNet3DemoUsers.map((user) => [user.userName, user] as const))(
    'signs in the demo user %s without an API key and answers its AuthenticateResponse',
    async (_name, user) => {
      const response = await signIn({ userName: user.userName, password: user.password });

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        userId: user.userId,
        sessionId: expect.any(String),
        userName: user.userName,
        displayName: user.displayName,
        firstName: user.firstName,
        lastName: user.lastName,
        email: user.email,
        roles: user.roles,
        permissions: [],
      });
      expect(user.userId).toMatch(/^[0-9a-f]{32}$/);
      expect(response.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual([
        'ss-id',
        'ss-pid',
      ]);
    },
  );

  it('matches the user name ignoring case, and the property names too', async () => {
    const response = await signIn({ UserName: 'DEMO.Sales', Password: 'demo-sales-password' });

    expect(response.status).toBe(200);
  });

  it.each([
    ['a wrong password', { userName: 'demo.sales', password: 'demo-support-password' }],
    ['an unknown user', { userName: 'nobody', password: 'demo-sales-password' }],
    ['a password in another case', { userName: 'demo.sales', password: 'DEMO-SALES-PASSWORD' }],
    ['no password', { userName: 'demo.sales' }],
  ])('answers %s with a ServiceStack 401', async (_name, body) => {
    const response = await signIn(body);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      responseStatus: {
        errorCode: 'Unauthorized',
        message: 'Invalid UserName or Password',
        errors: [],
      },
    });
  });

  it('never keeps the password in its list of requests', async () => {
    await signIn({ userName: 'demo.sales', password: 'demo-sales-password' });
    await signIn('{"userName":"demo.sales","PASSWORD":"demo-sales-password"');

    const requests = await api.receivedRequests();

    expect(requests.map((request) => request.accepted)).toEqual([true, false]);
    expect(requests[0]?.body).toEqual({ userName: 'demo.sales', password: '[redacted]' });
    expect(JSON.stringify(requests)).not.toContain('demo-sales-password');
  });

  it('describes the demo users for start-up lines', () => {
    expect(describeDemoUsers()).toBe(
      'demo.sales / demo-sales-password, demo.support / demo-support-password',
    );
  });
});

describe('routes', () => {
  it('answers an unknown route with the plain text 404, without asking for a key', async () => {
    const response = await fetch(`${api.url}/provisioning/customers`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('404');
  });

  it('answers a known route with the wrong method with a ServiceStack 405', async () => {
    const response = await fetch(`${api.url}/provisioning/customer`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as ErrorBody;
    expect(body.responseStatus.errorCode).toBe('MethodNotAllowed');
    expect(body.responseStatus.errors).toEqual([]);
  });

  it('answers DELETE /auth with 405 too', async () => {
    const response = await fetch(`${api.url}/auth`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('matches routes ignoring case and a trailing slash, as ServiceStack does', async () => {
    const response = await fetch(`${api.url}/Auth/`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(response.status).toBe(200);
  });
});
