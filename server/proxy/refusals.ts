// The answers a route gives when it refuses a request itself, before anything goes to Net3:
// ServiceStack-shaped, and closing the connection when the browser's body was never read.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { JsonBodyRefusal } from './json-request-body.ts';
import { sendJson, sendServiceStackError } from './servicestack-error.ts';

function hasUnreadBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * `Connection: close` when the request's body is still unread: otherwise Node would drain it to
 * keep the connection alive, however big it is.
 */
export function closeWhenBodyUnread(req: IncomingMessage): OutgoingHttpHeaders {
  return hasUnreadBody(req) ? { connection: 'close' } : {};
}

export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  errorCode: string,
  message: string,
  headers: OutgoingHttpHeaders = {},
): void {
  sendServiceStackError(res, status, errorCode, message, {
    ...closeWhenBodyUnread(req),
    ...headers,
  });
}

/** The answer to a body readJsonObjectBody (or a schema) refused: 415, 413 or 400, with any field errors. */
export function refuseBody(req: IncomingMessage, res: ServerResponse, body: JsonBodyRefusal): void {
  if (body.errors === undefined) {
    refuse(req, res, body.status, body.errorCode, body.message);
    return;
  }
  const { errorCode, message, errors } = body;
  sendJson(
    res,
    body.status,
    { responseStatus: { errorCode, message, errors } },
    closeWhenBodyUnread(req),
  );
}

export function refuseTooManyRequests(
  req: IncomingMessage,
  res: ServerResponse,
  retryAfterSeconds: number,
  message: string,
): void {
  refuse(req, res, 429, 'TooManyRequests', message, { 'retry-after': String(retryAfterSeconds) });
}
