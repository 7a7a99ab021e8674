// Makes sure a Chromium exists for the e2e tests, installing one when none is found:
// Debian's package when we are root with apt-get, otherwise Playwright's download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

function run(command) {
  console.log(`[ensure-chromium] $ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

let found = findChromium();
if (found) {
  console.log(`[ensure-chromium] using ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`[ensure-chromium] CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}
console.log('[ensure-chromium] no Chromium found: installing one.');
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  run('apt-get update');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium');
} else {
  run('npx playwright install chromium');
}
found = findChromium();
if (!found) {
  console.error('[ensure-chromium] still no Chromium. Set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
console.log(`[ensure-chromium] using ${found}`);
