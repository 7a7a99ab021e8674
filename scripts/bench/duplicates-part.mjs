// Part 5 of `npm run bench`: the duplicate warning's lookup (server/ledger/duplicate-lookup.ts)
// with 100,000 ledger rows, on SQLite (a file in a temporary folder) and on PostgreSQL (a
// database of its own, created and dropped here, on the server the tests use). The rows are
// filled with the keys the proxy records; then the lookup runs as the wizard asks it, with
// varied queries, and every call is timed. Budget: p95 under 20 ms on each database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isListening, postgresUrlCandidates } from '../find-postgres.mjs';
import { openPortalDatabase } from '../../server/database/open-portal-database.ts';
import { customerMatchKeys } from '../../server/ledger/customer-match-keys.ts';
import { findPossibleDuplicates } from '../../server/ledger/duplicate-lookup.ts';
import {
  figure,
  formatCount,
  formatMilliseconds,
  partResult,
  percentile,
  table,
} from './bench-figures.mjs';

export const DUPLICATE_LOOKUP_MAX_P95_MS = 20;

const words = [
  'Acme',
  'Beta',
  'Cedar',
  'Delta',
  'Eagle',
  'Falcon',
  'Granite',
  'Harbor',
  'Iron',
  'Juniper',
  'Keystone',
  'Lakeside',
  'Maple',
  'North',
  'Oak',
  'Pioneer',
  'Quarry',
  'River',
  'Summit',
  'Tidewater',
  'Union',
  'Valley',
  'Willow',
  'Yellowstone',
  'Zenith',
  'Blue',
  'Coastal',
  'Metro',
];
const trades = [
  'Widgets',
  'Plumbing',
  'Logistics',
  'Dental',
  'Roofing',
  'Networks',
  'Bakery',
  'Legal',
  'Motors',
  'Clinic',
  'Realty',
  'Supply',
  'Foods',
  'Media',
  'Solar',
  'Freight',
];
const suffixes = ['LLC', 'L.L.C.', 'Inc.', 'Inc', 'Ltd', 'Co.', 'Corp', ''];
const freeMail = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'];

/** A small deterministic generator, so every run measures the same ledger and queries. */
function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, pick, int: (n) => Math.floor(next() * n) };
}

/** Customer number n of the ledger: ~1 in 10 names repeats, a few domains are shared by many. */
function customerOf(n, random) {
  const base = n % 10 === 0 ? random.int(Math.max(1, n)) : n;
  const stem = `${words[base % words.length]} ${trades[(base >> 5) % trades.length]} ${base}`;
  const suffix = random.pick(suffixes);
  const domainKind = random.next();
  const domain =
    domainKind < 0.3
      ? random.pick(freeMail)
      : domainKind < 0.35
        ? `bigreseller${random.int(5)}.example` // five domains, each on 1 % of the rows
        : `${stem.toLowerCase().replaceAll(' ', '-')}.example`;
  return {
    customerName: suffix ? `${stem} ${suffix}` : stem,
    email: `${random.pick(['office', 'billing', 'hello', 'it'])}${n}@${domain}`,
    phone: `+1803${String(5_000_000 + n).padStart(7, '0')}`,
    customerId: random.next() < 0.5 ? `CUST-${n}` : '',
    stem,
    domain,
  };
}

const states = ['accepted', 'accepted', 'accepted', 'refused', 'unknown'];

async function fill(db, rows, log) {
  const random = seeded(42);
  const customers = [];
  const batch = 500;
  const startedAt = Date.UTC(2025, 0, 1);
  for (let from = 0; from < rows; from += batch) {
    const values = [];
    for (let n = from; n < Math.min(rows, from + batch); n += 1) {
      const customer = customerOf(n, random);
      customers.push(customer);
      const keys = customerMatchKeys(customer);
      const at = startedAt + n * 60_000;
      values.push({
        id: `bench-${n}`,
        owner_key: `staff:rep${n % 40}`,
        idempotency_key: `key-${n}`,
        audience: 'staff',
        submitted_by_user: `rep${n % 40}`,
        submitted_by: `Rep ${n % 40}`,
        client_address: '10.0.0.1',
        created_at: at,
        updated_at: at,
        customer_name: customer.customerName,
        customer_email: customer.email,
        request_body: null,
        state: states[n % states.length],
        attempts: 1,
        net3_customer_id: `N3-${String(n).padStart(6, '0')}`,
        match_name: keys.nameKey,
        match_email: keys.email,
        match_email_domain: keys.emailDomain,
        match_phone: keys.phone,
        match_customer_id: keys.customerId,
      });
    }
    await db.insertInto('submissions').values(values).execute();
    if (from % 20_000 === 0) log(`duplicates: ${from} rows`);
  }
  return customers;
}

/** What the wizard asks as a person types: some fields of an earlier customer, reworded, or new. */
function queriesFor(customers, count) {
  const random = seeded(7);
  const queries = [];
  for (let q = 0; q < count; q += 1) {
    const kind = random.next();
    if (kind < 0.2) {
      // An unrelated customer: every key misses.
      queries.push({
        customerName: `Nowhere Trading ${q}`,
        email: `someone${q}@nowhere-${q}.example`,
        phone: `+1212${String(1_000_000 + q).padStart(7, '0')}`,
      });
      continue;
    }
    const earlier = customers[random.int(customers.length)];
    const query = {
      customerName: `${earlier.stem.toUpperCase()}, ${random.pick(['L.L.C.', 'Inc', 'Ltd.', ''])}`,
    };
    if (random.next() < 0.6) query.email = `new${q}@${earlier.domain}`;
    if (random.next() < 0.4) query.phone = earlier.phone;
    if (random.next() < 0.2 && earlier.customerId) query.customerId = earlier.customerId;
    queries.push(query);
  }
  return queries;
}

async function measure(database, customers, lookups) {
  const queries = queriesFor(customers, lookups);
  // Warm-up: the first calls pay for preparing statements and reading pages into memory.
  for (const query of queries.slice(0, 100)) await findPossibleDuplicates(database.db, query);
  const times = [];
  let found = 0;
  for (const query of queries) {
    const started = performance.now();
    const matches = await findPossibleDuplicates(database.db, query);
    times.push(performance.now() - started);
    if (matches.length > 0) found += 1;
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: Math.max(...times),
    withMatches: found,
    lookups: times.length,
  };
}

async function adminQuery(adminUrl, text) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function onSqlite({ rows, lookups, log }) {
  const folder = mkdtempSync(join(tmpdir(), 'portal-bench-sqlite-'));
  const database = await openPortalDatabase({ dialect: 'sqlite', file: join(folder, 'p.sqlite') });
  try {
    const customers = await fill(database.db, rows, log);
    log('duplicates: SQLite filled, measuring');
    return await measure(database, customers, lookups);
  } finally {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function onPostgres({ rows, lookups, log }) {
  let adminUrl;
  for (const url of postgresUrlCandidates()) if (await isListening(url)) adminUrl = url;
  if (adminUrl === undefined) {
    throw new Error(
      `no PostgreSQL at ${postgresUrlCandidates().join(', ')}: start one (node scripts/ensure-postgres.mjs) or set DATABASE_URL_TEST`,
    );
  }
  const name = `portal_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let database;
  try {
    database = await openPortalDatabase({ dialect: 'postgres', url: url.toString() });
    const customers = await fill(database.db, rows, log);
    // What autovacuum does to a table this size in use: the planner's statistics.
    await adminQuery(url.toString(), 'analyze submissions');
    log('duplicates: PostgreSQL filled, measuring');
    return await measure(database, customers, lookups);
  } finally {
    await database?.close();
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

export async function runDuplicatesPart({ rows = 100_000, lookups = 1_000, log = () => {} }) {
  const results = {};
  const errors = {};
  for (const [dialect, run] of [
    ['SQLite', onSqlite],
    ['PostgreSQL', onPostgres],
  ]) {
    try {
      results[dialect] = await run({ rows, lookups, log });
    } catch (error) {
      log(`duplicates on ${dialect} failed: ${error.stack ?? error}`);
      errors[dialect] = String(error.message ?? error);
    }
  }
  const figures = ['SQLite', 'PostgreSQL'].flatMap((dialect) => {
    const result = results[dialect];
    const note = errors[dialect] ? `error: ${errors[dialect]}` : undefined;
    return [
      figure(`${dialect}: lookup p50`, result?.p50 ?? null, { format: formatMilliseconds, note }),
      figure(`${dialect}: lookup p95`, result?.p95 ?? null, {
        max: DUPLICATE_LOOKUP_MAX_P95_MS,
        format: formatMilliseconds,
        note,
      }),
    ];
  });
  return partResult({
    figures,
    tables: [
      table(
        `${lookups.toLocaleString('en-US')} lookups with ${rows.toLocaleString('en-US')} ledger rows`,
        ['Database', 'p50', 'p95', 'p99', 'max', 'Lookups with a match'],
        Object.entries(results).map(([dialect, result]) => [
          dialect,
          formatMilliseconds(result.p50),
          formatMilliseconds(result.p95),
          formatMilliseconds(result.p99),
          formatMilliseconds(result.max),
          `${formatCount(result.withMatches)} of ${formatCount(result.lookups)}`,
        ]),
      ),
    ],
    notes: [
      'findPossibleDuplicates (server/ledger/duplicate-lookup.ts) called in this process on a ' +
        'database opened as the portal opens it (openPortalDatabase: migrations, WAL for SQLite, ' +
        'a pool of 10 for PostgreSQL on 127.0.0.1); the HTTP hop is in part 4. Each call is timed ' +
        'whole: the keys, up to five indexed equality lookups, merging and ranking.',
      `Ledger: ${rows.toLocaleString('en-US')} rows with the keys the proxy records: one name in ` +
        'ten repeats an earlier one (with another legal suffix), 30 % free-mail addresses (never ' +
        `matched), 5 % at five shared domains (~${Math.round(rows / 100).toLocaleString('en-US')} rows each), half with a Customer ID.`,
      `Queries (${lookups.toLocaleString('en-US')}, after 100 for warm-up, the same every run): ` +
        'one in five an unrelated customer (every key misses); the rest an earlier name in capitals ' +
        'with another suffix, with its email domain (60 %), phone (40 %) or Customer ID (20 %).',
      'PostgreSQL is analysed after the fill (as autovacuum would in use); SQLite is not (the ' +
        'portal never runs ANALYZE). A database of its own is created and dropped on the server ' +
        'the tests use (DATABASE_URL_TEST or postgres://postgres@127.0.0.1:5432).',
    ],
    data: { rows, lookups, results, errors },
  });
}
