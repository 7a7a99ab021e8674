// Finds a Chromium for Playwright: CHROMIUM_PATH, then the system's, then Playwright's own.
// Playwright cannot download its browser on every machine we run on, so we look first.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = systemCandidates.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its own browser was never installed.
  }
  return undefined;
}

// Flags every Chromium launch here needs: no sandbox as root, and no background
// traffic (this machine's network is closed and Chromium would flood it with retries).
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
