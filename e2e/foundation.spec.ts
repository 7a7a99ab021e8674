// The foundation end to end: the built app loads, and the portal's proxy reaches the
// fake Net3 API with the key it injects, and only on the routes it must forward.
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { E2E_FAKE_KEY } from './e2e-env.ts';

test('the portal loads in Chromium with its heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Net3 Customer Portal');
  await expectNoAxeViolations(page, 'the first page');
});

test('GET /api/auth answers through the proxy with the key the proxy adds', async ({ request, fake }) => {
  const response = await request.get('/api/auth', {
    headers: { Authorization: 'Bearer browser-forged', Cookie: 'ss-id=browser' },
  });
  expect(response.status()).toBe(200);
  const session = await response.json();
  expect(session.userId).toMatch(/^[0-9a-f]{32}$/);

  const [received] = await fake.requests();
  expect(received?.path).toBe('/auth');
  expect(received?.headers.authorization).toBe(`Bearer ${E2E_FAKE_KEY}`);
  expect(received?.headers.cookie).toBeUndefined();
  expect(JSON.stringify(await response.json())).not.toContain(E2E_FAKE_KEY);
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

test('a POST the browser forges with its own requesterIP reaches Net3 with the address the proxy saw', async ({
  request,
  fake,
}) => {
  const response = await request.post('/api/provisioning/customer', {
    data: {
      customer: { customerName: 'Proxy Check LLC', email: 'proxy-check@example.com' },
      requesterIP: '203.0.113.99',
    },
  });
  expect(response.status()).toBe(200);
  const [received] = await fake.acceptedProvisionRequests();
  expect((received?.body as { requesterIP?: string }).requesterIP).toBe('127.0.0.1');
});
