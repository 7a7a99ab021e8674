// The proxy part's figures, tables and notes (proxy-part.mjs measures): fake direct, the proxy
// with its ledger on each dialect against the budgets, and the ledger's own cost per submission.
import {
  figure,
  formatCount,
  formatMilliseconds,
  formatRate,
  partResult,
  table,
} from './bench-figures.mjs';

const ms = (value) => (value === null || value === undefined ? '' : formatMilliseconds(value));

function statusText(run) {
  return (
    Object.entries(run.statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ') +
    (run.errors || run.timeouts ? `; errors ${run.errors}, timeouts ${run.timeouts}` : '')
  );
}

export function proxyPartResult({
  connections,
  seconds,
  singleSeconds,
  runs,
  dialects,
  budgets,
  signIns,
}) {
  const direct = { loaded: runs[`direct-${connections}`], single: runs['direct-1'] };
  const at = (dialect) => ({
    loaded: runs[`${dialect.key}-${connections}`],
    single: runs[`${dialect.key}-1`],
  });
  const added = (run, directRun, p) => run[p] - directRun[p];
  const loadedLabel = `${connections} connections`;

  const figures = [
    figure(`Fake direct: requests/s (${loadedLabel})`, direct.loaded.requestsPerSecond, {
      format: formatRate,
    }),
  ];
  for (const dialect of dialects) {
    const measured = !dialect.unavailable;
    const note = measured ? undefined : `not measured: ${dialect.unavailable}`;
    const value = (get) => (measured ? get(at(dialect)) : null);
    const prefix = `Proxy + ${dialect.name} ledger`;
    figures.push(
      figure(
        `${prefix}: requests/s (${loadedLabel})`,
        value((r) => r.loaded.requestsPerSecond),
        {
          min: budgets.minRate,
          format: formatRate,
          note,
        },
      ),
      figure(
        `${prefix}: added p50 (${loadedLabel})`,
        value((r) => added(r.loaded, direct.loaded, 'p50')),
        { format: formatMilliseconds, note },
      ),
      figure(
        `${prefix}: added p99 (${loadedLabel})`,
        value((r) => added(r.loaded, direct.loaded, 'p99')),
        { max: budgets.maxAddedP99, format: formatMilliseconds, note },
      ),
      figure(
        `${prefix}: added p50 (1 connection, no queueing)`,
        value((r) => added(r.single, direct.single, 'p50')),
        { format: formatMilliseconds, note },
      ),
      figure(
        `${prefix}: added p99 (1 connection, no queueing)`,
        value((r) => added(r.single, direct.single, 'p99')),
        { format: formatMilliseconds, note },
      ),
      figure(
        `${dialect.name} ledger's own cost per submission, p50 (session check + begin + finish)`,
        measured ? dialect.ledgerCost.total.p50 : null,
        { format: formatMilliseconds, note },
      ),
      figure(
        `${dialect.name} ledger's own cost per submission, p99 (session check + begin + finish)`,
        measured ? dialect.ledgerCost.total.p99 : null,
        { format: formatMilliseconds, note },
      ),
    );
  }

  const notMeasured = (dialect, columns) => [
    dialect.name,
    `not measured: ${dialect.unavailable}`,
    ...Array(columns - 2).fill(''),
  ];
  const proxyRows = [
    [
      'Fake direct (no proxy, no ledger)',
      formatRate(direct.loaded.requestsPerSecond),
      ms(direct.loaded.p50),
      ms(direct.loaded.p99),
      '',
      '',
      ms(direct.single.p50),
      ms(direct.single.p99),
      '',
      '',
      '',
    ],
    ...dialects.map((dialect) => {
      if (dialect.unavailable)
        return notMeasured(
          { name: `Proxy + ${dialect.name} ledger`, unavailable: dialect.unavailable },
          11,
        );
      const { loaded, single } = at(dialect);
      return [
        `Proxy + ${dialect.name} ledger (${dialect.describe})`,
        formatRate(loaded.requestsPerSecond),
        ms(loaded.p50),
        ms(loaded.p99),
        ms(added(loaded, direct.loaded, 'p50')),
        ms(added(loaded, direct.loaded, 'p99')),
        ms(single.p50),
        ms(single.p99),
        ms(added(single, direct.single, 'p50')),
        ms(added(single, direct.single, 'p99')),
        formatCount(dialect.recordedRows),
      ];
    }),
  ];

  const ledgerRows = dialects.map((dialect) => {
    if (dialect.unavailable) return notMeasured(dialect, 9);
    const cost = dialect.ledgerCost;
    const proxyOnly = added(at(dialect).single, direct.single, 'p50') - cost.total.p50;
    return [
      dialect.name,
      ms(cost.beginFinish.p50),
      ms(cost.beginFinish.p99),
      ms(cost.sessionCheck.p50),
      ms(cost.sessionCheck.p99),
      ms(cost.total.p50),
      ms(cost.total.p99),
      ms(proxyOnly),
      `${ms(dialect.signIn.p50)} (max ${ms(dialect.signIn.max)})`,
    ];
  });

  const detailRows = Object.entries(runs).map(([name, run]) => {
    const [target, conns] = name.split(/-(?=\d+$)/);
    const label =
      target === 'direct'
        ? 'direct to the fake'
        : `through the portal, ledger on ${dialects.find((d) => d.key === target)?.name}`;
    const secs = Number(conns) === 1 ? singleSeconds : seconds;
    return [
      `${label}, ${conns} connection(s), ${secs} s`,
      formatRate(run.requestsPerSecond),
      ms(run.p50),
      ms(run.p90),
      ms(run.p99),
      ms(run.max),
      statusText(run),
    ];
  });
  const submissions = dialects.find((d) => d.ledgerCost)?.ledgerCost;

  return partResult({
    figures,
    tables: [
      table(
        'The cost of recording: the same POST load direct, and through the portal with its ledger on each dialect ' +
          '(added = through the portal minus direct at the same percentile)',
        [
          'Target',
          `Requests/s (${loadedLabel})`,
          'p50',
          'p99',
          'Added p50',
          `Added p99 (budget ≤ ${formatMilliseconds(budgets.maxAddedP99)})`,
          'p50, 1 connection',
          'p99, 1 connection',
          'Added p50, 1 connection',
          'Added p99, 1 connection',
          'Ledger rows recorded',
        ],
        proxyRows,
      ),
      table(
        `The ledger's own cost per submission, in-process on each dialect (${submissions?.submissions ?? ''} ` +
          `submissions after ${submissions?.warmUp ?? ''} warm-up, one at a time, no HTTP, no Net3)`,
        [
          'Dialect',
          'begin + finish p50',
          'begin + finish p99',
          'Session check p50',
          'Session check p99',
          'Together p50',
          'Together p99',
          '1-connection added p50 left for the proxy itself (added p50 − together p50)',
          `Sign-in through the portal, p50 of ${signIns}`,
        ],
        ledgerRows,
      ),
      table(
        'Runs (latency = time to the whole response, per request, as autocannon saw it)',
        ['Run', 'Requests/s', 'p50', 'p90', 'p99', 'max', 'Statuses'],
        detailRows,
      ),
    ],
    notes: [
      'Processes on this 2-core machine: autocannon (in the bench process), one `npm start` per dialect ' +
        '(server/production-server.ts via node --import tsx, NET3_API_URL/NET3_API_KEY pointing at the fake, ' +
        'DATABASE_URL=file:<temporary file> or postgres://…/bench_<random> on the server the tests use, logging one ' +
        'line per /api request to a file as in production), the fake Net3 API (scripts/bench/start-fake-net3.ts, no ' +
        'request log) and, for the PostgreSQL row, PostgreSQL itself. Everything on 127.0.0.1, keep-alive. Both ' +
        'portals run through the whole part; the runs take turns (direct, SQLite, PostgreSQL) at each load.',
      'Every request is recorded: none carries an Idempotency-Key, so the server makes a new one and the ledger a ' +
        'new row (begin before sending, finish with the answer), as for each new customer; "Ledger rows recorded" ' +
        'counts them after the runs (warm-up and checks included).',
      'Sign-in and the session are measured: each portal is signed in to through POST /api/session as the ' +
        `fake's first demo user ${signIns} times (timed; each writes a session row on that dialect, and asks the ` +
        'fake Net3 API for the credentials check), and every measured request carries the last cookie, so each ' +
        'looks up its session row in that database, as in production.',
      'Without recording: the server has no switch to submit without the ledger, on purpose, and no other route ' +
        "forwards such a POST; instead the ledger's own cost is measured in the same run, in-process through " +
        'server/database/open-portal-database.ts, server/session/staff-session-store.ts and ' +
        "server/ledger/submission-ledger.ts on a fresh database of each dialect: per submission the session row's " +
        "check, then begin (insert as sending) and finish (the fake's 409 answer as the proxy records it), each with " +
        'a new key. "Left for the proxy itself" is an estimate of the proxy without recording: a difference of ' +
        'medians from separate runs, not a measurement.',
      'Body: src/provisioning/contract/provision-request.example.json (a valid customer, 2 addresses, 3 contacts). ' +
        'The same body every time, so after the first 200 the fake answers 409 Conflict (customer exists) ' +
        'after the same JSON parsing and validation: the 409s are the measured answer. Varying the body ' +
        "instead would grow the fake's in-memory customer list, whose duplicate check is a linear scan, and " +
        'make the fake slower as the run goes on: that would measure the fake, not the proxy.',
      'Added latency = proxied minus direct at the same percentile, each from its own run; with ' +
        `${connections} connections it includes queueing (the servers share 2 cores with the load generator and ` +
        'PostgreSQL), with 1 connection it is the per-request cost of the extra hop and its recording. Latencies ' +
        "are exact per response (autocannon's own histogram rounds to whole ms). Each target got 2 s of warm-up first.",
    ],
    data: {
      connections,
      seconds,
      runs,
      dialects: dialects.map(
        ({ key, name, unavailable, describe, recordedRows, ledgerCost, signIn }) => ({
          key,
          name,
          unavailable,
          describe,
          recordedRows,
          ledgerCost,
          signIn: signIn && { p50: signIn.p50, max: signIn.max },
        }),
      ),
    },
  });
}
