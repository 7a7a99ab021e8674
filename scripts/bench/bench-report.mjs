// Turns the bench's results into the markdown report (printed and saved) beside the JSON one.

import { failsBudget } from './bench-figures.mjs';

const resultText = (pass) => (pass === null ? '' : pass ? 'pass' : 'FAIL');

function figureResult(f) {
  if (f.informative) {
    if (f.pass === null) return '';
    return `informative: ${f.pass ? 'pass' : `miss, ${f.miss}`}`;
  }
  return f.pass === false ? `FAIL, ${f.miss}` : resultText(f.pass);
}

// Cells must not break the markdown table.
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

function markdownTable(columns, rows) {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function figureRows(figures) {
  return figures.map((f) => [
    f.label,
    f.text + (f.note && f.value !== null ? ` (${f.note})` : ''),
    f.budget,
    figureResult(f),
  ]);
}

/**
 * Reference pages measured on this kind of machine (issue 12: Lighthouse 12.2.3 mobile,
 * devtools throttling, median of 3, in one run), given with the budgets for context.
 */
export const referencePoints = [
  ['A static HTML sign-in page (the floor)', 'LCP 0.76 s, TBT 0 ms, performance 100'],
  ['An empty React 19 app', 'LCP 1.75 s, TBT 0 ms, performance 99'],
  ['A React + MUI sign-in page, client-rendered', 'LCP 2.55 s, TBT 0 ms, performance 93'],
  [
    'The same page prerendered at build time, hydrated inside startTransition',
    'LCP 0.74–0.81 s, TBT 69–89 ms, performance 100',
  ],
];

export function renderMarkdown(report) {
  const lines = [];
  lines.push('# Net3 Customer Portal: bench report', '');
  lines.push(
    `Run ${report.startedAt} on commit ${report.commit}` +
      `${report.dirty ? ' (with uncommitted changes)' : ''}; ${report.machine}.`,
    `Options: ${report.options}.`,
    '',
  );

  lines.push('## Summary', '');
  const summary = [];
  for (const part of report.parts) {
    if (part.status !== 'ok') {
      summary.push([
        part.title,
        part.status === 'skipped' ? 'skipped' : `error: ${part.error}`,
        '',
        '',
      ]);
      continue;
    }
    for (const row of figureRows(part.figures.filter((f) => f.budget))) {
      summary.push([part.title, ...row]);
    }
  }
  lines.push(markdownTable(['Part', 'Figure', 'Value', 'Budget', 'Result'], summary), '');
  const failed = report.parts.flatMap((part) =>
    part.status === 'ok' ? part.figures.filter(failsBudget) : [],
  );
  // Budgeted figures with no value: a run that measured nothing must not read as all passing.
  const unmeasured = report.parts.flatMap((part) =>
    part.status === 'ok' ? part.figures.filter((f) => f.budget && f.value === null) : [],
  );
  const errors = report.parts.filter((part) => part.status === 'error');
  lines.push(
    `${failed.length} budget(s) failed, ${unmeasured.length} budgeted figure(s) not measured, ` +
      `${errors.length} part(s) could not be measured.`,
    '',
  );

  for (const part of report.parts) {
    lines.push(`## ${part.title}`, '');
    if (part.status === 'skipped') {
      lines.push(`Skipped (${part.error}).`, '');
      continue;
    }
    if (part.status === 'error') {
      lines.push('```', `error: ${part.error}`, '```', '');
      continue;
    }
    lines.push(
      markdownTable(['Figure', 'Value', 'Budget', 'Result'], figureRows(part.figures)),
      '',
    );
    for (const extra of part.tables) {
      lines.push(`${extra.title}:`, '', markdownTable(extra.columns, extra.rows), '');
    }
    if (part.notes.length > 0) {
      lines.push('How it was measured:', '');
      for (const note of part.notes) lines.push(`- ${note}`);
      lines.push('');
    }
    lines.push(
      `Took ${(part.ms / 1000).toFixed(0)} s. 1-minute load average ${part.load[0].toFixed(1)} when it ` +
        `started, ${part.load[1].toFixed(1)} when it ended (${report.cores} cores: what the part itself does not ` +
        'explain is other work competing with it for the CPU).',
      '',
    );
  }

  lines.push(
    '## Reference points (issue 12: same kind of machine, Lighthouse 12.2.3 mobile, devtools throttling)',
    '',
  );
  lines.push(markdownTable(['Page', 'Result'], referencePoints), '');
  return lines.join('\n');
}
