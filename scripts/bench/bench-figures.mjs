// What every part of `npm run bench` returns, and the helpers to build it: a figure is one
// measured value with an optional budget, already formatted, so the report only lays it out.

/**
 * One measured value. `max`/`min` is the budget (inclusive); `format` turns a value (and a
 * difference) into text with its unit. `value: null` means "not measured" (see `note`).
 * `informative`: shown against the budget, but a miss is not a failure (a page the budget
 * was not written for, measured against it for comparison).
 */
export function figure(
  label,
  value,
  { max, min, format = String, note, informative = false } = {},
) {
  const hasBudget = max !== undefined || min !== undefined;
  const budget =
    max !== undefined ? `≤ ${format(max)}` : min !== undefined ? `≥ ${format(min)}` : '';
  let pass = null;
  let miss = '';
  if (hasBudget && value !== null && value !== undefined) {
    pass = max !== undefined ? value <= max : value >= min;
    if (!pass) {
      miss = max !== undefined ? `${format(value - max)} over` : `${format(min - value)} short`;
    }
  }
  return {
    label,
    value: value ?? null,
    text: value === null || value === undefined ? (note ?? 'not measured') : format(value),
    budget,
    pass,
    miss,
    ...(note && value !== null && value !== undefined ? { note } : {}),
    ...(informative ? { informative: true } : {}),
  };
}

/** A budget missed by a figure that counts (not an informative one). */
export const failsBudget = (f) => f.pass === false && !f.informative;

/** A part's result: figures against budgets, optional detail tables, and how it was measured. */
export function partResult({ figures = [], tables = [], notes = [], data = {} }) {
  return { status: 'ok', figures, tables, notes, data };
}

/** A table for the report: `rows` are arrays of cell text, in the order of `columns`. */
export function table(title, columns, rows) {
  return { title, columns, rows };
}

export const formatKilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const formatMilliseconds = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const formatSeconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const formatScore = (score) => `${Math.round(score)}`;
export const formatCount = (count) => `${Math.round(count)}`;
export const formatRate = (perSecond) => `${Math.round(perSecond).toLocaleString('en-US')} req/s`;
export const formatShift = (shift) => shift.toFixed(3);

/** The value at percentile `p` (0..100) of `values`, nearest-rank on a sorted copy. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  return percentile(values, 50);
}
