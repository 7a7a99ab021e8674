// The entry pages' budgets (issue 12) and the pure arithmetic behind them: the ratio of a
// page's LCP to the static floor's, the figures each measured page gets, and Chrome DevTools'
// network conditions for Lighthouse's throttling settings. No I/O here, so it is unit-tested
// (entry-page-budgets.test.ts) and the parts that measure stay about measuring.
import {
  figure,
  formatMilliseconds,
  formatScore,
  formatSeconds,
  formatShift,
} from './bench-figures.mjs';

export const ENTRY_PAGE_BUDGETS = {
  /** A page's LCP at most this many times the static floor's, measured in the same run. */
  lcpToFloor: 1.15,
  tbtMs: 50,
  cls: 0.01,
  performance: 100,
  accessibility: 100,
  /** The first text input on screen, from navigation start, on slow 4G with 4x CPU. */
  firstInputMs: 1500,
};

export const formatRatio = (ratio) => `${ratio.toFixed(2)}×`;

/** A page's LCP divided by the floor's; null when either was not measured or the floor is 0. */
export function lcpRatio(pageLcpMs, floorLcpMs) {
  if (pageLcpMs === null || pageLcpMs === undefined) return null;
  if (floorLcpMs === null || floorLcpMs === undefined || !(floorLcpMs > 0)) return null;
  return pageLcpMs / floorLcpMs;
}

/**
 * What Lighthouse itself sends for `throttlingMethod: 'devtools'` (its emulation.js): the
 * already adjusted latency, and throughputs turned from Kbit/s into bytes per second.
 */
export function devtoolsNetworkConditions(throttling) {
  return {
    offline: false,
    latency: throttling.requestLatencyMs,
    downloadThroughput: Math.floor((throttling.downloadThroughputKbps * 1024) / 8),
    uploadThroughput: Math.floor((throttling.uploadThroughputKbps * 1024) / 8),
  };
}

/**
 * The budgeted figures of one page from its devtools-method medians (`medians`: performance,
 * accessibility, lcpMs, tbtMs, cls) and the floor's devtools LCP. `informative` pages (the
 * staff wizard) are shown against the same budgets without counting as failures.
 */
export function entryPageFigures(label, medians, floorLcpMs, { informative = false } = {}) {
  const budgets = ENTRY_PAGE_BUDGETS;
  const ratio = lcpRatio(medians.lcpMs, floorLcpMs);
  const lcpNote =
    medians.lcpMs === null || floorLcpMs === null
      ? undefined
      : `LCP ${formatSeconds(medians.lcpMs)}, floor ${formatSeconds(floorLcpMs)}, ` +
        `budget ${formatSeconds(floorLcpMs * budgets.lcpToFloor)}`;
  const common = { informative };
  return [
    figure(`${label}: LCP ÷ floor LCP`, ratio, {
      ...common,
      max: budgets.lcpToFloor,
      format: formatRatio,
      note: ratio === null ? 'not measured (page or floor LCP missing)' : lcpNote,
    }),
    figure(`${label}: TBT`, medians.tbtMs, {
      ...common,
      max: budgets.tbtMs,
      format: formatMilliseconds,
    }),
    figure(`${label}: CLS`, medians.cls, { ...common, max: budgets.cls, format: formatShift }),
    figure(`${label}: performance score`, medians.performance, {
      ...common,
      min: budgets.performance,
      format: formatScore,
    }),
    figure(`${label}: accessibility score`, medians.accessibility, {
      ...common,
      min: budgets.accessibility,
      format: formatScore,
    }),
  ];
}
