// Part 2 of `npm run bench`: the entry pages against issue 12's budgets. In one run, against
// the production server (`npm start` serving dist/) and a static HTML floor page:
// - Lighthouse 12 mobile with both throttling methods, `devtools` (applied slow 4G and 4x CPU:
//   what the budgets use) and the default `simulate`, several runs per page and method, each
//   in a fresh Chromium profile (lighthouse-run.mjs); the rounds are interleaved (every page
//   and method once, then again) so the machine's changing load falls on all pages alike;
// - the time until the first text input is on screen, on slow 4G with 4x CPU (first-input.mjs).
// It measures whatever the server sends, so it works the same on a client-rendered build and
// a prerendered one. Figures and tables are laid out by lighthouse-report.mjs.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partResult } from './bench-figures.mjs';
import { repoRoot, signInAsDemoStaff, startProductionServer } from './bench-processes.mjs';
import { ENTRY_PAGE_BUDGETS } from './entry-page-budgets.mjs';
import { SLOW_4G, SLOW_4G_CONDITIONS, measureFirstInputOnce } from './first-input.mjs';
import { runLighthouseOnce } from './lighthouse-run.mjs';
import { THROTTLING_METHODS, lighthouseReport } from './lighthouse-report.mjs';
import { STATIC_FLOOR_HTML, startStaticFloor } from './static-floor.mjs';

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

/**
 * The pages measured. role: 'floor' (the static page), 'budgeted' (issue 12's budgets apply),
 * 'informative' (shown against the same budgets, a miss is not a failure). firstInput: whether
 * the first-input time is measured, and as 'budget', 'informative' or 'reference' (no budget).
 */
function entryPages({ serverUrl, floorUrl, sessionCookie }) {
  const pages = [
    { key: 'floor', label: 'Static floor', url: floorUrl, role: 'floor', firstInput: 'reference' },
    {
      key: 'sign-in',
      label: '/ signed out',
      url: `${serverUrl}/`,
      role: 'budgeted',
      firstInput: 'informative',
    },
    {
      key: 'signup',
      label: '/signup',
      url: `${serverUrl}/signup`,
      role: 'budgeted',
      firstInput: 'budget',
      notBuilt:
        sourceMentions("'/signup'") || sourceMentions('"/signup"')
          ? null
          : 'not built (no /signup route in src/)',
    },
    {
      key: 'wizard',
      label: '/ signed in (staff wizard)',
      url: `${serverUrl}/`,
      cookie: sessionCookie,
      role: 'informative',
      firstInput: null,
      notBuilt: sessionCookie ? null : 'not measured (this build has no staff sign-in)',
    },
  ];
  return {
    pages: pages.filter((page) => !page.notBuilt),
    notBuilt: pages.filter((page) => page.notBuilt),
  };
}

const errorText = (error) => String(error?.message ?? error).split('\n')[0];

/**
 * `measure()` once more when it fails (Lighthouse now and then loses its trace on a loaded
 * machine: NO_NAVSTART, NO_FCP): `{ result, retried? }` or, failing twice, `{ error }`.
 */
async function withOneRetry(what, measure, log) {
  try {
    return { result: await measure() };
  } catch (first) {
    log(`${what} failed, running it once more: ${first.stack ?? first}`);
    try {
      return { result: await measure(), retried: errorText(first) };
    } catch (second) {
      log(`${what} failed again: ${second.stack ?? second}`);
      return { error: errorText(second) };
    }
  }
}

/**
 * The production server and the pages measured on it. On this shared machine other work has
 * stopped the server in the middle of a run (a SIGTERM from outside), and every page after
 * that measured a refused connection: `ensureUp()` checks /healthz before each measurement and
 * starts a new server (new port, new sign-in) when the old one no longer answers.
 */
async function startPortal({ logDir, floorUrl, log }) {
  let server = null;
  let attempt = 0;
  const portal = { pages: [], notBuilt: [], sessionCookie: null, restarts: [] };
  const start = async () => {
    attempt += 1;
    const logName = `production-server-lighthouse${attempt > 1 ? `-${attempt}` : ''}`;
    server = await startProductionServer({ logDir, logName });
    portal.sessionCookie = await signInAsDemoStaff(server.url);
    Object.assign(
      portal,
      entryPages({ serverUrl: server.url, floorUrl, sessionCookie: portal.sessionCookie }),
    );
  };
  portal.ensureUp = async () => {
    const answers = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (answers) return;
    const when = new Date().toISOString();
    log(`the production server at ${server.url} stopped answering (${when}): starting a new one`);
    portal.restarts.push(when);
    await server.stop().catch(() => {});
    await start();
  };
  portal.page = (key) => portal.pages.find((page) => page.key === key);
  portal.stop = async () => server?.stop();
  await start();
  return portal;
}

export async function runLighthousePart({ logDir, chromiumPath, runs = 3, log = () => {} }) {
  const { default: lighthouse } = await import('lighthouse');
  const reportDir = join(logDir, '..', 'lighthouse');
  mkdirSync(reportDir, { recursive: true });
  const floor = await startStaticFloor();
  let portal = null;
  const lighthouseRuns = {};
  const firstInputRuns = {};
  try {
    portal = await startPortal({ logDir, floorUrl: floor.url, log });
    const keys = portal.pages.map((page) => page.key);
    for (const key of keys) {
      lighthouseRuns[key] = Object.fromEntries(THROTTLING_METHODS.map((method) => [method, []]));
      firstInputRuns[key] = [];
    }
    // Measures `key`'s page with `measure(page)` (once more if it fails), on a server that answers.
    const measurePage = async (key, what, measure) => {
      log(what);
      return withOneRetry(
        what,
        async () => {
          await portal.ensureUp();
          return measure(portal.page(key));
        },
        log,
      );
    };

    for (let run = 1; run <= runs; run++) {
      for (const method of THROTTLING_METHODS) {
        for (const key of keys) {
          const label = portal.page(key).label;
          const outcome = await measurePage(
            key,
            `lighthouse: ${label}, ${method}, run ${run}/${runs}`,
            (page) =>
              runLighthouseOnce({
                lighthouse,
                url: page.url,
                chromiumPath,
                throttlingMethod: method,
                cookie: page.cookie ?? null,
              }),
          );
          if (outcome.result) {
            writeFileSync(join(reportDir, `${key}-${method}-run-${run}.html`), outcome.result.html);
            delete outcome.result.html;
          }
          lighthouseRuns[key][method].push({ run, ...outcome });
        }
      }
    }

    for (let run = 1; run <= runs; run++) {
      for (const key of keys.filter((candidate) => portal.page(candidate).firstInput)) {
        const outcome = await measurePage(
          key,
          `first input: ${portal.page(key).label}, load ${run}/${runs}`,
          (page) =>
            measureFirstInputOnce({ chromiumPath, url: page.url, cookie: page.cookie ?? null }),
        );
        firstInputRuns[key].push({ run, ...outcome });
      }
    }
  } finally {
    await portal?.stop();
    await floor.stop();
  }

  const { pages, notBuilt, sessionCookie, restarts } = portal;
  const report = lighthouseReport({ pages, notBuilt, lighthouseRuns, firstInputRuns, runs });
  const conditions = SLOW_4G_CONDITIONS;
  return partResult({
    figures: report.figures,
    tables: report.tables,
    notes: [
      ...report.problems,
      ...(restarts.length > 0
        ? [
            `The production server stopped answering during the run (it exited or hung: see its log) ` +
              `and was started again before the next measurement, at ${restarts.join(', ')}; its logs are ` +
              'production-server-lighthouse*.log.',
          ]
        : []),
      `Lighthouse 13.5.0 from Node (the \`lighthouse\` package), mobile (emulated Moto G Power), performance and ` +
        `accessibility categories, each page with both throttling methods: devtools (Chromium really throttled: ` +
        `${SLOW_4G.requestLatencyMs} ms request latency, ${SLOW_4G.downloadThroughputKbps.toFixed(2)} Kbit/s ` +
        `down, ${SLOW_4G.uploadThroughputKbps} Kbit/s up, ${SLOW_4G.cpuSlowdownMultiplier}x CPU slowdown; Lighthouse ` +
        'then waits 5.25 s of quiet) and simulate (its default: an unthrottled load, replayed through a model of slow ' +
        `4G and a 4x CPU). ${runs} runs per page and method, each in a fresh headless Chromium profile, interleaved; ` +
        `every figure is the median of its own ${runs} values.`,
      'The budgets (issue 12) use devtools throttling: the simulated mode misjudges prerendered pages (it models ' +
        'the requests of an unthrottled load rather than watching a throttled one). The simulate row is printed beside ' +
        'it for comparison with other Lighthouse runs.',
      `The static floor is a hand-written HTML sign-in page (heading, two labelled inputs, a button, inline CSS, ` +
        `no JavaScript; ${Buffer.byteLength(STATIC_FLOOR_HTML)} bytes, scripts/bench/static-floor.mjs) served over ` +
        'loopback by node:http with the production server’s caching (no-cache) and compression rule (br or gzip from ' +
        '1 KiB), measured in the same rounds. LCP ÷ floor LCP is each page’s median over the floor’s median for ' +
        `the same method; the budget is ≤ ${ENTRY_PAGE_BUDGETS.lcpToFloor}× with devtools.`,
      `First text input: Playwright with the system Chromium, a new browser (fresh profile, empty cache) per load, ` +
        `the Moto G Power screen and user agent, Network.emulateNetworkConditions ${JSON.stringify(conditions)} ` +
        `(Lighthouse’s own mobileSlow4G constants, converted as its devtools method does) and ` +
        `Emulation.setCPUThrottlingRate ${SLOW_4G.cpuSlowdownMultiplier}. An init script checks every frame for the ` +
        'first text-like input that is visible (checkVisibility with opacity and visibility), at least 8 px each ' +
        'way, in the viewport and not aria-hidden (so not the honeypot); the figure is when the frame it was found ' +
        `in has finished rendering, from navigation start. Median of ${runs} loads; budget ≤ ` +
        `${(ENTRY_PAGE_BUDGETS.firstInputMs / 1000).toFixed(1)} s for /signup, informative for / signed out.`,
      'Against `npm start` (server/production-server.ts) on 127.0.0.1 serving dist/ with compression, without ' +
        'NET3_API_URL, so /api goes to its built-in fake. ' +
        (sessionCookie
          ? "/ signed in sends the session cookie of the fake's first demo staff user with every request; the other pages have no cookie."
          : 'This build has no staff sign-in, so / is only measured signed out.'),
      'The CPU benchmark index is how fast Lighthouse found this machine; on a busy 2-core machine it and every timing ' +
        'vary from run to run, which is why each page is given as a multiple of the floor measured alongside it.',
    ],
    data: {
      lighthouseRuns,
      firstInputRuns,
      medians: report.medians,
      networkConditions: conditions,
    },
  });
}
