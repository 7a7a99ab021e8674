// Part 2 of `npm run bench`: Lighthouse 12 (default mobile settings: emulated Moto G Power,
// simulated slow 4G and 4x CPU slowdown) against the production server, several runs per
// page, the median of each figure against its budget. Chromium is the system's, started
// here with a fresh profile for every run, and Lighthouse attaches to it on its debugging port.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs } from '../find-chromium.mjs';
import {
  figure,
  formatMilliseconds,
  formatScore,
  formatSeconds,
  formatShift,
  median,
  partResult,
  table,
} from './bench-figures.mjs';
import { repoRoot, signInAsDemoStaff, startProductionServer } from './bench-processes.mjs';

export const LIGHTHOUSE_BUDGETS = {
  performance: 100,
  accessibility: 100,
  lcpMs: 1000,
  tbtMs: 50,
  cls: 0.01,
};

const scoredMetricAudits = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Pages to measure; a page whose route the app does not have yet is reported as "not built". */
const pages = [
  // The wizard, for staff: measured signed in, as staff see it every day.
  { path: '/', signedIn: true, isBuilt: () => true },
  // The public reseller signup.
  {
    path: '/signup',
    signedIn: false,
    isBuilt: () => sourceMentions("'/signup'") || sourceMentions('"/signup"'),
  },
];

function sourceMentions(text) {
  const visit = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return visit(path);
      return (
        /\.(ts|tsx)$/.test(entry.name) &&
        !/\.test\.tsx?$/.test(entry.name) &&
        readFileSync(path, 'utf8').includes(text)
      );
    });
  return visit(join(repoRoot, 'src'));
}

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
  const close = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
    // Chromium's helper processes can still be writing to the profile for a moment after the
    // browser exits; a leftover temporary profile is harmless, so it never fails a run.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // Left in the temporary folder.
    }
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return { port, close };
    } catch {
      // Not written yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`Chromium (${chromiumPath}) did not open its debugging port`);
    }
    await sleep(100);
  }
}

async function runLighthouseOnce(lighthouse, url, chromiumPath, cookie) {
  const chromium = await launchChromium(chromiumPath);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      logLevel: 'error',
      output: 'html',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      html: result.report,
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      warnings: lhr.runWarnings,
      failedAccessibilityAudits: lhr.categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
        .map((ref) => ref.id),
      // Diagnostics that say where the time goes (main-thread times are at the simulated 4x slowdown).
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
  } finally {
    await chromium.close();
  }
}

export async function runLighthousePart({ logDir, chromiumPath, runs = 3, log = () => {} }) {
  const { default: lighthouse } = await import('lighthouse');
  const reportDir = join(logDir, '..', 'lighthouse');
  mkdirSync(reportDir, { recursive: true });
  const server = await startProductionServer({ logDir, logName: 'production-server-lighthouse' });
  let sessionCookie = null;
  const figures = [];
  const tables = [];
  const notes = [];
  const data = {};
  try {
    sessionCookie = await signInAsDemoStaff(server.url);
    for (const page of pages) {
      if (!page.isBuilt()) {
        figures.push(
          figure(`${page.path}: performance`, null, { note: 'not built (no such route in src/)' }),
        );
        data[page.path] = 'not built';
        continue;
      }
      const results = [];
      for (let run = 1; run <= runs; run++) {
        log(`lighthouse: ${page.path} run ${run}/${runs}`);
        const result = await runLighthouseOnce(
          lighthouse,
          `${server.url}${page.path}`,
          chromiumPath,
          page.signedIn ? sessionCookie : null,
        );
        const name = `${page.path === '/' ? 'root' : page.path.slice(1)}-run-${run}.html`;
        writeFileSync(join(reportDir, name), result.html);
        delete result.html;
        results.push(result);
      }
      const mid = (key) => median(results.map((result) => result[key]));
      const { performance, accessibility, lcpMs, tbtMs, cls } = LIGHTHOUSE_BUDGETS;
      figures.push(
        figure(`${page.path}: performance score`, mid('performance'), {
          min: performance,
          format: formatScore,
        }),
        figure(`${page.path}: FCP`, mid('fcpMs'), { format: formatSeconds }),
        figure(`${page.path}: LCP`, mid('lcpMs'), { max: lcpMs, format: formatSeconds }),
        figure(`${page.path}: TBT`, mid('tbtMs'), { max: tbtMs, format: formatMilliseconds }),
        figure(`${page.path}: CLS`, mid('cls'), { max: cls, format: formatShift }),
        figure(`${page.path}: accessibility score`, mid('accessibility'), {
          min: accessibility,
          format: formatScore,
        }),
      );
      tables.push(
        table(
          `${page.path}, each run (HTML reports in lighthouse/ beside this report)`,
          [
            'Run',
            'Performance',
            'FCP',
            'LCP',
            'TBT',
            'CLS',
            'Speed Index',
            'Accessibility',
            'Failed a11y audits',
            'CPU benchmark index',
          ],
          results.map((result, index) => [
            String(index + 1),
            formatScore(result.performance),
            formatSeconds(result.fcpMs),
            formatSeconds(result.lcpMs),
            formatMilliseconds(result.tbtMs),
            formatShift(result.cls),
            formatSeconds(result.speedIndexMs),
            formatScore(result.accessibility),
            result.failedAccessibilityAudits.join(', ') || 'none',
            String(Math.round(result.benchmarkIndex)),
          ]),
        ),
      );
      // The run with the median performance score stands for the page in the diagnostics.
      const typical = [...results].sort((a, b) => a.performance - b.performance)[
        Math.floor(results.length / 2)
      ];
      const kib = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(0)} KiB`);
      tables.push(
        table(
          `${page.path}, where the time goes (run ${results.indexOf(typical) + 1}, the median score; main-thread ` +
            'times as Lighthouse reports them, at its simulated 4x CPU slowdown)',
          ['Diagnostic', 'Value'],
          [
            ...Object.entries(typical.mainThreadMs).map(([group, ms]) => [
              `Main thread: ${group}`,
              formatMilliseconds(ms),
            ]),
            ['Transferred, all resources', kib(typical.transferBytes)],
            ['Unused JavaScript (could be deferred)', kib(typical.unusedJavaScriptBytes)],
          ],
        ),
      );
      const errored = results.flatMap((result) => result.erroredAudits);
      if (errored.length > 0) {
        const ids = [...new Set(errored.map((audit) => audit.id))];
        notes.push(
          `${page.path}: ${ids.length} diagnostic audit(s) could not run: ${ids.join(', ')} ` +
            `(first error: "${errored[0].message}"). ` +
            (ids.some((id) => scoredMetricAudits.includes(id))
              ? 'Some are scored metrics: the figures above are incomplete.'
              : 'None of them is a scored metric.'),
        );
      }
      data[page.path] = results;
    }
  } finally {
    await server.stop();
  }
  return partResult({
    figures,
    tables,
    notes: [
      ...notes,
      `Lighthouse 12.2.3 run from Node (the \`lighthouse\` package), default config: mobile form factor, ` +
        'simulated throttling (slow 4G, 4x CPU slowdown), performance and accessibility categories. ' +
        `${runs} runs per page, each in a fresh headless Chromium profile; every figure is the median of its own ${runs} values.`,
      'Against `npm start` (server/production-server.ts) on 127.0.0.1 serving dist/ with compression, ' +
        'without NET3_API_URL, so /api goes to its built-in fake. ' +
        (sessionCookie
          ? "/ is measured signed in (the session cookie of the fake's first demo staff user is sent with every request), as staff see it; /signup signed out."
          : 'This build has no staff sign-in: every page is measured as it comes.'),
      'The CPU benchmark index is how fast Lighthouse found this machine; scores on a busy 2-core machine vary from run to run.',
    ],
    data,
  });
}
