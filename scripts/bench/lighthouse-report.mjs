// Turns what lighthouse-part.mjs measured into the part's figures against issue 12's budgets,
// its tables (lighthouse-tables.mjs) and the notes about runs that failed. Failed runs are
// left out of the medians and listed in the notes.
import { figure, formatScore, formatSeconds, median } from './bench-figures.mjs';
import { ENTRY_PAGE_BUDGETS, entryPageFigures, formatRatio } from './entry-page-budgets.mjs';
import { scoredMetricAudits } from './lighthouse-run.mjs';
import {
  THROTTLING_METHODS,
  diagnosticsTable,
  eachRunTable,
  firstInputTable,
  medians,
  sideBySideTable,
  succeeded,
} from './lighthouse-tables.mjs';

export { THROTTLING_METHODS };

function pageFigures(page, mid, floorLcp, firstInputMedian) {
  const figures = [];
  if (page.role === 'floor') {
    figures.push(
      figure(`${page.label}: LCP`, mid.devtools.lcpMs, { format: formatSeconds }),
      figure(`${page.label}: performance score`, mid.devtools.performance, {
        format: formatScore,
      }),
    );
  } else {
    figures.push(
      ...entryPageFigures(page.label, mid.devtools, floorLcp, {
        informative: page.role === 'informative',
      }),
    );
  }
  if (page.firstInput) {
    figures.push(
      figure(`${page.label}: first text input on screen (slow 4G, 4x CPU)`, firstInputMedian, {
        format: formatSeconds,
        ...(page.firstInput === 'reference'
          ? {}
          : {
              max: ENTRY_PAGE_BUDGETS.firstInputMs,
              informative: page.firstInput === 'informative',
            }),
      }),
    );
  }
  return figures;
}

function problemNotes(pages, lighthouseRuns, firstInputRuns) {
  const notes = [];
  // Audits that could not run, grouped: the same Lighthouse/Chromium mismatch hits every run.
  const erroredAudits = new Map();
  for (const page of pages) {
    for (const method of THROTTLING_METHODS) {
      const runs = lighthouseRuns[page.key][method];
      const failed = runs.filter((run) => !run.result);
      if (failed.length > 0)
        notes.push(
          `${page.label}, ${method}: ${failed.length} of ${runs.length} run(s) failed twice and are not in the ` +
            `medians (first: "${failed[0].error}").`,
        );
      const retried = runs.filter((run) => run.retried);
      if (retried.length > 0)
        notes.push(
          `${page.label}, ${method}: ${retried.length} run(s) failed once and were run again ` +
            `(first: "${retried[0].retried}").`,
        );
      for (const result of succeeded(runs)) {
        if (result.erroredAudits.length === 0) continue;
        const ids = result.erroredAudits.map((audit) => audit.id).join(', ');
        const group = erroredAudits.get(ids) ?? {
          message: result.erroredAudits[0].message,
          where: new Set(),
          scored: result.erroredAudits.some((audit) => scoredMetricAudits.includes(audit.id)),
        };
        group.where.add(`${page.label} (${method})`);
        erroredAudits.set(ids, group);
      }
    }
    const inputs = firstInputRuns[page.key] ?? [];
    const failedInputs = inputs.filter((run) => !run.result);
    if (failedInputs.length > 0)
      notes.push(
        `${page.label}, first input: ${failedInputs.length} of ${inputs.length} load(s) failed twice and are not ` +
          `in the median (first: "${failedInputs[0].error}").`,
      );
  }
  for (const [ids, group] of erroredAudits) {
    notes.push(
      `Audits that could not run in ${[...group.where].join(', ')}: ${ids} (first error: "${group.message}"). ` +
        (group.scored
          ? 'Some are scored metrics: the figures above are incomplete.'
          : 'None of them is a scored metric, so no figure above depends on them.'),
    );
  }
  return notes;
}

/**
 * Figures, tables and the notes about failures for `pages` (see lighthouse-part.mjs), from
 * `lighthouseRuns[key][method]` and `firstInputRuns[key]`, lists of `{ run, result | error }`.
 */
export function lighthouseReport({ pages, notBuilt, lighthouseRuns, firstInputRuns, runs }) {
  const mid = Object.fromEntries(
    pages.map((page) => [
      page.key,
      Object.fromEntries(
        THROTTLING_METHODS.map((method) => [method, medians(lighthouseRuns[page.key][method])]),
      ),
    ]),
  );
  const floor = pages.find((page) => page.role === 'floor');
  const floorLcp = Object.fromEntries(
    THROTTLING_METHODS.map((method) => [method, mid[floor.key][method].lcpMs]),
  );
  const firstInputMedian = (page) => {
    const values = succeeded(firstInputRuns[page.key]).map((result) => result.paintedAt);
    return values.length > 0 ? median(values) : null;
  };
  const figures = [
    ...pages.flatMap((page) =>
      pageFigures(
        page,
        mid[page.key],
        floorLcp.devtools,
        page.firstInput ? firstInputMedian(page) : null,
      ),
    ),
    ...notBuilt.map((page) =>
      figure(`${page.label}: LCP ÷ floor LCP`, null, {
        max: ENTRY_PAGE_BUDGETS.lcpToFloor,
        format: formatRatio,
        note: page.notBuilt,
      }),
    ),
  ];
  return {
    figures,
    tables: [
      sideBySideTable(pages, mid, floorLcp, runs),
      firstInputTable(pages, firstInputRuns),
      eachRunTable(pages, lighthouseRuns),
      diagnosticsTable(pages, lighthouseRuns),
    ],
    problems: problemNotes(pages, lighthouseRuns, firstInputRuns),
    medians: mid,
  };
}
