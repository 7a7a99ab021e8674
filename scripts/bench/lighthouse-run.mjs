// One Lighthouse 12 run (mobile: emulated Moto G Power, slow 4G, 4x CPU) of one URL with one
// throttling method, in a headless system Chromium started here with a fresh profile for that
// run alone; Lighthouse attaches to it on its debugging port. Chromium is stopped whatever
// happens, and a run that hangs is ended after RUN_TIMEOUT_MS by stopping its Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs } from '../find-chromium.mjs';

// Devtools throttling waits 5.25 s of quiet after load on top of a really throttled load.
const RUN_TIMEOUT_MS = 180_000;

export const scoredMetricAudits = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** System Chromium, headless, with a fresh profile and a debugging port chosen by Chromium. */
async function launchChromium(chromiumPath) {
  const profile = mkdtempSync(join(tmpdir(), 'net3-bench-lighthouse-'));
  const child = spawn(
    chromiumPath,
    [
      '--headless=new',
      ...chromiumArgs,
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const spawnFailed = new Promise((resolve) => child.once('error', resolve));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
    }
    // Chromium's helper processes can still be writing to the profile for a moment after the
    // browser exits; a leftover temporary profile is harmless, so it never fails a run.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // Left in the temporary folder.
    }
  };
  const deadline = Date.now() + 20_000;
  let spawnError = null;
  void spawnFailed.then((error) => {
    spawnError = error;
  });
  for (;;) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return { port, close };
    } catch {
      // Not written yet.
    }
    if (spawnError || child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(
        `Chromium (${chromiumPath}) did not open its debugging port` +
          (spawnError ? `: ${spawnError.message}` : ''),
      );
    }
    await sleep(100);
  }
}

/** The figures of one Lighthouse result (lhr), with what helps explain them. */
function summarize(lhr) {
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  // Lighthouse 13 names the LCP element in its LCP breakdown insight: a list of the subparts'
  // table, then the element's node (missing when the trace does not name one).
  const lcpNode = lhr.audits['lcp-breakdown-insight']?.details?.items?.find(
    (item) => item.type === 'node',
  );
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
    lcpElement: lcpNode ? (lcpNode.nodeLabel ?? lcpNode.snippet ?? '') : '',
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
    failedAccessibilityAudits: lhr.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
    // Where the main thread's time goes (with devtools throttling, times as observed at 4x).
    mainThreadMs: Object.fromEntries(
      (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((item) => [
        item.groupLabel,
        item.duration,
      ]),
    ),
    transferBytes: metric('total-byte-weight'),
    unusedJavaScriptBytes: lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? null,
    erroredAudits: Object.entries(lhr.audits)
      .filter(([, audit]) => audit.scoreDisplayMode === 'error')
      .map(([id, audit]) => ({ id, message: audit.errorMessage })),
  };
}

/**
 * Runs Lighthouse once on `url` with `throttlingMethod` ('devtools' or 'simulate'); `cookie`
 * ("name=value") goes with every request. Resolves to the summary plus `html`, the report.
 */
export async function runLighthouseOnce({
  lighthouse,
  url,
  chromiumPath,
  throttlingMethod,
  cookie = null,
}) {
  const chromium = await launchChromium(chromiumPath);
  let timer;
  try {
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Lighthouse took over ${RUN_TIMEOUT_MS / 1000} s on ${url}`));
        void chromium.close();
      }, RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([
      lighthouse(url, {
        port: chromium.port,
        logLevel: 'error',
        output: 'html',
        onlyCategories: ['performance', 'accessibility'],
        throttlingMethod,
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      }),
      timedOut,
    ]);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (lhr.configSettings.throttlingMethod !== throttlingMethod)
      throw new Error(
        `Lighthouse ran with ${lhr.configSettings.throttlingMethod} throttling, not ${throttlingMethod}`,
      );
    return { html: result.report, ...summarize(lhr) };
  } finally {
    clearTimeout(timer);
    await chromium.close();
  }
}
