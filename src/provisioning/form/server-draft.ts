// A signed-in staff member's draft on the server (issue 10), so it follows them to any
// browser: GET, PUT and DELETE /api/draft. Loaded after the first step is on screen (the
// first step's JavaScript has a budget), by the draft status note and by Sign out.
// Saving is throttled to at most one write a second, always sending the latest answers; a
// write that cannot reach the portal leaves the tab's copy (draft-storage.ts) to stand in,
// and is sent again when the browser is back online or at the next save.
// It imports only types from the first step's modules: what it runs with comes in the kit
// (staff-draft-kit.ts says why).
import type { Net3ApiError } from '../api/net3-api-error.ts';
import type { ProvisionDraft } from './draft-storage.ts';
import type { StaffDraftKit } from './staff-draft-kit.ts';

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the server keeps: the tab's draft and the customer's Idempotency-Key. */
export type ServerDraft = ProvisionDraft & { idempotencyKey: string | null };

export type DraftSaveStatus =
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline' }
  /** The portal refused it (too big): its message, which says the tab keeps it. */
  | { kind: 'refused'; message: string };

/** At most one write a second, and never before the person pauses briefly. */
export const SERVER_SAVE_INTERVAL_MS = 1_000;
const QUIET_MS = 300;

export async function getServerDraft(kit: StaffDraftKit): Promise<ServerDraft | null> {
  return kit.requestPortalJson({
    method: 'GET',
    path: '/api/draft',
    timeoutMs: 10_000,
    readResponse: (body) => {
      const draft = isJsonObject(body) ? body.draft : null;
      if (!isJsonObject(draft)) return null;
      const key = draft.idempotencyKey;
      return { ...kit.readDraft(draft), idempotencyKey: typeof key === 'string' ? key : null };
    },
  });
}

function putServerDraft(kit: StaffDraftKit, draft: ServerDraft): Promise<unknown> {
  return kit.requestPortalJson({
    method: 'PUT',
    path: '/api/draft',
    body: draft,
    timeoutMs: 10_000,
    readResponse: (body) => body,
  });
}

function deleteServerDraft(kit: StaffDraftKit): Promise<unknown> {
  return kit.requestPortalJson({
    method: 'DELETE',
    path: '/api/draft',
    timeoutMs: 10_000,
    readResponse: (body) => body,
  });
}

export type ServerDraftSync = {
  /** The answers changed: send them within a second. */
  changed(): void;
  /** Sends what is waiting now, and resolves when the server has it (or could not). */
  flush(): Promise<void>;
  /** Start over or a successful submit: nothing more is sent, and the server's copy goes. */
  discard(): Promise<void>;
  dispose(): void;
};

let active: ServerDraftSync | null = null;
// Every request in order, so a DELETE never lands before a PUT sent just before it.
let queue: Promise<unknown> = Promise.resolve();

function inTurn(work: () => Promise<unknown>): Promise<void> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return queue as Promise<void>;
}

export function startServerDraftSync(
  kit: StaffDraftKit,
  read: () => ServerDraft,
  onStatus: (status: DraftSaveStatus) => void,
): ServerDraftSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  let lastSentAt = 0;
  let disposed = false;

  const send = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (!waiting || disposed) return queue as Promise<void>;
    waiting = false;
    lastSentAt = Date.now();
    const draft = read();
    onStatus({ kind: 'saving' });
    return inTurn(async () => {
      try {
        await putServerDraft(kit, draft);
        if (!waiting) onStatus({ kind: 'saved' });
      } catch (error) {
        // A Net3ApiError (request-portal-json.ts), read by its fields: the class is not imported.
        const { status = 0, serverMessage } = error as Partial<Net3ApiError>;
        if (status === 413 && serverMessage) {
          onStatus({ kind: 'refused', message: serverMessage });
        } else if (status !== 401) {
          // Not reached (offline, the portal or its database down): the tab keeps it, and
          // it goes again when the browser is back online or at the next change.
          waiting = true;
          onStatus({ kind: 'offline' });
        }
      }
    });
  };
  const changed = () => {
    waiting = true;
    if (timer !== undefined || disposed) return;
    const wait = Math.max(QUIET_MS, lastSentAt + SERVER_SAVE_INTERVAL_MS - Date.now());
    timer = setTimeout(() => void send(), wait);
  };
  const online = () => {
    if (waiting) void send();
  };
  window.addEventListener('online', online);

  const sync: ServerDraftSync = {
    changed,
    flush: send,
    async discard() {
      clearTimeout(timer);
      timer = undefined;
      waiting = false;
      await inTurn(() => deleteServerDraft(kit));
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
      if (active === sync) active = null;
    },
  };
  active = sync;
  return sync;
}

/** Start over and a successful submit: the server's copy goes too, loaded or not. */
export function discardServerDraft(kit: StaffDraftKit): Promise<void> {
  return active ? active.discard() : inTurn(() => deleteServerDraft(kit));
}

/** Sign out, before the session ends: the last answers reach the server (a few seconds at most). */
export async function flushServerDraft(): Promise<void> {
  if (!active) return;
  await Promise.race([active.flush(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
}
