// `npm run bench`: builds the app, measures it against its performance budgets (bundle
// size, the entry pages in Lighthouse against a static floor and their first input on slow 4G,
// typing with long lists, the proxy's cost, the duplicate lookup) and writes a markdown and a
// JSON report under bench-results/ (git-ignored), printing the markdown. Each part runs on
// its own: one that fails is reported as "error: ..." and the others still run.
//
// Flags:
//   --only=bundle,lighthouse,typing,proxy,duplicates   run only these parts (default: all)
//   --no-build                              measure the existing dist/ instead of building
//   --lighthouse-runs=3 (per page and throttling method, and first-input loads per page)
//   --key-presses=100  --proxy-seconds=10  --proxy-connections=10
//   --duplicate-rows=100000  --duplicate-lookups=1000
//   --strict                                exit 1 when a budget fails or a part errors
//
// Runs as `node --import tsx`, so the parts can import what they need from the TypeScript
// sources instead of copying it: the app's draft storage key and form defaults, the fake Net3
// API's demo staff user. The servers measured run as their own processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { failsBudget } from './bench-figures.mjs';
import { repoRoot } from './bench-processes.mjs';
import { renderMarkdown } from './bench-report.mjs';

const partNames = ['bundle', 'lighthouse', 'typing', 'proxy', 'duplicates'];

function parseArguments(argv) {
  const options = {
    only: partNames,
    build: true,
    strict: false,
    lighthouseRuns: 3,
    keyPresses: 100,
    proxySeconds: 10,
    proxyConnections: 10,
    duplicateRows: 100_000,
    duplicateLookups: 1_000,
  };
  const numbers = {
    '--lighthouse-runs': 'lighthouseRuns',
    '--key-presses': 'keyPresses',
    '--proxy-seconds': 'proxySeconds',
    '--proxy-connections': 'proxyConnections',
    '--duplicate-rows': 'duplicateRows',
    '--duplicate-lookups': 'duplicateLookups',
  };
  for (const argument of argv) {
    const [name, value] = argument.split('=', 2);
    if (name === '--only') {
      const only = (value ?? '').split(',').map((part) => part.trim());
      const unknown = only.filter((part) => !partNames.includes(part));
      if (unknown.length > 0)
        throw new Error(`unknown part(s) ${unknown.join(', ')}; parts are ${partNames.join(', ')}`);
      options.only = only;
    } else if (name === '--no-build') {
      options.build = false;
    } else if (name === '--strict') {
      options.strict = true;
    } else if (numbers[name] && Number.isInteger(Number(value)) && Number(value) > 0) {
      options[numbers[name]] = Number(value);
    } else {
      throw new Error(
        `unknown or malformed flag ${argument} (see the top of scripts/bench/run-bench.mjs)`,
      );
    }
  }
  return options;
}

const log = (line) => console.error(`[bench] ${line}`);

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Runs a command with its output in a log file; throws with the end of the log on failure. */
function runLogged(command, args, logFile) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  writeFileSync(logFile, output);
  if (result.status !== 0) {
    const tail = output.trimEnd().split('\n').slice(-12).join('\n');
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (exit ${result.status}); see ${logFile}:\n${tail}`,
    );
  }
  return output;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const startedAt = new Date();
  const stamp = startedAt
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z');
  const resultsDir = join(repoRoot, 'bench-results');
  const runDir = join(resultsDir, stamp);
  const logDir = join(runDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const distDir = join(repoRoot, 'dist');
  const wants = (name) => options.only.includes(name);

  // Preconditions shared by several parts; a part that needs a failed one reports its error.
  let chromiumError = null;
  let chromiumPath = null;
  if (wants('lighthouse') || wants('typing')) {
    log('node scripts/ensure-chromium.mjs');
    try {
      runLogged(
        process.execPath,
        ['scripts/ensure-chromium.mjs'],
        join(logDir, 'ensure-chromium.log'),
      );
      const { findChromium } = await import('../find-chromium.mjs');
      chromiumPath = findChromium();
      if (!chromiumPath)
        throw new Error(
          'none found at CHROMIUM_PATH, /usr/bin/chromium or Playwright’s own: install one ' +
            '(`apt-get install chromium` or `npx playwright install chromium`) or set CHROMIUM_PATH',
        );
    } catch (error) {
      chromiumError = `no Chromium: ${error.message}`;
    }
  }
  let buildError = null;
  if (options.build) {
    log('npm run build');
    try {
      runLogged('npm', ['run', 'build'], join(logDir, 'build.log'));
    } catch (error) {
      buildError = `npm run build failed: ${error.message}`;
    }
  } else if (!existsSync(join(distDir, '.vite', 'manifest.json'))) {
    buildError =
      'there is no dist/.vite/manifest.json: run without --no-build, or `npm run build` first';
  }
  const needsApp = () => {
    if (buildError) throw new Error(buildError);
  };
  const needsChromium = () => {
    needsApp();
    if (chromiumError) throw new Error(chromiumError);
  };
  const needsServer = () => {
    if (!existsSync(join(distDir, 'index.html')))
      throw new Error(buildError ?? 'dist/index.html is missing');
  };

  const parts = [
    {
      name: 'bundle',
      title: '1. Bundle',
      run: async () => {
        needsApp();
        const { runBundlePart } = await import('./bundle-part.mjs');
        return runBundlePart({ distDir });
      },
    },
    {
      name: 'lighthouse',
      title: '2. Entry pages: Lighthouse (mobile) and first input',
      run: async () => {
        needsChromium();
        const { runLighthousePart } = await import('./lighthouse-part.mjs');
        return runLighthousePart({ logDir, chromiumPath, runs: options.lighthouseRuns, log });
      },
    },
    {
      name: 'typing',
      title: '3. Typing with 10 addresses and 25 contacts',
      run: async () => {
        needsChromium();
        const { runTypingPart } = await import('./typing-part.mjs');
        return runTypingPart({ logDir, chromiumPath, keyPresses: options.keyPresses, log });
      },
    },
    {
      name: 'proxy',
      title: '4. Proxy',
      run: async () => {
        needsServer();
        const { runProxyPart } = await import('./proxy-part.mjs');
        return runProxyPart({
          logDir,
          seconds: options.proxySeconds,
          connections: options.proxyConnections,
          log,
        });
      },
    },
    {
      name: 'duplicates',
      title: '5. Duplicate lookup',
      run: async () => {
        const { runDuplicatesPart } = await import('./duplicates-part.mjs');
        return runDuplicatesPart({
          rows: options.duplicateRows,
          lookups: options.duplicateLookups,
          log,
        });
      },
    },
  ];

  const results = [];
  for (const part of parts) {
    if (!wants(part.name)) {
      results.push({
        name: part.name,
        title: part.title,
        status: 'skipped',
        error: 'not in --only',
      });
      continue;
    }
    log(`part ${part.title}`);
    const started = performance.now();
    // Other work on this 2-core machine skews every timing: the load average says how much.
    const loadBefore = loadavg()[0];
    const timing = () => ({ ms: performance.now() - started, load: [loadBefore, loadavg()[0]] });
    try {
      const result = await part.run();
      results.push({ name: part.name, title: part.title, ...result, ...timing() });
    } catch (error) {
      log(`part ${part.title} failed: ${error.stack ?? error}`);
      results.push({
        name: part.name,
        title: part.title,
        status: 'error',
        error: String(error.message ?? error),
        ...timing(),
      });
    }
  }

  let chromiumVersion = '';
  if (chromiumPath) {
    try {
      chromiumVersion = execFileSync(chromiumPath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      chromiumVersion = chromiumPath;
    }
  }
  const report = {
    startedAt: startedAt.toISOString(),
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain') !== '',
    cores: cpus().length,
    machine: [
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
      `Node ${process.version}`,
      chromiumVersion,
    ]
      .filter(Boolean)
      .join(', '),
    options: [
      `parts ${options.only.join(', ')}`,
      options.build ? 'built with npm run build' : 'existing dist/ (--no-build)',
      `${options.lighthouseRuns} Lighthouse runs`,
      `${options.keyPresses} key presses`,
      `proxy ${options.proxySeconds} s × ${options.proxyConnections} connections`,
      `${options.duplicateLookups} duplicate lookups in ${options.duplicateRows} rows`,
    ].join(', '),
    parts: results,
  };
  const markdown = renderMarkdown(report);
  writeFileSync(join(runDir, 'report.md'), markdown);
  writeFileSync(join(runDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  copyFileSync(join(runDir, 'report.md'), join(resultsDir, 'latest.md'));
  copyFileSync(join(runDir, 'report.json'), join(resultsDir, 'latest.json'));

  console.log(markdown);
  log(
    `report: ${join(runDir, 'report.md')} and report.json (also bench-results/latest.md, latest.json)`,
  );
  const anyFailure = results.some(
    (part) => part.status === 'error' || (part.status === 'ok' && part.figures.some(failsBudget)),
  );
  if (options.strict && anyFailure) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`[bench] ${error.stack ?? error}`);
  process.exit(1);
});
