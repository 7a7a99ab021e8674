import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendRequest } from './loopback-http.ts';
import {
  mintSessionCookie,
  portalHeader,
  startRecordingUpstream,
  startTestPortal,
  testPortalDatabase,
  testStaffIdentity,
  type RecordingUpstream,
  type TestPortal,
} from './proxy-test-support.ts';

const support = { ...testStaffIdentity, userName: 'rep2', displayName: 'Rep Two' };

function draft(overrides: Record<string, unknown> = {}) {
  return {
    step: 'contacts',
    form: { customer: { customerName: 'Acme Widgets LLC' }, contacts: [{ roles: ['Primary'] }] },
    idempotencyKey: '6f1c2f1e-8d44-4c3b-9d55-0c1d2e3f4a5b',
    savedAt: 1_000,
    ...overrides,
  };
}

describe('/api/draft', () => {
  let upstream: RecordingUpstream;
  let portal: TestPortal;
  let clock = 10_000;
  let rep1: string;
  let rep2: string;

  const put = (cookie: string | undefined, body: unknown) =>
    sendRequest(`${portal.url}/api/draft`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        ...portalHeader,
        ...(cookie ? { cookie } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (cookie: string | undefined) =>
    sendRequest(`${portal.url}/api/draft`, { headers: cookie ? { cookie } : {} });
  const remove = (cookie: string | undefined) =>
    sendRequest(`${portal.url}/api/draft`, {
      method: 'DELETE',
      headers: { ...portalHeader, ...(cookie ? { cookie } : {}) },
    });

  beforeAll(async () => {
    upstream = await startRecordingUpstream();
    portal = await startTestPortal(upstream.url, { now: () => clock });
  });
  afterAll(async () => {
    await portal.close();
    await upstream.close();
  });
  beforeEach(async () => {
    clock = 10_000;
    rep1 = await mintSessionCookie(testStaffIdentity, { now: clock });
    rep2 = await mintSessionCookie(support, { now: clock });
    const { db } = await testPortalDatabase();
    await db.deleteFrom('staff_drafts').execute();
  });

  it('answers 401 to GET, PUT and DELETE without a staff session, and keeps nothing', async () => {
    for (const response of [
      await get(undefined),
      await put(undefined, draft()),
      await remove(undefined),
    ]) {
      expect(response.status).toBe(401);
      expect(response.json()).toMatchObject({ responseStatus: { errorCode: 'NotSignedIn' } });
    }
    const { db } = await testPortalDatabase();
    expect(await db.selectFrom('staff_drafts').selectAll().execute()).toEqual([]);
    expect(upstream.requests).toEqual([]);
  });

  it('keeps the draft for the signed-in person and gives it back whole', async () => {
    expect((await get(rep1)).json()).toEqual({ draft: null });
    const saved = await put(rep1, draft());
    expect(saved.status).toBe(200);
    expect(saved.json()).toEqual({ savedAt: 1_000, kept: true });
    expect((await get(rep1)).json()).toEqual({ draft: draft() });
    // Nothing of it goes to Net3.
    expect(upstream.requests).toEqual([]);
  });

  it('is keyed by the session, never by the browser: another person sees nothing of it', async () => {
    await put(rep1, { ...draft(), userName: 'rep2' });
    expect((await get(rep2)).json()).toEqual({ draft: null });
    await remove(rep2);
    expect((await get(rep1)).json()).toEqual({ draft: draft() });
  });

  it('the draft typed last wins; a clock running ahead cannot make one win for ever', async () => {
    await put(rep1, draft({ savedAt: 5_000, step: 'review' }));
    const older = await put(rep1, draft({ savedAt: 4_000, step: 'company' }));
    expect(older.json()).toEqual({ savedAt: 5_000, kept: false });
    expect((await get(rep1)).json()).toMatchObject({ draft: { step: 'review' } });
    // From the future: kept as if typed now (10 000), so a later real write still wins.
    await put(rep1, draft({ savedAt: 99_999_999, step: 'addresses' }));
    expect((await get(rep1)).json()).toMatchObject({
      draft: { step: 'addresses', savedAt: 10_000 },
    });
    clock = 11_000;
    await put(rep1, draft({ savedAt: 11_000, step: 'contacts' }));
    expect((await get(rep1)).json()).toMatchObject({ draft: { step: 'contacts' } });
  });

  it('refuses a draft over 64 KiB with 413 saying its size, and keeps the one before', async () => {
    await put(rep1, draft());
    const big = draft({ form: { customer: { notes: 'x'.repeat(80 * 1024) } } });
    const refused = await put(rep1, big);
    expect(refused.status).toBe(413);
    expect(refused.json()).toEqual({
      responseStatus: {
        errorCode: 'DraftTooLarge',
        message:
          'This draft is too big to keep on the server (81 KiB, the limit is 64 KiB). It is still kept in this tab.',
        errors: [],
      },
    });
    expect((await get(rep1)).json()).toEqual({ draft: draft() });
    // Just under the limit is kept.
    const fits = draft({ form: { customer: { notes: 'x'.repeat(60 * 1024) } } });
    expect((await put(rep1, fits)).status).toBe(200);
  });

  it('refuses a draft without its outline with a message saying what is wrong', async () => {
    const cases: [unknown, RegExp][] = [
      [draft({ step: 'payment' }), /no step the wizard knows/],
      [draft({ form: [] }), /no form/],
      [draft({ savedAt: 'yesterday' }), /savedAt/],
      [draft({ idempotencyKey: 42 }), /idempotencyKey/],
    ];
    for (const [body, message] of cases) {
      const refused = await put(rep1, body);
      expect(refused.status).toBe(400);
      expect(refused.json()).toMatchObject({
        responseStatus: { errorCode: 'InvalidDraft', message: expect.stringMatching(message) },
      });
    }
    expect((await put(rep1, 'not json')).status).toBe(400);
    expect((await get(rep1)).json()).toEqual({ draft: null });
  });

  it('DELETE removes the draft (Start over, a successful submit)', async () => {
    await put(rep1, draft());
    expect((await remove(rep1)).status).toBe(204);
    expect((await get(rep1)).json()).toEqual({ draft: null });
  });

  it('PUT and DELETE from another site are refused before anything is kept', async () => {
    const response = await sendRequest(`${portal.url}/api/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: rep1 },
      body: JSON.stringify(draft()),
    });
    expect(response.status).toBe(403);
    expect((await get(rep1)).json()).toEqual({ draft: null });
  });
});
