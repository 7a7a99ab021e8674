import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabaseLocation } from '../database/database-test-dialects.ts';
import { openPortalDatabase, type PortalDatabase } from '../database/open-portal-database.ts';
import { startLedgerRetention } from '../ledger/ledger-retention.ts';
import { createStaffDraftStore, type StaffDraftStore } from './staff-draft-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testDialects)('staff drafts on $name', ({ create }) => {
  let target: TestDatabaseLocation;
  let database: PortalDatabase;
  let drafts: StaffDraftStore;

  beforeEach(async () => {
    target = await create();
    database = await openPortalDatabase(target.location);
    drafts = createStaffDraftStore(database.db);
  });
  afterEach(async () => {
    await database.close();
    await target.remove();
  });

  it('keeps one draft per person, each apart from the others', async () => {
    await drafts.put('demo.sales', '{"a":1}', 1_000);
    await drafts.put('demo.support', '{"b":2}', 1_500);
    await drafts.put('demo.sales', '{"a":3}', 2_000);
    expect(await drafts.get('demo.sales')).toEqual({ draft: '{"a":3}', updatedAt: 2_000 });
    expect(await drafts.get('demo.support')).toEqual({ draft: '{"b":2}', updatedAt: 1_500 });
    await drafts.delete('demo.sales');
    expect(await drafts.get('demo.sales')).toBeUndefined();
    expect(await drafts.get('demo.support')).toBeDefined();
  });

  it('the draft typed last wins, whatever order the writes arrive in', async () => {
    await drafts.put('demo.sales', '{"typed":"later"}', 5_000);
    const stale = await drafts.put('demo.sales', '{"typed":"earlier"}', 4_000);
    expect(stale).toEqual({ draft: '{"typed":"later"}', updatedAt: 5_000 });
    // The same moment again is a newer write (a second tab saving the same instant).
    const again = await drafts.put('demo.sales', '{"typed":"same time"}', 5_000);
    expect(again.draft).toBe('{"typed":"same time"}');
  });

  it('concurrent writes leave exactly the newest', async () => {
    await Promise.all(
      [3, 1, 4, 1, 5, 9, 2, 6].map((n, index) =>
        drafts.put('demo.sales', `{"n":${n},"i":${index}}`, n * 1_000),
      ),
    );
    expect((await drafts.get('demo.sales'))?.updatedAt).toBe(9_000);
    expect((await drafts.get('demo.sales'))?.draft).toBe('{"n":9,"i":5}');
  });

  it('housekeeping deletes drafts not saved for DRAFT_RETENTION_DAYS and keeps the rest', async () => {
    const now = 100 * DAY_MS;
    await drafts.put('old.rep', '{}', now - 31 * DAY_MS);
    await drafts.put('recent.rep', '{}', now - 29 * DAY_MS);
    const log: string[] = [];
    const retention = startLedgerRetention(database.db, {
      retentionDays: 180,
      draftRetentionDays: 30,
      log: (line) => log.push(line),
      now: () => now,
    });
    retention.stop();
    await retention.runOnce();
    expect(await drafts.get('old.rep')).toBeUndefined();
    expect(await drafts.get('recent.rep')).toBeDefined();
    expect(log.join('\n')).toMatch(/Deleted 1 staff drafts not saved for 30 days/);
  });
});
