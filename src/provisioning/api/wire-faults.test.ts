// Issue 11 in the fetch layer: a PascalCase 400 (a Net3 set up for PascalCase JSON) lands as
// field errors exactly like a camelCase one (item 7); offline, nothing is sent and the error
// says so at once (item 8); every error from an answer keeps its X-Request-Id, and the words
// a person reads end with "Reference: <id>" (item 9).
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpPortalServer } from '../../test/msw-portal-server.ts';
import { failureOf, serviceStackError } from '../../test/servicestack-answers.ts';
import { REQUEST_ID_HEADER } from '../contract/portal-wire.ts';
import { submitProblemFor } from '../steps/submit-outcome-problem.ts';
import { problemMessageFor } from '../steps/submit-problem.ts';
import { OFFLINE_ERROR_CODE } from './net3-api-error.ts';
import { provisionCustomer } from './provision-customer.ts';

const route = '/api/provisioning/customer';
const dto = { customer: { customerId: 'ACME-001', customerName: 'Acme' } };
const { server, requests } = setUpPortalServer();

const camelCase400 = {
  responseStatus: {
    errorCode: 'Email',
    message: "'Email' is not a valid email address.",
    errors: [
      {
        errorCode: 'Email',
        fieldName: 'Contacts[1].Email',
        message: "'Email' is not a valid email address.",
      },
      { errorCode: 'NotEmpty', fieldName: 'Customer.CustomerName', message: 'Required.' },
    ],
  },
};
const pascalCase400 = {
  ResponseStatus: {
    ErrorCode: 'Email',
    Message: "'Email' is not a valid email address.",
    Errors: [
      {
        ErrorCode: 'Email',
        FieldName: 'Contacts[1].Email',
        Message: "'Email' is not a valid email address.",
      },
      { ErrorCode: 'NotEmpty', FieldName: 'Customer.CustomerName', Message: 'Required.' },
    ],
  },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a PascalCase 400', () => {
  it('lands as the same field errors, code and message as the camelCase one', async () => {
    server.use(http.post(route, () => HttpResponse.json(camelCase400, { status: 400 })));
    const camel = await failureOf(provisionCustomer(dto));
    server.use(http.post(route, () => HttpResponse.json(pascalCase400, { status: 400 })));
    const pascal = await failureOf(provisionCustomer(dto));

    expect(pascal.fieldErrors).toEqual([
      {
        fieldName: 'Contacts[1].Email',
        formPath: 'contacts.1.email',
        errorCode: 'Email',
        message: "'Email' is not a valid email address.",
      },
      {
        fieldName: 'Customer.CustomerName',
        formPath: 'customer.customerName',
        errorCode: 'NotEmpty',
        message: 'Required.',
      },
    ]);
    expect(pascal).toMatchObject({
      kind: 'validation',
      errorCode: 'Email',
      serverMessage: "'Email' is not a valid email address.",
    });
    expect(pascal.fieldErrors).toEqual(camel.fieldErrors);
  });
});

describe('offline', () => {
  it('sends nothing, and says at once that nothing was sent and to press Retry', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    server.use(http.post(route, () => HttpResponse.json({ customerId: 'ACME-001' })));

    const error = await failureOf(provisionCustomer(dto));

    expect(requests).toHaveLength(0);
    expect(error).toMatchObject({
      status: 0,
      kind: 'network',
      errorCode: OFFLINE_ERROR_CODE,
      retryable: true,
      requestId: undefined,
    });
    expect(submitProblemFor(error)).toEqual({
      title: 'The customer was not submitted',
      message:
        'This device is offline, so nothing was sent. Your answers are kept: when the connection is back, press Retry.',
      canRetry: true,
    });
    expect(submitProblemFor(error, 'reseller').message).toMatch(/offline, so nothing was sent/);
    expect(problemMessageFor(error)).toMatch(/^This device is offline, so nothing was sent/);
  });
});

describe('the reference', () => {
  const id = '5b0c9a3e-4d1f-4a7b-9c2e-1f0a8b7c6d5e';
  const withId = { headers: { [REQUEST_ID_HEADER]: id } };

  it("keeps the answer's X-Request-Id on the error, and ends every message with it", async () => {
    server.use(http.post(route, () => serviceStackError(500, 'Boom', 'It broke.', withId)));
    const error = await failureOf(provisionCustomer(dto));

    expect(error.requestId).toBe(id);
    expect(submitProblemFor(error).message).toMatch(new RegExp(`Reference: ${id}$`));
    expect(submitProblemFor(error, 'reseller').message).toMatch(new RegExp(`Reference: ${id}$`));
    expect(problemMessageFor(error)).toMatch(new RegExp(`Reference: ${id}$`));
  });

  it('keeps it on 4xx refusals and on a success that could not be read', async () => {
    server.use(http.post(route, () => serviceStackError(409, 'Conflict', 'Exists.', withId)));
    const conflict = await failureOf(provisionCustomer(dto));
    server.use(http.post(route, () => new HttpResponse('<html>', { status: 200, ...withId })));
    const unreadable = await failureOf(provisionCustomer(dto));

    expect(conflict.requestId).toBe(id);
    expect(submitProblemFor(conflict).message).toBe(`Exists. Reference: ${id}`);
    expect(unreadable.requestId).toBe(id);
  });

  it('shows no reference when no answer came', async () => {
    server.use(http.post(route, () => HttpResponse.error()));
    const error = await failureOf(provisionCustomer(dto));

    expect(error.requestId).toBeUndefined();
    expect(submitProblemFor(error).message).not.toContain('Reference');
  });
});
