// The server's side of a staff session: the row is the session (who, when signed in, when last
// used, the absolute end), keyed by a SHA-256 hash of the cookie's random id, so a copy of the
// table signs nobody in. Deleting the row ends every copy of the cookie on every instance.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PortalTables } from '../database/portal-database-schema.ts';
import { staffIdentityKeys, type StaffIdentity } from './staff-identity.ts';

/** A new session id: 256 random bits, base64url (what the cookie carries, signed). */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the id. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('base64url');
}

export type StaffSessionRow = { identity: StaffIdentity; createdAt: number; lastSeenAt: number };

export type StaffSessionStore = {
  /**
   * Records a new session; when `userName` then has more than `maxSessionsPerPerson` live
   * sessions, their oldest end.
   */
  create(
    idHash: string,
    identity: StaffIdentity,
    times: { createdAt: number; expiresAt: number; maxSessionsPerPerson: number },
  ): Promise<void>;
  /** The live session with this hash (its absolute end not passed), if any. */
  find(idHash: string, now: number): Promise<StaffSessionRow | undefined>;
  /** The session was used at `at` (renewed: its idle timeout starts again). */
  touch(idHash: string, at: number): Promise<void>;
  end(idHash: string): Promise<void>;
  /** Ends every session of `userName`. */
  endAllOf(userName: string): Promise<void>;
  /** Removes rows whose absolute end has passed. */
  deleteExpired(now: number): Promise<void>;
};

export function createStaffSessionStore(db: Kysely<PortalTables>): StaffSessionStore {
  return {
    async create(idHash, identity, { createdAt, expiresAt, maxSessionsPerPerson }) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('staff_sessions')
          .values({
            id_hash: idHash,
            user_name: identity.userName,
            identity: JSON.stringify(identity),
            created_at: createdAt,
            last_seen_at: createdAt,
            expires_at: expiresAt,
          })
          .execute();
        // Newest first; everything past the cap ends (the oldest first). A soft cap on
        // PostgreSQL: two sign-ins of one person at the same moment may each see only their own
        // new row and end nothing, leaving one over; the next sign-in trims it.
        const beyondCap = await trx
          .selectFrom('staff_sessions')
          .select('id_hash')
          .where('user_name', '=', identity.userName)
          .where('expires_at', '>', createdAt)
          .orderBy('created_at', 'desc')
          .orderBy('id_hash')
          .offset(maxSessionsPerPerson)
          .limit(1_000)
          .execute();
        if (beyondCap.length > 0) {
          await trx
            .deleteFrom('staff_sessions')
            .where(
              'id_hash',
              'in',
              beyondCap.map((row) => row.id_hash),
            )
            .where('id_hash', '!=', idHash)
            .execute();
        }
      });
    },
    async find(idHash, now) {
      const row = await db
        .selectFrom('staff_sessions')
        .select(['identity', 'created_at', 'last_seen_at'])
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const identity = identityFromRow(row.identity);
      if (identity === null) return undefined;
      return { identity, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
    },
    async touch(idHash, at) {
      await db
        .updateTable('staff_sessions')
        .set({ last_seen_at: at })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async end(idHash) {
      await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
    },
    async endAllOf(userName) {
      await db.deleteFrom('staff_sessions').where('user_name', '=', userName).execute();
    },
    async deleteExpired(now) {
      await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).execute();
    },
  };
}

/** The identity a row holds, frozen: every request of the session shares it. */
function identityFromRow(text: string): StaffIdentity | null {
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof fields?.userName !== 'string' || fields.userName === '') return null;
  const identity: StaffIdentity = { userName: fields.userName };
  for (const key of staffIdentityKeys) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') identity[key] = value;
  }
  return Object.freeze(identity);
}
