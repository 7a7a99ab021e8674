// Part 4 of `npm run bench`: what the portal's proxy costs, and what recording each submission
// in the ledger costs (issue 9). The same POST /api/provisioning/customer load goes straight to
// a fake Net3 API, and through the production server in front of it twice in the same run: once
// with its ledger on SQLite (DATABASE_URL=file:<temporary file>) and once on PostgreSQL (a
// throwaway `bench_<random>` database on the server the tests use). Each server is its own
// process, all on loopback; the difference to direct at each percentile is what the proxy adds.
//
// "Without recording": the production server has no way to send a submission without the
// ledger, on purpose (a submission never reaches Net3 without a trace, decision 007), and no
// other route forwards a POST of this shape without it. A switch only the bench could turn off
// would be a production path nobody runs. So the ledger's own cost is measured directly in the
// same run instead (ledger-cost.mjs): the session check and begin + finish per submission,
// in-process through the portal's own modules on each dialect, N times, p50/p99. Next to the
// proxy's added latency that says how much of it is recording; the rest is the proxy itself.
//
// Sign-in and the session are part of what is measured: each portal is signed in to through
// POST /api/session (timed, so its session row is written on that dialect), and every measured
// request carries that cookie, so each pays for the session-row lookup it makes in production.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBMISSION_ID_HEADER } from '../../src/provisioning/contract/portal-wire.ts';
import {
  createPostgresBenchDatabase,
  createSqliteBenchDatabase,
  findPostgresServer,
} from './bench-databases.mjs';
import { percentile } from './bench-figures.mjs';
import {
  portalPageHeaders,
  repoRoot,
  signInAsDemoStaff,
  startFakeNet3Process,
  startProductionServer,
} from './bench-processes.mjs';
import { countRecordedSubmissions, measureLedgerCost } from './ledger-cost.mjs';
import { loadRun } from './proxy-load.mjs';
import { proxyPartResult } from './proxy-report.mjs';

export const PROXY_MIN_REQUESTS_PER_SECOND = 2000;
export const PROXY_MAX_ADDED_P99_MS = 2;
/** Submissions recorded per dialect for the ledger's own cost. */
export const LEDGER_SUBMISSIONS = 5000;
const SIGN_INS = 20;

// A complete, valid customer as the wizard sends it (the contract's example request).
const exampleRequestFile = join(
  repoRoot,
  'src/provisioning/contract/provision-request.example.json',
);

async function post(url, headers, body) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function resetFake(fakeUrl) {
  const response = await fetch(`${fakeUrl}/__fake/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`resetting the fake answered ${response.status}`);
}

/** Signs in `count` times (each a new session row); the last cookie is the one measured. */
async function timedSignIns(portalUrl, count) {
  const times = [];
  let cookie = null;
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    cookie = await signInAsDemoStaff(portalUrl);
    times.push(performance.now() - started);
  }
  if (cookie === null) throw new Error('this portal has no sign-in; the bench expects one');
  return { cookie, p50: percentile(times, 50), max: Math.max(...times) };
}

/** The two ledgers measured; PostgreSQL is left out, with the reason, when none answers. */
async function prepareDialects(cleanups) {
  const sqlite = createSqliteBenchDatabase();
  cleanups.push(sqlite.remove);
  const dialects = [
    {
      key: 'sqlite',
      name: 'SQLite',
      portalDatabaseUrl: sqlite.url,
      describe: 'temporary file, WAL, synchronous NORMAL',
    },
  ];
  const postgres = { key: 'postgres', name: 'PostgreSQL' };
  const server = await findPostgresServer();
  if (server.unavailable) {
    postgres.unavailable = server.unavailable;
  } else {
    const database = await createPostgresBenchDatabase(server.adminUrl);
    cleanups.push(database.remove);
    postgres.portalDatabaseUrl = database.url;
    postgres.adminUrl = server.adminUrl;
    postgres.describe = `${server.shown}/${database.name}; ${server.settings}`;
  }
  dialects.push(postgres);
  return dialects;
}

/** A fresh database of the dialect for the in-process measurement. */
async function ledgerCostDatabase(dialect, cleanups) {
  const database =
    dialect.key === 'sqlite'
      ? createSqliteBenchDatabase()
      : await createPostgresBenchDatabase(dialect.adminUrl);
  cleanups.push(database.remove);
  return database.url;
}

export async function runProxyPart({ logDir, seconds = 10, connections = 10, log = () => {} }) {
  const apiKey = randomBytes(24).toString('base64url');
  const body = readFileSync(exampleRequestFile, 'utf8');
  const json = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
  // Run last-in first-out: portals stop before their databases are dropped.
  const cleanups = [];
  try {
    const fake = await startFakeNet3Process({ logDir, apiKey });
    cleanups.push(fake.stop);
    const targets = {
      direct: {
        label: 'direct to the fake',
        url: `${fake.url}/provisioning/customer`,
        headers: { ...json, authorization: `Bearer ${apiKey}` },
      },
    };
    const dialects = await prepareDialects(cleanups);
    for (const dialect of dialects.filter((d) => !d.unavailable)) {
      log(`proxy: starting the production server with its ledger on ${dialect.name}`);
      const portal = await startProductionServer({
        logDir,
        logName: `production-server-proxy-${dialect.key}`,
        net3Api: { url: fake.url, apiKey },
        databaseUrl: dialect.portalDatabaseUrl,
      });
      cleanups.push(portal.stop);
      dialect.signIn = await timedSignIns(portal.url, SIGN_INS);
      targets[dialect.key] = {
        label: `through the portal, ledger on ${dialect.name}`,
        url: `${portal.url}/api/provisioning/customer`,
        // What the portal's own page sends, signed in as a staff member, except the
        // Idempotency-Key: without one the server makes a new key, so every request is a new
        // ledger row, as every new customer is. The proxy sets Net3's Authorization itself.
        headers: {
          ...portalPageHeaders(portal.url),
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'net3-bench',
          cookie: dialect.signIn.cookie,
        },
      };
    }

    // The body must be one Net3 accepts: the first copy is provisioned (200), every later
    // one is the fake's 409 for an existing customer, after the same parsing and validation.
    await resetFake(fake.url);
    const first = await post(targets.direct.url, targets.direct.headers, body);
    if (first.status !== 200) {
      throw new Error(
        `the example request was not accepted by the fake: ${first.status} ${first.body}`,
      );
    }
    const net3Refusal = await post(targets.direct.url, targets.direct.headers, body);
    for (const [name, target] of Object.entries(targets)) {
      const repeat = name === 'direct' ? net3Refusal : await post(target.url, target.headers, body);
      if (repeat.status !== 409) {
        throw new Error(
          `a repeated request should be a 409 ${target.label}, got ${repeat.status}: ${repeat.body}`,
        );
      }
      if (name !== 'direct' && !repeat.headers.get(SUBMISSION_ID_HEADER)) {
        throw new Error(`the answer ${target.label} names no ledger row (${SUBMISSION_ID_HEADER})`);
      }
    }

    for (const [name, target] of Object.entries(targets)) {
      log(`proxy: warming up ${name}`);
      await loadRun({ ...target, body, connections, seconds: 2 });
    }
    // Loaded, then one connection; within each, direct and the dialects in turn, so a change
    // in the machine's other load falls on all of them alike.
    const runs = {};
    const singleSeconds = Math.max(2, Math.round(seconds / 3));
    for (const [conns, secs] of [
      [connections, seconds],
      [1, singleSeconds],
    ]) {
      for (const [name, target] of Object.entries(targets)) {
        log(`proxy: ${name}, ${conns} connection(s), ${secs} s`);
        await resetFake(fake.url); // frees the fake's request log between runs
        runs[`${name}-${conns}`] = await loadRun({
          ...target,
          body,
          connections: conns,
          seconds: secs,
        });
      }
    }

    for (const dialect of dialects.filter((d) => !d.unavailable)) {
      dialect.recordedRows = await countRecordedSubmissions(dialect.portalDatabaseUrl);
      log(`proxy: the ledger's own cost on ${dialect.name}, ${LEDGER_SUBMISSIONS} submissions`);
      dialect.ledgerCost = await measureLedgerCost({
        databaseUrl: await ledgerCostDatabase(dialect, cleanups),
        requestBody: body,
        net3Answer: { status: net3Refusal.status, body: net3Refusal.body },
        submissions: LEDGER_SUBMISSIONS,
      });
    }

    return proxyPartResult({
      connections,
      seconds,
      singleSeconds,
      runs,
      dialects,
      budgets: { minRate: PROXY_MIN_REQUESTS_PER_SECOND, maxAddedP99: PROXY_MAX_ADDED_P99_MS },
      signIns: SIGN_INS,
    });
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => log(`proxy: cleaning up failed: ${error.message}`));
    }
  }
}
