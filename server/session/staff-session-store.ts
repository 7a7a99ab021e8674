// The server's side of a staff session: one row per signed-in session, so that signing out
// ends every copy of the cookie on every instance, and no renewal outlives the absolute end.
// The sealed cookie (portal-session.ts) carries the row's id; a cookie whose row is gone is
// "not signed in".
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PortalTables } from '../database/portal-database-schema.ts';

export type StaffSessionStore = {
  /** A new session's id; the row lasts until `expiresAt` at the latest. */
  create(userName: string, createdAt: number, expiresAt: number): Promise<string>;
  isActive(id: string, now: number): Promise<boolean>;
  end(id: string): Promise<void>;
  /** Removes rows whose absolute end has passed. */
  deleteExpired(now: number): Promise<void>;
};

export function createStaffSessionStore(db: Kysely<PortalTables>): StaffSessionStore {
  return {
    async create(userName, createdAt, expiresAt) {
      const id = randomBytes(24).toString('base64url');
      await db
        .insertInto('staff_sessions')
        .values({ id, user_name: userName, created_at: createdAt, expires_at: expiresAt })
        .execute();
      return id;
    },
    async isActive(id, now) {
      const row = await db
        .selectFrom('staff_sessions')
        .select('id')
        .where('id', '=', id)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row !== undefined;
    },
    async end(id) {
      await db.deleteFrom('staff_sessions').where('id', '=', id).execute();
    },
    async deleteExpired(now) {
      await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).execute();
    },
  };
}
