// Where the e2e servers listen, the key they share (the fake checks it like Net3 would) and
// the throwaway databases the e2e portals keep their ledger in. E2E_PORT_BASE moves all three
// ports, so two checkouts can run their e2e side by side.
import os from 'node:os';
import path from 'node:path';

const portBase = Number(process.env.E2E_PORT_BASE ?? 4510);
export const E2E_FAKE_PORT = portBase;
export const E2E_PORTAL_PORT = portBase + 1;
/**
 * A second portal on the same fake, with the production signup limit (5 an hour from one
 * address), for the test that the sixth signup is refused. The main portal's limit is high
 * so no other test is refused; every e2e request comes from 127.0.0.1 and the portal has
 * no way (and must have none) to reset its limits.
 */
export const E2E_RATE_LIMITED_PORTAL_PORT = portBase + 2;
export const E2E_RATE_LIMITED_SIGNUPS = 5;
export const E2E_FAKE_URL = `http://127.0.0.1:${E2E_FAKE_PORT}`;
export const E2E_FAKE_KEY = 'e2e-test-key-4f1c9b2a';
/** Signs the portal's staff session cookie in the e2e run (any 32+ characters). */
export const E2E_SESSION_SECRET = 'e2e-session-secret-0b6f2d9c41a87e35';

// Playwright loads this file in its runner and again in every worker: the run id is made once,
// in the runner, and workers inherit it through the environment, so all see the same files.
process.env.E2E_RUN_ID ??= `${Date.now()}-${process.pid}`;
const runId = process.env.E2E_RUN_ID;

/**
 * Each portal's SQLite file for this run, in the system's temp folder: the e2e portals never
 * write the developer's data/portal.sqlite, and every run starts with an empty ledger. One
 * file per portal, so their start-up migrations never race each other.
 */
export const E2E_DATABASE_FILES = {
  portal: path.join(os.tmpdir(), `net3-portal-e2e-${runId}.sqlite`),
  rateLimitedPortal: path.join(os.tmpdir(), `net3-portal-e2e-${runId}-rate-limited.sqlite`),
} as const;
