// Sends one submission (staff or signup) to Net3 through the ledger: recorded as `sending`
// before anything goes out, answered from the ledger when its Idempotency-Key was answered
// before, refused with 409 while the same key is in flight, and updated with how it ended.
// When the ledger cannot be written nothing is sent (503): a submission never goes to Net3
// without a trace.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  IDEMPOTENCY_KEY_HEADER,
  IN_PROGRESS_ERROR_CODE,
  LEDGER_UNAVAILABLE_ERROR_CODE,
  SUBMISSION_ID_HEADER,
} from '../../src/provisioning/contract/portal-wire.ts';
import { readIgnoringCase } from '../../src/provisioning/contract/read-ignoring-case.ts';
import { isDataError } from '../database/open-portal-database.ts';
import { customerMatchKeys } from '../ledger/customer-match-keys.ts';
import type { BeginResult, SubmissionOwner } from '../ledger/submission-ledger.ts';
import { refuse } from './refusals.ts';
import type { RouteContext } from './route-context.ts';
import { apiResponseHeaders } from './servicestack-error.ts';
import { submissionOutcomeOf } from './submission-answers.ts';

/** The ledger refused what was typed (a database error about the data, not an outage). */
export const UNRECORDABLE_SUBMISSION_MESSAGE =
  'The portal could not record this submission because of something in what was entered, so nothing was sent to Net3. Check the text for pasted invisible characters, or give the reference below to support.';

export const LEDGER_UNAVAILABLE_MESSAGE =
  'The portal cannot record this submission right now, so nothing was sent to Net3. Try again in a minute; your answers are kept.';

// Keys the wizard makes are UUIDs; anything printable and short is accepted from other callers.
const idempotencyKeyPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's key, a new one when it sent none (older pages), or null when it is malformed. */
export function idempotencyKeyOf(req: IncomingMessage): string | null {
  const sent = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (sent === undefined) return randomUUID();
  return typeof sent === 'string' && idempotencyKeyPattern.test(sent.trim()) ? sent.trim() : null;
}

function customerText(request: Record<string, unknown>, name: string): string {
  const customer = readIgnoringCase(request, 'customer');
  if (typeof customer !== 'object' || customer === null) return '';
  const value = readIgnoringCase(customer as Record<string, unknown>, name);
  return typeof value === 'string' ? value.slice(0, 200) : '';
}

export async function sendRecordedSubmission(
  context: RouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  owner: SubmissionOwner,
  request: Record<string, unknown>,
): Promise<void> {
  const idempotencyKey = idempotencyKeyOf(req);
  if (idempotencyKey === null) {
    refuse(
      req,
      res,
      400,
      'InvalidIdempotencyKey',
      `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to 128 letters, digits or . _ : -; nothing was sent. Reload the portal and submit again.`,
    );
    return;
  }
  const requestBody = JSON.stringify(request);
  let begun: BeginResult;
  try {
    begun = await context.ledger.begin({
      owner,
      idempotencyKey,
      requestBody,
      customerName: customerText(request, 'customerName'),
      customerEmail: customerText(request, 'email'),
      matchKeys: customerMatchKeys({
        customerName: customerText(request, 'customerName'),
        email: customerText(request, 'email'),
        phone: customerText(request, 'phone'),
        customerId: customerText(request, 'customerId'),
      }),
    });
  } catch (error) {
    if (isDataError(error)) {
      // The database answered and refused this submission's text: trying again will not help.
      context.logger.error(
        { err: error },
        "the ledger refused a submission's data, so it was not sent",
      );
      refuse(req, res, 500, 'InternalServerError', UNRECORDABLE_SUBMISSION_MESSAGE);
      return;
    }
    context.logger.error({ err: error }, 'could not record a submission, so it was not sent');
    refuse(req, res, 503, LEDGER_UNAVAILABLE_ERROR_CODE, LEDGER_UNAVAILABLE_MESSAGE, {
      'retry-after': '60',
    });
    return;
  }
  context.note({ submissionId: begun.id });
  if (begun.kind === 'in-progress') {
    context.note({ outcome: 'in-progress' });
    refuse(
      req,
      res,
      409,
      IN_PROGRESS_ERROR_CODE,
      'This customer is being sent to Net3 right now (from another tab, or a moment ago). Wait a few seconds for its answer, then look on Submissions; nothing was sent twice.',
      { [SUBMISSION_ID_HEADER]: begun.id },
    );
    return;
  }
  if (begun.kind === 'replay') {
    context.note({ outcome: 'replayed' });
    send(res, begun.id, begun.answer.status, begun.answer.body, { 'idempotent-replayed': 'true' });
    return;
  }
  const ended = await context.upstream.submit(
    req,
    '/provisioning/customer',
    Buffer.from(requestBody),
  );
  const outcome = submissionOutcomeOf(ended, context.options.timeoutMs);
  context.note({
    outcome: outcome.state,
    ...(outcome.net3CustomerId === undefined ? {} : { net3CustomerId: outcome.net3CustomerId }),
  });
  try {
    await context.ledger.finish(begun.id, outcome);
  } catch (error) {
    // Net3 has acted: the person must hear its answer. The row stays `sending` (then taken for
    // unknown), never a silent gap.
    context.logger.error({ err: error }, "could not record Net3's answer to the submission");
  }
  send(res, begun.id, outcome.answer.status, outcome.answer.body);
}

function send(
  res: ServerResponse,
  id: string,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return; // the browser went away; the ledger knows how it ended
  res.writeHead(status, {
    ...apiResponseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    [SUBMISSION_ID_HEADER]: id,
    ...headers,
  });
  res.end(body);
}
