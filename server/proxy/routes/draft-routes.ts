// The signed-in staff member's draft (issue 10): GET, PUT and DELETE /api/draft. Whose
// draft it is comes from the session alone (its user name), never from the browser, so no
// one can read or overwrite another person's. 401 without a staff session; the public signup
// keeps its draft in the tab and never comes here.
// PUT takes { step, form, idempotencyKey, savedAt }. The portal keeps it as the browser sent
// it (the browser reads it back as carefully as a tab draft) after checking its outline, and
// refuses a draft over 64 KiB with 413 saying how big it is: the browser keeps its own copy.
import { createStaffDraftStore } from '../../drafts/staff-draft-store.ts';
import { readJsonObjectBody } from '../json-request-body.ts';
import { refuse, refuseBody } from '../refusals.ts';
import type { ProxyRoute, RouteContext } from '../route-context.ts';
import { apiResponseHeaders, sendJson } from '../servicestack-error.ts';

/** The most the portal keeps of one person's draft. A whole customer is a few KiB. */
export const MAX_DRAFT_BYTES = 64 * 1024;

/** Read up to this much, so a draft a little over the limit is told its size. */
const DRAFT_READ_LIMIT_BYTES = 1024 * 1024;

const wizardSteps: readonly unknown[] = ['company', 'addresses', 'contacts', 'review'];

export function draftTooLargeMessage(bytes: number | null): string {
  const size = bytes === null ? 'more than 1024 KiB' : `${Math.ceil(bytes / 1024)} KiB`;
  return `This draft is too big to keep on the server (${size}, the limit is ${MAX_DRAFT_BYTES / 1024} KiB). It is still kept in this tab.`;
}

function draftsOf(context: RouteContext) {
  return createStaffDraftStore(context.options.database.db);
}

/** The draft as the portal keeps it, or the reason it is not one. */
function draftText(body: Record<string, unknown>, now: number): string | { problem: string } {
  const { step, form, idempotencyKey, savedAt } = body;
  if (!wizardSteps.includes(step))
    return {
      problem: 'The draft has no step the wizard knows (company, addresses, contacts or review).',
    };
  if (typeof form !== 'object' || form === null || Array.isArray(form))
    return {
      problem: 'The draft has no form: send the wizard\'s answers as a JSON object in "form".',
    };
  if (idempotencyKey !== undefined && idempotencyKey !== null) {
    if (typeof idempotencyKey !== 'string' || idempotencyKey.length > 200)
      return {
        problem: 'The draft\'s "idempotencyKey" must be text of at most 200 characters, or null.',
      };
  }
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0)
    return {
      problem: 'The draft\'s "savedAt" must be the time it was typed, in milliseconds since 1970.',
    };
  // A browser clock running ahead must not make its draft win over every later one.
  const typedAt = Math.min(Math.floor(savedAt), now);
  return JSON.stringify({ step, form, idempotencyKey: idempotencyKey ?? null, savedAt: typedAt });
}

export const getDraftRoute: ProxyRoute = {
  method: 'GET',
  path: '/api/draft',
  async answer(context, req, res) {
    const identity = await context.requireSession(req, res);
    if (identity === null) return;
    const stored = await draftsOf(context).get(identity.userName);
    let draft: unknown = null;
    try {
      draft = stored === undefined ? null : JSON.parse(stored.draft);
    } catch {
      // Only this route writes the column; an unreadable row is as good as none.
    }
    sendJson(res, 200, { draft });
  },
};

export const putDraftRoute: ProxyRoute = {
  method: 'PUT',
  path: '/api/draft',
  async answer(context, req, res) {
    const identity = await context.requireSession(req, res);
    if (identity === null) return;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > DRAFT_READ_LIMIT_BYTES) {
      refuse(req, res, 413, 'DraftTooLarge', draftTooLargeMessage(declared));
      return;
    }
    const body = await readJsonObjectBody(req, 'the draft', DRAFT_READ_LIMIT_BYTES);
    if (!body.ok) {
      if (body.status === 413) refuse(req, res, 413, 'DraftTooLarge', draftTooLargeMessage(null));
      else refuseBody(req, res, body);
      return;
    }
    const now = context.now();
    const text = draftText(body.value, now);
    if (typeof text !== 'string') {
      refuse(req, res, 400, 'InvalidDraft', text.problem);
      return;
    }
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_DRAFT_BYTES) {
      refuse(req, res, 413, 'DraftTooLarge', draftTooLargeMessage(bytes));
      return;
    }
    const typedAt = (JSON.parse(text) as { savedAt: number }).savedAt;
    const stored = await draftsOf(context).put(identity.userName, text, typedAt);
    // kept: false when a draft typed later (in another tab or browser) stayed instead.
    sendJson(res, 200, { savedAt: stored.updatedAt, kept: stored.draft === text });
  },
};

export const deleteDraftRoute: ProxyRoute = {
  method: 'DELETE',
  path: '/api/draft',
  async answer(context, req, res) {
    const identity = await context.requireSession(req, res);
    if (identity === null) return;
    await draftsOf(context).delete(identity.userName);
    res.writeHead(204, apiResponseHeaders);
    res.end();
  },
};
