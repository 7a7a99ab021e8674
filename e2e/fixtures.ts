// Playwright fixtures shared by every spec: a handle on the fake Net3 API (what it
// received, queued faults, a reset before each test) and an axe check for WCAG 2.2 AA.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { E2E_FAKE_URL } from './e2e-env.ts';

export type FakeNet3Request = {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  accepted: boolean;
  response: { status: number; body: unknown } | null;
};

export type FakeNet3Fault = {
  status?: number;
  body?: string | object;
  contentType?: string;
  delayMs?: number;
  dropConnection?: boolean;
  route?: '/provisioning/customer' | '/auth' | '/auth/credentials';
  times?: number;
};

export type FakeNet3 = {
  requests(): Promise<FakeNet3Request[]>;
  acceptedProvisionRequests(): Promise<FakeNet3Request[]>;
  queueFault(fault: FakeNet3Fault): Promise<void>;
};

async function fakeFetch(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${E2E_FAKE_URL}${path}`, init);
  if (!response.ok) throw new Error(`fake Net3 API ${path} answered ${response.status}`);
  return response;
}

export const test = base.extend<{ fake: FakeNet3 }>({
  // Playwright reads the fixtures a fixture needs from its first parameter: none here.
  // eslint-disable-next-line no-empty-pattern
  fake: async ({}, use) => {
    await fakeFetch('/__fake/reset', { method: 'POST' });
    const requests = async () =>
      (await (await fakeFetch('/__fake/requests')).json()) as FakeNet3Request[];
    await use({
      requests,
      acceptedProvisionRequests: async () =>
        (await requests()).filter((r) => r.path === '/provisioning/customer' && r.accepted),
      queueFault: async (fault) => {
        await fakeFetch('/__fake/faults', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(fault),
        });
      },
    });
  },
});

export { expect };

/** Fails the test with the list of violations when axe finds any WCAG 2.2 AA problem. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** A built-in fake's staff user (docs/demo-users.md): made up, public, never in Net3. */
export const demoSales = { userName: 'demo.sales', password: 'demo-sales-password' } as const;

/**
 * `staffPage`: the test's page, signed in as demo.sales through the portal's API before it
 * visits anything (page.request shares its cookies with the page). The fake is reset first.
 */
export const staffTest = test.extend<{ staffPage: Page }>({
  staffPage: async ({ page, fake }, use) => {
    // Depends on `fake` so the reset happens before the sign-in, never after it.
    void fake;
    const response = await page.request.post('/api/session', {
      headers: { 'X-Net3-Portal': '1' },
      data: demoSales,
    });
    expect(response.status(), 'demo.sales signs in').toBe(200);
    // Drafts are kept on the server per person: each test starts without an earlier one's.
    const cleared = await page.request.delete('/api/draft', { headers: { 'X-Net3-Portal': '1' } });
    expect(cleared.status(), 'the server draft is cleared').toBe(204);
    await use(page);
  },
});
