// The ledger for signed-in staff: GET /api/submissions (newest first, 50 a page, "only mine",
// search by customer name or email), GET /api/submissions/:id (the answers as sent and Net3's
// answer), and POST /api/submissions/:id/retry (an unknown outcome sent again with the same
// Idempotency-Key, by the person who submitted it). Resellers never see any of it: 401
// without a staff session.
import type { IncomingMessage } from 'node:http';
import {
  SUBMISSIONS_PAGE_SIZE,
  type SubmissionDetail,
  type SubmissionSummary,
} from '../../../src/provisioning/contract/submission-records.ts';
import { ownerKeyOf, type SubmissionRow } from '../../ledger/submission-ledger.ts';
import { clientAddress } from '../client-address.ts';
import { sendRecordedSubmission } from '../recorded-submission.ts';
import { refuse } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';
import { sendJson } from '../servicestack-error.ts';

function summaryOf(row: SubmissionRow): SubmissionSummary {
  return {
    id: row.id,
    customerName: row.customer_name,
    customerEmail: row.customer_email,
    submittedBy: row.submitted_by,
    createdAt: row.created_at,
    state: row.state,
    net3CustomerId: row.net3_customer_id,
  };
}

function parsedObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function fieldErrorsOf(text: string | null): SubmissionDetail['fieldErrors'] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list) ? (list as SubmissionDetail['fieldErrors']) : [];
  } catch {
    return [];
  }
}

function queryOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://portal.invalid').searchParams;
}

export const submissionsRoute: ProxyRoute = {
  method: 'GET',
  path: '/api/submissions',
  async answer({ ledger, requireSession }, req, res) {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    const query = queryOf(req);
    const page = Math.max(1, Math.min(100_000, Number.parseInt(query.get('page') ?? '1', 10) || 1));
    const search = (query.get('q') ?? '').slice(0, 200);
    const { rows, total } = await ledger.list({
      page,
      pageSize: SUBMISSIONS_PAGE_SIZE,
      onlyUser: query.get('mine') === '1' ? identity.userName : undefined,
      search,
    });
    sendJson(res, 200, {
      items: rows.map(summaryOf),
      total,
      page,
      pageSize: SUBMISSIONS_PAGE_SIZE,
    });
  },
};

export const submissionRoute: ProxyRoute = {
  method: 'GET',
  path: '/api/submissions/:id',
  async answer({ ledger, requireSession }, req, res, { id }) {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    const row = id === undefined ? undefined : await ledger.get(id);
    if (row === undefined) {
      refuse(
        req,
        res,
        404,
        'NotFound',
        'There is no such submission. Go back to Submissions and pick it from the list.',
      );
      return;
    }
    const mine =
      row.owner_key ===
      ownerKeyOf({
        audience: 'staff',
        userName: identity.userName,
        displayName: '',
        clientAddress: '',
      });
    const detail: SubmissionDetail = {
      ...summaryOf(row),
      audience: row.audience,
      request: parsedObject(row.request_body),
      attempts: row.attempts,
      answerStatus: row.answer_status,
      errorCode: row.error_code,
      errorMessage: row.error_message,
      fieldErrors: fieldErrorsOf(row.field_errors),
      n3TLoginsCompanyId: row.n3t_logins_company_id,
      mayRetry: mine && row.state === 'unknown' && row.request_body !== null,
    };
    sendJson(res, 200, detail);
  },
};

export const retrySubmissionRoute: ProxyRoute = {
  method: 'POST',
  path: '/api/submissions/:id/retry',
  async answer(context, req, res, { id }) {
    const identity = await context.requireSession(req, res);
    if (identity === null) return;
    const row = id === undefined ? undefined : await context.ledger.get(id);
    const owner = {
      audience: 'staff' as const,
      userName: identity.userName,
      displayName: identity.displayName ?? identity.userName,
      clientAddress: clientAddress(req, context.options.trustProxy),
    };
    const request = parsedObject(row?.request_body ?? null);
    if (row === undefined || request === null || row.owner_key !== ownerKeyOf(owner)) {
      refuse(
        req,
        res,
        404,
        'NotFound',
        'There is no submission of yours to send again here. Go back to Submissions.',
      );
      return;
    }
    // The same key and the same body as the first attempt: the ledger decides whether it goes.
    req.headers['idempotency-key'] = row.idempotency_key;
    await sendRecordedSubmission(context, req, res, owner, request);
  },
};
