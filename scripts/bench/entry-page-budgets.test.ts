// The arithmetic behind issue 12's budgets in the bench: the LCP ratio to the static floor,
// pass and fail at the budget's edge, informative figures that never fail a run, failed runs
// left out of the medians, and the first-input throttling being exactly Lighthouse's own.
import { describe, expect, it } from 'vitest';
import { throttling } from 'lighthouse/core/config/constants.js';
import { enableNetworkThrottling } from 'lighthouse/core/lib/emulation.js';
// The bench is plain JavaScript (run by node, no types): its modules come in as `any` here.
// @ts-expect-error -- an untyped .mjs module
import { failsBudget } from './bench-figures.mjs';
import {
  ENTRY_PAGE_BUDGETS,
  devtoolsNetworkConditions,
  entryPageFigures,
  lcpRatio,
  // @ts-expect-error -- an untyped .mjs module
} from './entry-page-budgets.mjs';
// @ts-expect-error -- an untyped .mjs module
import { lighthouseReport } from './lighthouse-report.mjs';

/** What the bench's figure() returns, as far as these tests look. */
type Figure = { label: string; value: number | null; pass: boolean | null };

const goodMedians = { performance: 100, accessibility: 100, lcpMs: 800, tbtMs: 10, cls: 0 };

describe('lcpRatio', () => {
  it("divides the page's LCP by the floor's", () => {
    expect(lcpRatio(2000, 800)).toBe(2.5);
  });

  it('is null when either LCP is missing or the floor is zero', () => {
    expect(lcpRatio(null, 800)).toBeNull();
    expect(lcpRatio(2000, null)).toBeNull();
    expect(lcpRatio(2000, 0)).toBeNull();
  });
});

describe('entryPageFigures', () => {
  it('passes at exactly 1.15 times the floor and fails just above it', () => {
    const floorLcpMs = 800;
    const atBudget = entryPageFigures('/signup', { ...goodMedians, lcpMs: 920 }, floorLcpMs);
    const over = entryPageFigures('/signup', { ...goodMedians, lcpMs: 921 }, floorLcpMs);
    expect(atBudget[0]).toMatchObject({ label: '/signup: LCP ÷ floor LCP', pass: true });
    expect(over[0]).toMatchObject({ pass: false, budget: '≤ 1.15×' });
    expect(over.filter(failsBudget).map((f: Figure) => f.label)).toEqual([
      '/signup: LCP ÷ floor LCP',
    ]);
  });

  it('holds each page to TBT, CLS, performance and accessibility', () => {
    const figures = entryPageFigures(
      '/',
      { performance: 99, accessibility: 98, lcpMs: 800, tbtMs: 51, cls: 0.011 },
      800,
    );
    expect(figures.filter(failsBudget).map((f: Figure) => f.label)).toEqual([
      '/: TBT',
      '/: CLS',
      '/: performance score',
      '/: accessibility score',
    ]);
  });

  it('marks an informative page’s misses without making them failures', () => {
    const figures = entryPageFigures('/ signed in', { ...goodMedians, tbtMs: 900 }, 800, {
      informative: true,
    });
    const tbt = figures.find((f: Figure) => f.label === '/ signed in: TBT');
    expect(tbt).toMatchObject({ pass: false, informative: true });
    expect(figures.filter(failsBudget)).toEqual([]);
  });
});

describe('devtoolsNetworkConditions', () => {
  it('sends what Lighthouse itself sends for devtools throttling', async () => {
    const sent: unknown[] = [];
    const session = {
      sendCommand: async (method: string, params: unknown) => {
        sent.push({ method, params });
      },
    };
    await enableNetworkThrottling(session as never, throttling.mobileSlow4G as never);
    expect(sent).toEqual([
      {
        method: 'Network.emulateNetworkConditions',
        params: devtoolsNetworkConditions(throttling.mobileSlow4G),
      },
    ]);
    expect(devtoolsNetworkConditions(throttling.mobileSlow4G)).toMatchObject({ latency: 562.5 });
  });
});

describe('lighthouseReport', () => {
  const run = (run: number, lcpMs: number, extra = {}) => ({
    run,
    result: {
      ...goodMedians,
      fcpMs: lcpMs,
      lcpMs,
      speedIndexMs: lcpMs,
      failedAccessibilityAudits: [],
      erroredAudits: [],
      mainThreadMs: {},
      lcpElement: '',
      benchmarkIndex: 1000,
      ...extra,
    },
  });
  const pages = [
    { key: 'floor', label: 'Static floor', role: 'floor', firstInput: 'reference' },
    { key: 'signup', label: '/signup', role: 'budgeted', firstInput: 'budget' },
  ];

  it('compares medians of the runs that succeeded with the floor of the same method', () => {
    const report = lighthouseReport({
      pages,
      notBuilt: [],
      runs: 3,
      lighthouseRuns: {
        floor: {
          devtools: [run(1, 700), run(2, 800), run(3, 900)],
          simulate: [run(1, 400), run(2, 400), run(3, 400)],
        },
        signup: {
          devtools: [run(1, 1600), { run: 2, error: 'NO_NAVSTART' }, run(3, 1600)],
          simulate: [run(1, 1000), run(2, 1000), run(3, 1000)],
        },
      },
      firstInputRuns: {
        floor: [1, 2, 3].map((n) => ({ run: n, result: { foundAt: 900, paintedAt: 1000 } })),
        signup: [
          { run: 1, result: { foundAt: 1000, paintedAt: 1400 } },
          { run: 2, result: { foundAt: 1000, paintedAt: 1600 } },
          { run: 3, result: { foundAt: 1000, paintedAt: 1700 } },
        ],
      },
    });
    const byLabel = (label: string) => report.figures.find((f: Figure) => f.label === label);
    expect(byLabel('/signup: LCP ÷ floor LCP')).toMatchObject({ value: 2, pass: false });
    expect(byLabel('/signup: first text input on screen (slow 4G, 4x CPU)')).toMatchObject({
      value: 1600,
      budget: `≤ ${(ENTRY_PAGE_BUDGETS.firstInputMs / 1000).toFixed(2)} s`,
      pass: false,
    });
    const sideBySide = report.tables[0]!;
    const simulateRow = sideBySide.rows.find(
      (row: string[]) => row[0] === '/signup' && row[1] === 'simulate',
    );
    expect(simulateRow?.[5]).toBe('2.50×');
    expect(report.problems.join('\n')).toContain('/signup, devtools: 1 of 3 run(s) failed');
  });
});
