// The foundation end to end: the built app loads, staff sign in through the portal (Net3's
// credentials auth on the fake), and the portal's proxy reaches the fake Net3 API with the
// key it injects, only on the routes it must forward, and only for a signed-in session.
import type { APIRequestContext } from '@playwright/test';
import { test, expect, expectNoAxeViolations, demoSales } from './fixtures.ts';
import { E2E_FAKE_KEY } from './e2e-env.ts';

// The portal refuses state-changing requests without it (cross-site request forgery).
const portalHeader = { 'X-Net3-Portal': '1' };

async function signInAsDemoSales(request: APIRequestContext) {
  const response = await request.post('/api/session', { data: demoSales, headers: portalHeader });
  expect(response.status()).toBe(200);
  return response;
}

test('the portal loads in Chromium with its heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Net3 Customer Portal');
  await expectNoAxeViolations(page, 'the first page');
});

test('GET /api/auth answers 401 without a session and asks Net3 nothing', async ({
  request,
  fake,
}) => {
  const response = await request.get('/api/auth', {
    headers: { Authorization: 'Bearer browser-forged' },
  });
  expect(response.status()).toBe(401);
  const body = await response.json();
  expect(body.responseStatus.errorCode).toBe('NotSignedIn');
  expect(await fake.requests()).toEqual([]);
});

test('a staff member signs in with Net3 credentials and /api/auth answers from the portal session', async ({
  request,
  fake,
}) => {
  const signIn = await signInAsDemoSales(request);
  const setCookie = signIn.headers()['set-cookie'] ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  expect(JSON.stringify(await signIn.json())).not.toContain(demoSales.password);

  const response = await request.get('/api/auth');
  expect(response.status()).toBe(200);
  const session = await response.json();
  expect(session.userId).toMatch(/^[0-9a-f]{32}$/);
  expect(session.userName).toBe('demo.sales');
  expect(JSON.stringify(session)).not.toContain(E2E_FAKE_KEY);

  // Only the sign-in reached Net3, as the person (no portal key); /api/auth stayed local.
  const received = await fake.requests();
  expect(received.map((r) => r.path)).toEqual(['/auth/credentials']);
  expect(received[0]?.headers.authorization).toBeUndefined();
});

test('a wrong password gets one message and no session', async ({ request }) => {
  const response = await request.post('/api/session', {
    data: { ...demoSales, password: 'not-it' },
    headers: portalHeader,
  });
  expect(response.status()).toBe(401);
  expect((await response.json()).responseStatus.message).toBe(
    'The username or password is not right. Check them and try again.',
  );
  expect((await request.get('/api/auth')).status()).toBe(401);
});

test('an unknown /api path gets a ServiceStack-shaped 404 and is never forwarded', async ({
  request,
  fake,
}) => {
  const response = await request.get('/api/admin/customers');
  expect(response.status()).toBe(404);
  const body = await response.json();
  expect(body.responseStatus.errorCode).toBeTruthy();
  expect(await fake.requests()).toEqual([]);
});

test('a POST without a session or without the portal header is refused and never forwarded', async ({
  request,
  fake,
}) => {
  const customer = { customer: { customerName: 'No Session LLC' } };
  const withoutSession = await request.post('/api/provisioning/customer', {
    data: customer,
    headers: portalHeader,
  });
  await signInAsDemoSales(request);
  const withoutHeader = await request.post('/api/provisioning/customer', { data: customer });

  expect(withoutSession.status()).toBe(401);
  expect(withoutHeader.status()).toBe(403);
  expect(await fake.acceptedProvisionRequests()).toEqual([]);
});

test('a staff POST reaches Net3 with the key the proxy adds, the address the proxy saw and the signed-in createdBy', async ({
  request,
  fake,
}) => {
  await signInAsDemoSales(request);
  const response = await request.post('/api/provisioning/customer', {
    headers: { ...portalHeader, Authorization: 'Bearer browser-forged' },
    data: {
      customer: { customerName: 'Proxy Check LLC', email: 'proxy-check@example.com' },
      requesterIP: '203.0.113.99',
      createdBy: { username: 'someone.else' },
    },
  });
  expect(response.status()).toBe(200);
  const [received] = await fake.acceptedProvisionRequests();
  expect(received?.headers.authorization).toBe(`Bearer ${E2E_FAKE_KEY}`);
  expect(received?.headers.cookie).toBeUndefined();
  const body = received?.body as { requesterIP?: string; createdBy?: Record<string, string> };
  expect(body.requesterIP).toBe('127.0.0.1');
  expect(body.createdBy).toEqual({
    userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
    username: 'demo.sales',
    email: 'demo.sales@net3.example',
    firstName: 'Demo',
    lastName: 'Sales',
  });
  expect(JSON.stringify(await response.json())).not.toContain(E2E_FAKE_KEY);
});

test('a public signup reaches Net3 with only what the signup policy allows', async ({
  request,
  fake,
}) => {
  const response = await request.post('/api/signup', {
    headers: portalHeader,
    data: {
      customer: {
        customerName: 'Signup Check LLC',
        email: 'signup-check@example.com',
        serviceLevelId: 4,
        typePricingTierId: 4,
      },
      requesterIP: '203.0.113.99',
    },
  });
  expect(response.status()).toBe(200);
  const [received] = await fake.acceptedProvisionRequests();
  const body = received?.body as { customer: Record<string, unknown>; requesterIP: string };
  expect(body.customer).toMatchObject({
    customerName: 'Signup Check LLC',
    isReseller: true,
    serviceLevelId: 1,
    typePricingTierId: 1,
    typeCustomerStatusId: 2,
  });
  expect(body.requesterIP).toBe('127.0.0.1');
});
