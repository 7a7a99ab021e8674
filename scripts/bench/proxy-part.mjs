// Part 4 of `npm run bench`: what the portal's proxy costs. The same POST
// /api/provisioning/customer load goes once straight to a fake Net3 API and once through the
// production server in front of it (each its own process, all on loopback), and the
// difference at each percentile is what the proxy adds.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  figure,
  formatMilliseconds,
  formatRate,
  partResult,
  percentile,
  table,
} from './bench-figures.mjs';
import {
  portalPageHeaders,
  repoRoot,
  signInAsDemoStaff,
  startFakeNet3Process,
  startProductionServer,
} from './bench-processes.mjs';

export const PROXY_MIN_REQUESTS_PER_SECOND = 2000;
export const PROXY_MAX_ADDED_P99_MS = 2;

// A complete, valid customer as the wizard sends it (the contract's example request).
const exampleRequestFile = join(
  repoRoot,
  'src/provisioning/contract/provision-request.example.json',
);

/** One autocannon run; latencies are kept per response (autocannon's own are whole ms). */
async function load({ url, headers, body, connections, seconds }) {
  const latencies = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers,
    body,
    connections,
    duration: seconds,
  });
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
  });
  const result = await instance;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]),
  );
  return {
    requestsPerSecond: result.requests.total / (result.duration || seconds),
    responses: latencies.length,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.reduce((a, b) => Math.max(a, b), 0),
  };
}

async function post(url, headers, body) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

async function resetFake(fakeUrl) {
  const response = await fetch(`${fakeUrl}/__fake/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`resetting the fake answered ${response.status}`);
}

export async function runProxyPart({ logDir, seconds = 10, connections = 10, log = () => {} }) {
  const apiKey = randomBytes(24).toString('base64url');
  const body = readFileSync(exampleRequestFile, 'utf8');
  const json = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
  let fake;
  let portal;
  try {
    fake = await startFakeNet3Process({ logDir, apiKey });
    portal = await startProductionServer({
      logDir,
      logName: 'production-server-proxy',
      net3Api: { url: fake.url, apiKey },
    });
    const sessionCookie = await signInAsDemoStaff(portal.url);
    const targets = {
      direct: {
        url: `${fake.url}/provisioning/customer`,
        headers: { ...json, authorization: `Bearer ${apiKey}` },
      },
      proxied: {
        url: `${portal.url}/api/provisioning/customer`,
        // What the portal's own page sends, signed in as a staff member; the proxy sets the
        // Authorization for Net3 itself.
        headers: {
          ...portalPageHeaders(portal.url),
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'net3-bench',
          ...(sessionCookie ? { cookie: sessionCookie } : {}),
        },
      },
    };

    // The body must be one Net3 accepts: the first copy is provisioned (200), every later
    // one is the fake's 409 for an existing customer, after the same parsing and validation.
    await resetFake(fake.url);
    const first = await post(targets.direct.url, targets.direct.headers, body);
    const repeatDirect = await post(targets.direct.url, targets.direct.headers, body);
    const repeatProxied = await post(targets.proxied.url, targets.proxied.headers, body);
    if (first.status !== 200) {
      throw new Error(
        `the example request was not accepted by the fake: ${first.status} ${first.body}`,
      );
    }
    if (repeatDirect.status !== 409 || repeatProxied.status !== 409) {
      throw new Error(
        `a repeated request should be a 409 both ways, got ${repeatDirect.status} direct and ${repeatProxied.status} proxied: ${repeatProxied.body}`,
      );
    }

    const runs = {};
    for (const [name, target] of Object.entries(targets)) {
      log(`proxy: warming up ${name}`);
      await load({ ...target, body, connections, seconds: 2 });
    }
    const plan = [
      ['direct', connections, seconds],
      ['proxied', connections, seconds],
      ['direct', 1, Math.max(2, Math.round(seconds / 3))],
      ['proxied', 1, Math.max(2, Math.round(seconds / 3))],
    ];
    for (const [name, conns, secs] of plan) {
      log(`proxy: ${name}, ${conns} connection(s), ${secs} s`);
      await resetFake(fake.url); // frees the fake's request log between runs
      runs[`${name}-${conns}`] = await load({
        ...targets[name],
        body,
        connections: conns,
        seconds: secs,
      });
    }

    const loaded = {
      direct: runs[`direct-${connections}`],
      proxied: runs[`proxied-${connections}`],
    };
    const single = { direct: runs['direct-1'], proxied: runs['proxied-1'] };
    const added = (runsAt, p) => runsAt.proxied[p] - runsAt.direct[p];
    const row = (label, run) => [
      label,
      formatRate(run.requestsPerSecond),
      formatMilliseconds(run.p50),
      formatMilliseconds(run.p90),
      formatMilliseconds(run.p99),
      formatMilliseconds(run.max),
      Object.entries(run.statuses)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ') +
        (run.errors || run.timeouts ? `; errors ${run.errors}, timeouts ${run.timeouts}` : ''),
    ];

    return partResult({
      figures: [
        figure(
          `Proxied requests/s (${connections} connections)`,
          loaded.proxied.requestsPerSecond,
          {
            min: PROXY_MIN_REQUESTS_PER_SECOND,
            format: formatRate,
          },
        ),
        figure(`Direct requests/s (${connections} connections)`, loaded.direct.requestsPerSecond, {
          format: formatRate,
        }),
        figure(`Added latency p50 (${connections} connections)`, added(loaded, 'p50'), {
          format: formatMilliseconds,
        }),
        figure(`Added latency p99 (${connections} connections)`, added(loaded, 'p99'), {
          max: PROXY_MAX_ADDED_P99_MS,
          format: formatMilliseconds,
        }),
        figure('Added latency p50 (1 connection, no queueing)', added(single, 'p50'), {
          format: formatMilliseconds,
        }),
        figure('Added latency p99 (1 connection, no queueing)', added(single, 'p99'), {
          format: formatMilliseconds,
        }),
      ],
      tables: [
        table(
          'Runs (latency = time to the whole response, per request, as autocannon saw it)',
          ['Run', 'Requests/s', 'p50', 'p90', 'p99', 'max', 'Statuses'],
          [
            row(`direct to the fake, ${connections} connections, ${seconds} s`, loaded.direct),
            row(`through the portal, ${connections} connections, ${seconds} s`, loaded.proxied),
            row(`direct to the fake, 1 connection`, single.direct),
            row(`through the portal, 1 connection`, single.proxied),
          ],
        ),
      ],
      notes: [
        'Three processes on this 2-core machine: autocannon (in the bench process), `npm start` ' +
          '(server/production-server.ts via node --import tsx, with NET3_API_URL/NET3_API_KEY ' +
          'pointing at the fake, logging one line per /api request to a file as it does in production) ' +
          'and the fake Net3 API (scripts/bench/start-fake-net3.ts, no request log). Everything on 127.0.0.1, keep-alive.',
        'The proxied requests carry what the portal page sends: X-Net3-Portal, Origin and the staff session cookie ' +
          "of the fake's first demo user, signed in once through POST /api/session, so each request pays for the " +
          'session check (and its renewal) as it would in use.',
        'Body: src/provisioning/contract/provision-request.example.json (a valid customer, 2 addresses, 3 contacts). ' +
          'The same body every time, so after the first 200 the fake answers 409 Conflict (customer exists) ' +
          'after the same JSON parsing and validation: the 409s are the measured answer. Varying the body ' +
          "instead would grow the fake's in-memory customer list, whose duplicate check is a linear scan, and " +
          'make the fake slower as the run goes on: that would measure the fake, not the proxy.',
        'Added latency = proxied minus direct at the same percentile, each from its own run; with ' +
          `${connections} connections it includes queueing (both servers share 2 cores with the load generator), ` +
          'with 1 connection it is the per-request cost of the extra hop. Latencies are exact per response ' +
          "(autocannon's own histogram rounds to whole ms). Each target got 2 s of warm-up first.",
      ],
      data: { connections, seconds, runs },
    });
  } finally {
    await portal?.stop();
    await fake?.stop();
  }
}
