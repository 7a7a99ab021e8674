// Where the e2e servers listen and the key they share; the fake checks it like Net3 would.
export const E2E_FAKE_PORT = 4510;
export const E2E_PORTAL_PORT = 4511;
export const E2E_FAKE_URL = `http://127.0.0.1:${E2E_FAKE_PORT}`;
export const E2E_FAKE_KEY = 'e2e-test-key-4f1c9b2a';
/** Seals the portal's staff session cookie in the e2e run (any 32+ characters). */
export const E2E_SESSION_SECRET = 'e2e-session-secret-0b6f2d9c41a87e35';
