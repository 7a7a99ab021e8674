// The tables of the Lighthouse part's report (lighthouse-report.mjs makes the figures): both
// throttling methods side by side, each Lighthouse run, each first-input load, and where each
// page's time goes. Runs that failed show their error in place of figures.
import {
  formatMilliseconds,
  formatScore,
  formatSeconds,
  formatShift,
  median,
  table,
} from './bench-figures.mjs';
import { formatRatio, lcpRatio } from './entry-page-budgets.mjs';

export const THROTTLING_METHODS = ['devtools', 'simulate'];
const medianKeys = [
  'performance',
  'accessibility',
  'fcpMs',
  'lcpMs',
  'tbtMs',
  'cls',
  'speedIndexMs',
];

/** The results of the runs that succeeded, from a list of `{ run, result | error }`. */
export const succeeded = (runs) =>
  (runs ?? []).filter((run) => run.result).map((run) => run.result);
const orNA = (format) => (value) => (value === null || value === undefined ? 'n/a' : format(value));
const kib = orNA((bytes) => `${(bytes / 1024).toFixed(0)} KiB`);

/** The median of each figure over the runs that succeeded (null when none did). */
export function medians(runs) {
  const results = succeeded(runs);
  return Object.fromEntries(
    medianKeys.map((key) => {
      const values = results.map((result) => result[key]).filter((value) => value !== null);
      return [key, values.length > 0 ? median(values) : null];
    }),
  );
}

export function sideBySideTable(pages, mid, floorLcp, runs) {
  const fmtRatio = orNA(formatRatio);
  return table(
    `Both throttling methods, medians of ${runs} runs (the budgets use devtools: applied slow 4G and 4x CPU; ` +
      'simulate is Lighthouse’s default, a model of the same conditions computed from an unthrottled load)',
    [
      'Page',
      'Method',
      'Performance',
      'FCP',
      'LCP',
      'LCP ÷ floor',
      'TBT',
      'CLS',
      'Speed Index',
      'Accessibility',
    ],
    pages.flatMap((page) =>
      THROTTLING_METHODS.map((method) => {
        const m = mid[page.key][method];
        return [
          page.label,
          method,
          orNA(formatScore)(m.performance),
          orNA(formatSeconds)(m.fcpMs),
          orNA(formatSeconds)(m.lcpMs),
          page.role === 'floor' ? '1.00× (floor)' : fmtRatio(lcpRatio(m.lcpMs, floorLcp[method])),
          orNA(formatMilliseconds)(m.tbtMs),
          orNA(formatShift)(m.cls),
          orNA(formatSeconds)(m.speedIndexMs),
          orNA(formatScore)(m.accessibility),
        ];
      }),
    ),
  );
}

export function eachRunTable(pages, lighthouseRuns) {
  const rows = [];
  for (const page of pages) {
    for (const method of THROTTLING_METHODS) {
      for (const { run, result, error } of lighthouseRuns[page.key][method]) {
        if (!result) {
          rows.push([page.label, method, String(run), `error: ${error}`, ...Array(8).fill('')]);
          continue;
        }
        rows.push([
          page.label,
          method,
          String(run),
          formatScore(result.performance),
          orNA(formatSeconds)(result.fcpMs),
          orNA(formatSeconds)(result.lcpMs),
          orNA(formatMilliseconds)(result.tbtMs),
          orNA(formatShift)(result.cls),
          orNA(formatSeconds)(result.speedIndexMs),
          formatScore(result.accessibility),
          result.failedAccessibilityAudits.join(', ') || 'none',
          String(Math.round(result.benchmarkIndex)),
        ]);
      }
    }
  }
  return table(
    'Each Lighthouse run (round N ran every page and method once, in the order of this table; ' +
      'HTML reports in lighthouse/ beside this report)',
    [
      'Page',
      'Method',
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
    rows,
  );
}

export function firstInputTable(pages, firstInputRuns) {
  const rows = pages
    .filter((page) => page.firstInput)
    .flatMap((page) =>
      firstInputRuns[page.key].map(({ run, result, error }) =>
        result
          ? [
              page.label,
              String(run),
              result.label || '(no label)',
              formatSeconds(result.foundAt),
              formatSeconds(result.paintedAt),
            ]
          : [page.label, String(run), `error: ${error}`, '', ''],
      ),
    );
  return table(
    'First text input on screen, each cold load (slow 4G and 4x CPU through DevTools; times from navigation start)',
    [
      'Page',
      'Run',
      'Input (its label)',
      'In the page, visible, in the viewport',
      'Painted (the figure)',
    ],
    rows,
  );
}

/** The devtools run with the median performance score of each page, and where its time goes. */
export function diagnosticsTable(pages, lighthouseRuns) {
  const typical = pages.map((page) => {
    const results = succeeded(lighthouseRuns[page.key].devtools);
    return [...results].sort((a, b) => a.performance - b.performance)[
      Math.floor(results.length / 2)
    ];
  });
  const groups = [...new Set(typical.flatMap((result) => Object.keys(result?.mainThreadMs ?? {})))];
  const row = (label, value) => [
    label,
    ...typical.map((result) => (result ? value(result) : 'n/a')),
  ];
  return table(
    'Where the time goes: for each page, its devtools run with the median performance score ' +
      '(main-thread times as observed, at the applied 4x CPU slowdown)',
    ['Diagnostic', ...pages.map((page) => page.label)],
    [
      ...groups.map((group) =>
        row(`Main thread: ${group}`, (result) =>
          orNA(formatMilliseconds)(result.mainThreadMs[group]),
        ),
      ),
      row('Transferred, all resources', (result) => kib(result.transferBytes)),
      row('Unused JavaScript (could be deferred)', (result) => kib(result.unusedJavaScriptBytes)),
    ],
  );
}
