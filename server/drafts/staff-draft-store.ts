// A signed-in staff member's one current draft, kept by the portal so it follows the person
// to any browser (issue 10). One row per user name; the draft is the browser's JSON
// ({ step, form, idempotencyKey, savedAt }), stored as text and never read for meaning here.
// "Newest write wins" is decided by when the answers were typed (savedAt, never later than
// the server's clock), not by when the request arrived: a tab that was offline and sends its
// older copy later must not overwrite what the person typed since on another computer.
import type { Kysely } from 'kysely';
import type { PortalTables } from '../database/portal-database-schema.ts';

export type StoredDraft = { draft: string; updatedAt: number };

export type StaffDraftStore = {
  get(userName: string): Promise<StoredDraft | undefined>;
  /**
   * Keeps `draft` unless the stored one was typed later; resolves what is stored afterwards
   * (the caller's draft, or the newer one that stayed).
   */
  put(userName: string, draft: string, updatedAt: number): Promise<StoredDraft>;
  delete(userName: string): Promise<void>;
  /** Deletes drafts last written before `cutoff`; resolves how many. */
  deleteOlderThan(cutoff: number): Promise<number>;
};

export function createStaffDraftStore(db: Kysely<PortalTables>): StaffDraftStore {
  async function get(userName: string): Promise<StoredDraft | undefined> {
    const row = await db
      .selectFrom('staff_drafts')
      .select(['draft', 'updated_at'])
      .where('user_name', '=', userName)
      .executeTakeFirst();
    return row && { draft: row.draft, updatedAt: row.updated_at };
  }
  return {
    get,
    async put(userName, draft, updatedAt) {
      // One statement, so two tabs or two instances writing at once race in the database.
      await db
        .insertInto('staff_drafts')
        .values({ user_name: userName, draft, updated_at: updatedAt })
        .onConflict((conflict) =>
          conflict
            .column('user_name')
            .doUpdateSet((eb) => ({
              draft: eb.ref('excluded.draft'),
              updated_at: eb.ref('excluded.updated_at'),
            }))
            .where('staff_drafts.updated_at', '<=', updatedAt),
        )
        .execute();
      return (await get(userName)) ?? { draft, updatedAt };
    },
    async delete(userName) {
      await db.deleteFrom('staff_drafts').where('user_name', '=', userName).execute();
    },
    async deleteOlderThan(cutoff) {
      const result = await db
        .deleteFrom('staff_drafts')
        .where('updated_at', '<', cutoff)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
