// Turns the bench's results into the markdown report (printed and saved) beside the JSON one.

const resultText = (pass) => (pass === null ? '' : pass ? 'pass' : 'FAIL');

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
    f.pass === false ? `FAIL, ${f.miss}` : resultText(f.pass),
  ]);
}

/** Reference pages measured on this kind of machine, given with the budgets for context. */
export const referencePoints = [
  ['A static HTML page', 'LCP 0.8 s'],
  ['An empty React 19 app', 'LCP 1.2 s'],
  [
    'One bundle with React, MUI, react-hook-form, zod and TanStack Query (198 kB gzip)',
    'LCP 2.0 s, TBT 130 ms, performance 97',
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
    part.status === 'ok' ? part.figures.filter((f) => f.pass === false) : [],
  );
  const errors = report.parts.filter((part) => part.status === 'error');
  lines.push(
    `${failed.length} budget(s) failed, ${errors.length} part(s) could not be measured.`,
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

  lines.push('## Reference points (same kind of machine, Lighthouse 12.2.3, mobile)', '');
  lines.push(markdownTable(['Page', 'Result'], referencePoints), '');
  return lines.join('\n');
}
