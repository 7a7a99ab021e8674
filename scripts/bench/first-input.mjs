// "The signup's first input on screen within 1.5 s on slow 4G with 4x CPU" (issue 12),
// measured directly rather than read off Lighthouse: Playwright drives the system Chromium,
// throttled through Chrome DevTools exactly as Lighthouse's devtools method throttles (its own
// slow-4G constants, from node_modules/lighthouse, and a 4x CPU slowdown), emulating the same
// phone (Moto G Power: 412×823 at 1.75x, mobile user agent). first-input-probe.browser.js
// records in the page when the first text input is on screen and painted.

// Functions passed to page.evaluate run in the browser, where window is the page's.
/* global window, document */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import {
  screenEmulationMetrics,
  throttling,
  userAgents,
} from 'lighthouse/core/config/constants.js';
import { chromiumArgs } from '../find-chromium.mjs';
import { devtoolsNetworkConditions } from './entry-page-budgets.mjs';

const probeFile = fileURLToPath(new URL('./first-input-probe.browser.js', import.meta.url));

/** Lighthouse's slow 4G and CPU slowdown, as Lighthouse's devtools method applies them. */
export const SLOW_4G = throttling.mobileSlow4G;
export const SLOW_4G_CONDITIONS = devtoolsNetworkConditions(SLOW_4G);

const TIMEOUT_MS = 60_000;

/**
 * One cold load of `url` in a browser of its own (a fresh temporary profile: nothing cached,
 * no cookies unless `cookie` is given). Resolves to `{ foundAt, paintedAt, label }` in ms
 * from navigation start; throws with what the page shows when no input appears in time.
 */
export async function measureFirstInputOnce({ chromiumPath, url, cookie = null }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const phone = screenEmulationMetrics.mobile;
    const context = await browser.newContext({
      viewport: { width: phone.width, height: phone.height },
      deviceScaleFactor: phone.deviceScaleFactor,
      isMobile: true,
      hasTouch: true,
      userAgent: userAgents.mobile,
    });
    if (cookie) {
      const [name, ...value] = cookie.split('=');
      await context.addCookies([{ name, value: value.join('='), url }]);
    }
    const page = await context.newPage();
    await page.addInitScript({ path: probeFile });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G_CONDITIONS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdownMultiplier });
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    try {
      // Polled by a timer, not every frame, so the waiting adds next to nothing to the
      // throttled main thread it is measuring.
      await page.waitForFunction(() => window.__net3FirstInput?.paintedAt != null, null, {
        polling: 200,
        timeout: TIMEOUT_MS,
      });
    } catch (error) {
      const text = await page
        .evaluate(() => document.body?.innerText ?? '')
        .catch(() => '(page not readable)');
      throw new Error(
        `no text input came on screen at ${url} within ${TIMEOUT_MS / 1000} s ` +
          `(${error.message.split('\n')[0]}); the page shows: "${text.slice(0, 200)}"`,
        { cause: error },
      );
    }
    return await page.evaluate(() => {
      const { foundAt, paintedAt, label } = window.__net3FirstInput;
      return { foundAt, paintedAt, label };
    });
  } finally {
    await browser.close();
  }
}
