import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setUpPortalServer } from '../../test/msw-portal-server.ts';
import { failureOf, serviceStackError } from '../../test/servicestack-answers.ts';
import type { ProvisionCustomerModel } from '../contract/provision-customer-model.ts';
import { submitProblemFor } from '../steps/submit-outcome-problem.ts';
import { Net3ApiError } from './net3-api-error.ts';
import { provisionCustomer } from './provision-customer.ts';

const route = '/api/provisioning/customer';

const dto: ProvisionCustomerModel = {
  customer: { customerId: 'ACME-001', customerName: 'Acmé & Söhne, LLC', serviceLevelId: 1 },
  contacts: [{ firstName: 'Zoë', email: 'zoe@acme.example', roles: ['Primary', 'Billing'] }],
  requestCreated: '/Date(1764201600000)/',
};

// The shared examples' error bodies (../shared/net3-api/examples/), as Net3 sends them.
const validationErrorBody = {
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
        errorCode: 'Email',
        fieldName: 'Contacts[1].Email',
        message: "'Email' is not a valid email address.",
        meta: { PropertyName: 'Email' },
      },
      {
        errorCode: 'NotEmpty',
        fieldName: 'Customer.N3TLogins_CompanyId',
        message: "'N3 T Logins_ Company Id' must not be empty.",
        meta: {},
      },
    ],
  },
};

const { server, requests } = setUpPortalServer();

function answerWith(resolver: Parameters<typeof http.post>[1]) {
  server.use(http.post(route, resolver));
}

// The fetch layer chooses no words: what the person reads is the wizard's (submit-problem.ts, submit-outcome-problem.ts).
const wordsFor = (error: Net3ApiError) => submitProblemFor(error).message;

describe('provisionCustomer', () => {
  it('posts the DTO as JSON to the portal on the same origin and returns its JSON answer', async () => {
    answerWith(() => HttpResponse.json({ customerId: 'ACME-001', id: 7 }));

    const answer = await provisionCustomer(dto);

    expect(answer).toEqual({ customerId: 'ACME-001', id: 7 });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${window.location.origin}${route}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('accept')).toBe('application/json');
    // Without it the portal refuses the POST as possibly cross-site.
    expect(request?.headers.get('x-net3-portal')).toBe('1');
    expect(await request?.clone().json()).toEqual(dto);
  });

  it('returns {} when the success has an empty body', async () => {
    answerWith(() => new HttpResponse(null, { status: 200 }));
    await expect(provisionCustomer(dto)).resolves.toEqual({});
  });

  it('returns {} for 204 No Content', async () => {
    answerWith(() => new HttpResponse(null, { status: 204 }));
    await expect(provisionCustomer(dto)).resolves.toEqual({});
  });

  it('refuses a success whose body is HTML (a page, not the API)', async () => {
    answerWith(() => HttpResponse.html('<!doctype html><title>Portal</title>'));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 200, kind: 'unexpected', errorCode: 'InvalidResponse' });
  });

  it('refuses a success whose JSON is not an object', async () => {
    answerWith(() => HttpResponse.json([1, 2]));
    const error = await failureOf(provisionCustomer(dto));
    expect(error.kind).toBe('unexpected');
  });

  it('turns a 400 into field errors with form paths, keeping the names as sent', async () => {
    answerWith(() => HttpResponse.json(validationErrorBody, { status: 400 }));

    const error = await failureOf(provisionCustomer(dto));

    expect(error).toMatchObject({ status: 400, kind: 'validation', errorCode: 'NotEmpty' });
    expect(error.serverMessage).toBe("'Customer Name' must not be empty.");
    expect(wordsFor(error)).toMatch(/correct the fields/i);
    expect(error.fieldErrors).toEqual([
      {
        fieldName: 'Customer.CustomerName',
        formPath: 'customer.customerName',
        errorCode: 'NotEmpty',
        message: "'Customer Name' must not be empty.",
      },
      {
        fieldName: 'Contacts[1].Email',
        formPath: 'contacts.1.email',
        errorCode: 'Email',
        message: "'Email' is not a valid email address.",
      },
      {
        fieldName: 'Customer.N3TLogins_CompanyId',
        formPath: 'customer.n3TLogins_CompanyId',
        errorCode: 'NotEmpty',
        message: "'N3 T Logins_ Company Id' must not be empty.",
      },
    ]);
  });

  it("shows the server's reason for a 400 that names no field", async () => {
    answerWith(() =>
      HttpResponse.json(
        {
          responseStatus: {
            errorCode: 'SerializationException',
            message: 'Could not deserialize body.',
          },
        },
        { status: 400 },
      ),
    );
    const error = await failureOf(provisionCustomer(dto));
    expect(error.fieldErrors).toEqual([]);
    expect(wordsFor(error)).toContain('Could not deserialize body.');
  });

  it('says a 401 means the portal is not authorised and to contact an administrator', async () => {
    answerWith(() => serviceStackError(401, 'Unauthorized', 'Not Authenticated'));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 401, kind: 'unauthorized', errorCode: 'Unauthorized' });
    expect(wordsFor(error)).toMatch(/not authorised.*contact an administrator/i);
    expect(error.serverMessage).toBe('Not Authenticated');
    expect(error.retryable).toBe(false);
  });

  it('says a 403 means the portal is not allowed and to contact an administrator', async () => {
    answerWith(() =>
      HttpResponse.json(
        { responseStatus: { errorCode: 'Forbidden', message: 'Invalid Role' } },
        { status: 403 },
      ),
    );
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 403, kind: 'forbidden', errorCode: 'Forbidden' });
    expect(wordsFor(error)).toMatch(/contact an administrator/i);
  });

  it("copes with ServiceStack's plain-text 404", async () => {
    answerWith(() => HttpResponse.text('404', { status: 404 }));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 404, kind: 'not-found', errorCode: 'Http404' });
    expect(error.serverMessage).toBeUndefined();
    expect(wordsFor(error)).toMatch(/contact an administrator/i);
  });

  it("explains a 409 with the server's own message", async () => {
    answerWith(() =>
      serviceStackError(409, 'Conflict', 'A customer with this Customer ID already exists.'),
    );
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 409, kind: 'conflict', errorCode: 'Conflict' });
    expect(wordsFor(error)).toBe('A customer with this Customer ID already exists.');
  });

  it('explains a 409 that came without a message', async () => {
    answerWith(() => new HttpResponse(null, { status: 409 }));
    const error = await failureOf(provisionCustomer(dto));
    expect(wordsFor(error)).toMatch(/conflicts/);
  });

  it('offers a retry for a 429', async () => {
    answerWith(() => new HttpResponse(null, { status: 429 }));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ kind: 'too-many-requests', retryable: true });
    expect(wordsFor(error)).toMatch(/too many requests.*Nothing was lost/);
  });

  it("says how long to wait when the portal's own 429 says so", async () => {
    const message = 'Too many signups from your network. Try again in 12 minutes.';
    answerWith(() =>
      serviceStackError(429, 'TooManyRequests', message, { headers: { 'Retry-After': '700' } }),
    );
    const error = await failureOf(provisionCustomer(dto));
    expect(wordsFor(error)).toBe(message);
  });

  it("says to sign in again when the portal's 401 is about the session", async () => {
    answerWith(() => serviceStackError(401, 'NotSignedIn', 'not signed in'));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 401, kind: 'unauthorized', errorCode: 'NotSignedIn' });
    expect(wordsFor(error)).toMatch(/not signed in, or your session has ended\. Sign in/);
  });

  it("copes with a 500 whose body is a gateway's HTML page", async () => {
    answerWith(() =>
      HttpResponse.html('<html><body><h1>500 Internal Server Error</h1></body></html>', {
        status: 500,
      }),
    );
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({
      status: 500,
      kind: 'server',
      errorCode: 'Http500',
      retryable: true,
    });
    expect(wordsFor(error)).toMatch(/hit a problem on its side \(error 500\).*try again/i);
  });

  it('copes with a 502 with an empty body', async () => {
    answerWith(() => new HttpResponse(null, { status: 502 }));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 502, kind: 'server', errorCode: 'Http502' });
  });

  it("keeps a 500's responseStatus message for the record", async () => {
    answerWith(() =>
      HttpResponse.json(
        {
          responseStatus: {
            errorCode: 'NullReferenceException',
            message: 'Object reference not set.',
          },
        },
        { status: 500 },
      ),
    );
    const error = await failureOf(provisionCustomer(dto));
    expect(error.errorCode).toBe('NullReferenceException');
    expect(error.serverMessage).toBe('Object reference not set.');
    expect(wordsFor(error)).toMatch(/try again/i);
  });

  it('turns a network failure into a message a person can act on', async () => {
    answerWith(() => HttpResponse.error());
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({
      status: 0,
      kind: 'network',
      errorCode: 'NetworkError',
      retryable: true,
    });
    expect(wordsFor(error)).toBe(
      'Could not reach the portal. Check your connection and try again. Nothing was lost.',
    );
  });

  it('gives up after its timeout when no answer comes', async () => {
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const error = await failureOf(provisionCustomer(dto, { timeoutMs: 20 }));
    expect(error).toMatchObject({
      status: 0,
      kind: 'timeout',
      errorCode: 'Timeout',
      retryable: true,
    });
    expect(wordsFor(error)).toMatch(/did not answer in time/);
  });

  it('says a proxy 504 may have created the customer, and that Retry is safe', async () => {
    answerWith(() => serviceStackError(504, 'GatewayTimeout', 'slow'));
    const error = await failureOf(provisionCustomer(dto));
    expect(error).toMatchObject({ status: 504, kind: 'server', retryable: true });
    expect(wordsFor(error)).toMatch(/may or may not have been created/);
    expect(wordsFor(error)).toMatch(/Retry is safe/);
  });

  it('gives up after its timeout when the body stops arriving half way', async () => {
    answerWith(() => {
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"customerId":'));
        },
      });
      return new HttpResponse(stalled, { headers: { 'Content-Type': 'application/json' } });
    });
    const error = await failureOf(provisionCustomer(dto, { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
  });

  it("rethrows the caller's abort as an AbortError, not a Net3ApiError", async () => {
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    const call = provisionCustomer(dto, { signal: controller.signal });
    controller.abort();
    const error: unknown = await call.catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(Net3ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('does not send at all when the caller has already aborted', async () => {
    answerWith(() => HttpResponse.json({}));
    const error: unknown = await provisionCustomer(dto, { signal: AbortSignal.abort() }).catch(
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['a 500', () => new HttpResponse(null, { status: 500 })],
    ['a 502', () => new HttpResponse(null, { status: 502 })],
    ['a 503', () => new HttpResponse(null, { status: 503 })],
    ['a network failure', () => HttpResponse.error()],
  ])('never retries the POST after %s', async (_name, resolver) => {
    answerWith(resolver);
    await failureOf(provisionCustomer(dto));
    expect(requests).toHaveLength(1);
  });

  it('never retries the POST after a timeout', async () => {
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    await failureOf(provisionCustomer(dto, { timeoutMs: 20 }));
    await delay(50);
    expect(requests).toHaveLength(1);
  });
});
