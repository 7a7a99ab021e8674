// End-to-end tests: the built portal (`npm start`) proxies to a fake Net3 API started
// on its own port, so tests can read what the fake received and queue faults.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import {
  E2E_DATABASE_FILES,
  E2E_FAKE_KEY,
  E2E_FAKE_URL,
  E2E_FAKE_PORT,
  E2E_PORTAL_PORT,
  E2E_RATE_LIMITED_PORTAL_PORT,
  E2E_RATE_LIMITED_SIGNUPS,
  E2E_SESSION_SECRET,
} from './e2e/e2e-env.ts';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // Removes this run's throwaway ledger files once the servers have stopped.
  globalTeardown: './e2e/remove-e2e-databases.ts',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORTAL_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: 'npm run fake-api',
      url: `${E2E_FAKE_URL}/__fake/requests`,
      env: { PORT: String(E2E_FAKE_PORT), NET3_FAKE_KEY: E2E_FAKE_KEY },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'npm start',
      url: `http://127.0.0.1:${E2E_PORTAL_PORT}/healthz`,
      env: {
        PORT: String(E2E_PORTAL_PORT),
        HOST: '127.0.0.1',
        NET3_API_URL: E2E_FAKE_URL,
        NET3_API_KEY: E2E_FAKE_KEY,
        SESSION_SECRET: E2E_SESSION_SECRET,
        DATABASE_URL: `file:${E2E_DATABASE_FILES.portal}`,
        // Every e2e test signs in from 127.0.0.1; the wrong-password test must not lock the rest out.
        SIGNIN_RATE_LIMIT: '1000',
        SIGNUP_RATE_LIMIT: '1000',
      },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      // The same built portal with the real signup limit, used only by the rate-limit test.
      command: 'npm start',
      url: `http://127.0.0.1:${E2E_RATE_LIMITED_PORTAL_PORT}/healthz`,
      env: {
        PORT: String(E2E_RATE_LIMITED_PORTAL_PORT),
        HOST: '127.0.0.1',
        NET3_API_URL: E2E_FAKE_URL,
        NET3_API_KEY: E2E_FAKE_KEY,
        SESSION_SECRET: E2E_SESSION_SECRET,
        DATABASE_URL: `file:${E2E_DATABASE_FILES.rateLimitedPortal}`,
        SIGNUP_RATE_LIMIT: String(E2E_RATE_LIMITED_SIGNUPS),
        SIGNUP_RATE_WINDOW_MINUTES: '60',
      },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
});
