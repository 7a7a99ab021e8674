// Housekeeping for the portal's store, run at start and then hourly: request bodies in the
// ledger older than LEDGER_RETENTION_DAYS are cleared (who, when, outcome and ids stay), and
// staff sessions past their absolute end are deleted, and so are staff drafts not written for
// DRAFT_RETENTION_DAYS. A failure is logged and tried next hour.
import type { Kysely } from 'kysely';
import type { PortalTables } from '../database/portal-database-schema.ts';
import { createStaffDraftStore } from '../drafts/staff-draft-store.ts';
import { createStaffSessionStore } from '../session/staff-session-store.ts';
import { createSubmissionLedger } from './submission-ledger.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export function startLedgerRetention(
  db: Kysely<PortalTables>,
  options: {
    retentionDays: number;
    draftRetentionDays: number;
    log: (line: string) => void;
    now?: () => number;
  },
): { stop(): void; runOnce(): Promise<void> } {
  const now = options.now ?? Date.now;
  const ledger = createSubmissionLedger(db, { now, staleSendingMs: Number.POSITIVE_INFINITY });
  const sessions = createStaffSessionStore(db);
  const drafts = createStaffDraftStore(db);
  async function runOnce(): Promise<void> {
    try {
      const cleared = await ledger.clearRequestBodiesBefore(now() - options.retentionDays * DAY_MS);
      if (cleared > 0) {
        options.log(
          `[net3-portal] Cleared the request bodies of ${cleared} submissions older than ${options.retentionDays} days.`,
        );
      }
      await sessions.deleteExpired(now());
      const forgotten = await drafts.deleteOlderThan(now() - options.draftRetentionDays * DAY_MS);
      if (forgotten > 0) {
        options.log(
          `[net3-portal] Deleted ${forgotten} staff drafts not saved for ${options.draftRetentionDays} days.`,
        );
      }
    } catch (error) {
      options.log(
        `[net3-portal] Ledger housekeeping failed (tried again in an hour): ${(error as Error).message}`,
      );
    }
  }
  void runOnce();
  const timer = setInterval(() => void runOnce(), HOUR_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), runOnce };
}
