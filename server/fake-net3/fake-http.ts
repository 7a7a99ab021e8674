// The fake's HTTP plumbing, shared by its Net3 routes and its backdoor: reading a request body
// (with the size limit), answers in ServiceStack's JSON shape, and sending an answer.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the fake sends back, worked out before anything is written to the socket. */
export type Answer = {
  status: number;
  body: string;
  contentType: string;
  headers?: Record<string, string | string[]>;
};

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The body as text; null when it is larger than the fake accepts. */
export async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : null;
}

/** JSON.parse as ServiceStack reads a request body: a leading byte-order mark is skipped. Throws. */
export function parseRequestJson(rawBody: string): unknown {
  return JSON.parse(rawBody.replace(/^\uFEFF/, ''));
}

export function jsonAnswer(status: number, body: unknown): Answer {
  return { status, body: JSON.stringify(body), contentType: JSON_CONTENT_TYPE };
}

/** ServiceStack's error body: `{ responseStatus: { errorCode, message, errors: [] } }`. */
export function serviceStackError(status: number, errorCode: string, message: string): Answer {
  return jsonAnswer(status, { responseStatus: { errorCode, message, errors: [] } });
}

export function tooLarge(): Answer {
  return serviceStackError(413, 'RequestEntityTooLarge', 'The request body is too large.');
}

export function send(res: ServerResponse, answer: Answer): void {
  // The caller may have gone (a timed-out proxy); the request still counts, as it would on Net3.
  if (res.destroyed) return;
  res.writeHead(answer.status, {
    'content-type': answer.contentType,
    'content-length': Buffer.byteLength(answer.body),
    ...answer.headers,
  });
  res.end(answer.body);
}
