import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Net3ApiError } from '../../provisioning/api/net3-api-error.ts';
import { submitSignup, type SignupSubmission } from './submit-signup.ts';

const route = '/api/signup';
const signup: SignupSubmission = {
  customer: {
    customerName: 'Reseller Co',
    email: 'owner@reseller.example',
    parentCompanyId: 'REF-42',
  },
  addresses: [
    { street: '1 Main St', city: 'Columbia', state: 'SC', postalCode: '29201', primary: true },
  ],
  contacts: [
    { firstName: 'Ann', lastName: 'Lee', email: 'ann@reseller.example', roles: ['Primary'] },
  ],
  website: '',
};

const server = setupServer();
let requests: Request[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(request);
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = [];
});
afterAll(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<Net3ApiError> {
  const error: unknown = await promise.then(
    () => expect.fail('expected the call to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Net3ApiError);
  return error as Net3ApiError;
}

describe('submitSignup', () => {
  it('posts the signup as JSON with the portal header and returns the answer', async () => {
    server.use(http.post(route, () => HttpResponse.json({ customerId: 'N3-000123' })));

    await expect(submitSignup(signup)).resolves.toEqual({ customerId: 'N3-000123' });

    const [request] = requests;
    expect(request?.url).toBe(`${window.location.origin}${route}`);
    expect(request?.headers.get('x-net3-portal')).toBe('1');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.clone().json()).toEqual(signup);
  });

  it('resolves {} for the empty answer', async () => {
    server.use(http.post(route, () => HttpResponse.json({})));

    await expect(submitSignup(signup)).resolves.toEqual({});
  });

  it('says how long to wait when the network signed up too often, and keeps it retryable', async () => {
    const message =
      'Too many signups from your network. Try again in 42 minutes. What you entered is still here.';
    server.use(
      http.post(route, () =>
        HttpResponse.json(
          { responseStatus: { errorCode: 'TooManyRequests', message, errors: [] } },
          { status: 429, headers: { 'Retry-After': '2500' } },
        ),
      ),
    );

    const error = await failureOf(submitSignup(signup));

    expect(error).toMatchObject({
      status: 429,
      kind: 'too-many-requests',
      retryable: true,
      message,
    });
  });

  it("maps Net3's field errors to form paths", async () => {
    server.use(
      http.post(route, () =>
        HttpResponse.json(
          {
            responseStatus: {
              errorCode: 'Email',
              message: "'Email' is not a valid email address.",
              errors: [
                {
                  errorCode: 'Email',
                  fieldName: 'Contacts[0].Email',
                  message: "'Email' is not a valid email address.",
                },
              ],
            },
          },
          { status: 400 },
        ),
      ),
    );

    const error = await failureOf(submitSignup(signup));

    expect(error.fieldErrors).toEqual([expect.objectContaining({ formPath: 'contacts.0.email' })]);
  });

  it('sends once, never again after a failure', async () => {
    server.use(http.post(route, () => new HttpResponse(null, { status: 503 })));

    await failureOf(submitSignup(signup));

    expect(requests).toHaveLength(1);
  });
});
