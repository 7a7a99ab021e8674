// Where the e2e servers listen and the key they share; the fake checks it like Net3 would.
// E2E_PORT_BASE moves all three ports, so two checkouts can run their e2e side by side.
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
/** Seals the portal's staff session cookie in the e2e run (any 32+ characters). */
export const E2E_SESSION_SECRET = 'e2e-session-secret-0b6f2d9c41a87e35';
