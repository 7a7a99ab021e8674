// CI size check: fails when the JavaScript needed for the first wizard step goes over
// its gzip budget. Sizes are deterministic, so this is safe to run on every build.
import { FIRST_STEP_BUDGET_BYTES, measureBundle } from './bench/first-step-bundle.mjs';

const { firstStepGzipBytes, totalGzipBytes } = measureBundle('dist');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = firstStepGzipBytes <= FIRST_STEP_BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `[bundle] first step ${kB(firstStepGzipBytes)} gzip (${verdict} budget ${kB(FIRST_STEP_BUDGET_BYTES)}); all JS ${kB(totalGzipBytes)} gzip`,
);
if (firstStepGzipBytes > FIRST_STEP_BUDGET_BYTES) {
  console.error(
    '[bundle] the first step loads too much JavaScript: lazy-load later steps or trim imports.',
  );
  process.exit(1);
}
