// A stand-in for the portal's /api routes in component tests (MSW): the choice lists, the
// signed-in session, and POST /api/provisioning/customer, whose answer each test chooses.
// It records every provisioning request so a test can count them and read their bodies.
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { setupServer } from 'msw/node';
import type { ProvisionCustomerModel } from './contract/provision-customer-model.ts';

export const testChoiceLists = {
  serviceLevels: [
    { id: 1, name: 'Essential' },
    { id: 2, name: 'Standard' },
  ],
  pricingTiers: [
    { id: 1, name: 'List price' },
    { id: 2, name: 'Partner' },
  ],
  customerStatuses: [
    { id: 1, name: 'Active' },
    { id: 2, name: 'Trial' },
  ],
};

export const testSession = {
  userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  sessionId: 'session-1',
  userName: 'rep1',
  displayName: 'Rep One',
  email: 'rep@net3.example',
  roles: ['Sales'],
};

export const provisionRoute = '/api/provisioning/customer';

export function createWizardTestApi() {
  const provisionRequests: ProvisionCustomerModel[] = [];
  const server = setupServer(
    http.get('/api/choice-lists', () => HttpResponse.json(testChoiceLists)),
    http.get('/api/auth', () => HttpResponse.json(testSession)),
    http.post(provisionRoute, () => HttpResponse.json({ customerId: 'CUST-1001' })),
    // No earlier submission looks like the customer, unless a test says otherwise.
    http.get('/api/duplicates', () => HttpResponse.json({ matches: [] })),
  );
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === provisionRoute) {
      void request
        .clone()
        .json()
        .then((body) => provisionRequests.push(body as ProvisionCustomerModel));
    }
  });
  return {
    server,
    provisionRequests,
    /** Answers the next provisioning requests with `resolver` (until the test ends). */
    answerProvisionWith(resolver: HttpResponseResolver) {
      server.use(http.post(provisionRoute, resolver));
    },
    failChoiceLists() {
      server.use(
        http.get('/api/choice-lists', () => HttpResponse.text('Bad gateway', { status: 502 })),
      );
    },
  };
}
