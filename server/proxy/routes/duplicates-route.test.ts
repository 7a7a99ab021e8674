// GET /api/duplicates over real HTTP, on SQLite and on PostgreSQL: customers submitted through
// the portal (staff and a public signup, to the recording stand-in for Net3) are found again
// while the next one is typed, only by signed-in staff, and asking never reaches Net3.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateMatches } from '../../../src/provisioning/contract/duplicate-matches.ts';
import { NOT_SIGNED_IN_ERROR_CODE } from '../../../src/provisioning/contract/portal-wire.ts';
import { sendRequest, type TestResponse } from '../loopback-http.ts';
import {
  mintSessionCookie,
  postJson,
  startRecordingUpstream,
  startTestPortal,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal,
} from '../proxy-test-support.ts';
import {
  customerRequest,
  openOwnTestDatabase,
  submitCustomer,
  type OwnTestDatabase,
} from '../submission-test-support.ts';

function lookUp(portal: TestPortal, query: Record<string, string>, cookie?: string) {
  return sendRequest(`${portal.url}/api/duplicates?${new URLSearchParams(query)}`, {
    headers: cookie === undefined ? {} : { cookie },
  });
}

const matchesOf = (response: TestResponse) => (response.json() as DuplicateMatches).matches;

describe.each(['SQLite', 'PostgreSQL'] as const)('GET /api/duplicates on %s', (dialect) => {
  let own: OwnTestDatabase;
  let upstream: RecordingUpstream;
  let portal: TestPortal;
  let cookie: string;

  beforeAll(async () => {
    own = await openOwnTestDatabase(dialect);
  });
  afterAll(() => own.remove());
  beforeEach(async () => {
    await own.database.db.deleteFrom('submissions').execute();
    upstream = await startRecordingUpstream();
    portal = await startTestPortal(upstream.url, { database: own.database });
    cookie = await mintSessionCookie(testStaffIdentity, { database: own.database });
  });
  afterEach(async () => {
    await portal.close();
    await upstream.close();
  });

  it('finds the customer submitted earlier under a near-identical name, with who sent it', async () => {
    const submitted = await submitCustomer(portal.url, cookie, customerRequest('Acme Widgets LLC'));
    expect(submitted.status).toBe(200);
    const sentToNet3 = upstream.requests.length;

    const response = await lookUp(portal, { name: 'ACME Widgets, L.L.C.' }, cookie);

    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(matchesOf(response)).toEqual([
      {
        id: submitted.headers['x-net3-portal-submission'],
        customerName: 'Acme Widgets LLC',
        submittedBy: 'Rep One',
        createdAt: expect.any(Number),
        state: 'accepted',
        net3CustomerId: 'ACME-001',
        reasons: ['similar name'],
      },
    ]);
    expect(upstream.requests).toHaveLength(sentToNet3);
  });

  it('matches on an email at the same domain, the phone and the Customer ID as the browser sends them', async () => {
    await submitCustomer(portal.url, cookie, {
      customer: {
        customerName: 'Acme Widgets LLC',
        email: 'office@acme.example',
        phone: '+18035550100',
        customerId: 'ACME-001',
      },
    });

    const response = await lookUp(
      portal,
      {
        name: 'Widget Holdings',
        email: 'ann@acme.example',
        phone: '+18035550100',
        customerId: 'acme-001',
      },
      cookie,
    );

    expect(matchesOf(response).map((match) => match.reasons)).toEqual([
      ['same Customer ID', 'same phone', 'same email domain'],
    ]);
  });

  it('finds a public signup too, named as such', async () => {
    const signup = await postJson(`${portal.url}/api/signup`, {
      customer: { customerName: 'Reseller Co', email: 'owner@reseller.example' },
    });
    expect(signup.status).toBe(200);

    const [match] = matchesOf(await lookUp(portal, { email: 'owner@reseller.example' }, cookie));
    expect(match).toMatchObject({ customerName: 'Reseller Co', submittedBy: 'Reseller signup' });
  });

  it('answers an empty list for an unrelated customer or an empty query', async () => {
    await submitCustomer(portal.url, cookie, customerRequest('Acme Widgets LLC'));

    expect(matchesOf(await lookUp(portal, { name: 'Zenith Plumbing' }, cookie))).toEqual([]);
    expect(matchesOf(await lookUp(portal, {}, cookie))).toEqual([]);
  });

  it('answers 401 without a staff session, so the public signup cannot learn who exists', async () => {
    await submitCustomer(portal.url, cookie, customerRequest('Acme Widgets LLC'));

    for (const withCookie of [undefined, 'net3_portal_session=forged']) {
      const response = await lookUp(portal, { name: 'Acme Widgets LLC' }, withCookie);
      expect(response.status).toBe(401);
      expect(response.text).not.toContain('Acme');
      expect(
        (response.json() as { responseStatus: { errorCode: string } }).responseStatus.errorCode,
      ).toBe(NOT_SIGNED_IN_ERROR_CODE);
    }
  });

  it('answers only GET', async () => {
    const response = await postJson(`${portal.url}/api/duplicates`, { name: 'Acme' }, { cookie });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET');
  });
});
