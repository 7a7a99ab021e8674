import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { submitProblemFor } from '../../provisioning/steps/submit-outcome-problem.ts';
import { setUpPortalServer } from '../../test/msw-portal-server.ts';
import { failureOf, serviceStackError } from '../../test/servicestack-answers.ts';
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

const { server, requests } = setUpPortalServer();

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
        serviceStackError(429, 'TooManyRequests', message, { headers: { 'Retry-After': '2500' } }),
      ),
    );

    const error = await failureOf(submitSignup(signup));

    expect(error).toMatchObject({ status: 429, kind: 'too-many-requests', retryable: true });
    // The words are the signup page's (submit-outcome-problem.ts, for a reseller).
    expect(submitProblemFor(error, 'reseller').message).toBe(message);
  });

  it("maps Net3's field errors to form paths", async () => {
    const message = "'Email' is not a valid email address.";
    server.use(
      http.post(route, () =>
        serviceStackError(400, 'Email', message, {
          errors: [{ errorCode: 'Email', fieldName: 'Contacts[0].Email', message }],
        }),
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
