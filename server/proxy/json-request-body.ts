// Reads a request's JSON object body the same careful way for every /api route that takes one:
// JSON only (UTF-8), at most 64 KiB (refused as soon as it is larger, without reading the rest),
// and a JSON object, never an array, a string or null.
import type { IncomingMessage } from 'node:http';

/** Largest request body the proxy reads; a full customer is a few KiB. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

/** The client closed the connection before its whole body arrived: there is no one to answer. */
export class ClientWentAway extends Error {
  constructor() {
    super('The client went away before sending the whole body.');
    this.name = 'ClientWentAway';
  }
}

export type JsonBodyRefusal = { status: 400 | 413 | 415; errorCode: string; message: string };

export type JsonBodyRead =
  { ok: true; value: Record<string, unknown> } | ({ ok: false } & JsonBodyRefusal);

/**
 * Checks Content-Type and size and parses the body. `what` names the expected object in
 * messages ("the customer", "your username and password"). Rejects with ClientWentAway
 * only when the client went away before the body arrived. `maxBytes` lets a route read a
 * little more than it keeps, to tell the person how far over its own limit they are.
 */
export async function readJsonObjectBody(
  req: IncomingMessage,
  what: string,
  maxBytes: number = MAX_REQUEST_BODY_BYTES,
): Promise<JsonBodyRead> {
  const contentType = checkJsonContentType(req.headers['content-type'], what);
  if (contentType !== null)
    return { ok: false, status: 415, errorCode: 'UnsupportedMediaType', message: contentType };
  const tooLarge: JsonBodyRead = {
    ok: false,
    status: 413,
    errorCode: 'RequestEntityTooLarge',
    message:
      `The request body is larger than ${maxBytes / 1024} KiB, the most the portal accepts. ` +
      'A customer with its addresses and contacts is far smaller: check what is being sent.',
  };
  const declaredLength = Number(req.headers['content-length'] ?? 0);
  if (declaredLength > maxBytes) return tooLarge;
  const body = await readLimitedBody(req, maxBytes);
  if (body === null) return tooLarge;
  return parseJsonObject(body, what);
}

function checkJsonContentType(header: string | undefined, what: string): string | null {
  if (header === undefined || header.trim() === '') {
    return `The request has no Content-Type. Send ${what} as JSON with Content-Type: application/json.`;
  }
  const [mediaType = '', ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    return `The portal only accepts JSON here, not ${JSON.stringify(header.slice(0, 100))}. Send ${what} with Content-Type: application/json.`;
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (name.trim().toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      return `The JSON must be UTF-8, not ${JSON.stringify(charset.slice(0, 40))}. Send Content-Type: application/json; charset=utf-8.`;
    }
  }
  return null;
}

function parseJsonObject(body: Buffer, what: string): JsonBodyRead {
  let text = body.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // JSON.parse rejects a byte order mark
  const refuse = (message: string): JsonBodyRead => ({
    ok: false,
    status: 400,
    errorCode: 'SerializationException',
    message,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(
      /^\s*$/.test(text)
        ? `The request body is empty. Send ${what} as a JSON object.`
        : `The request body is not valid JSON (${(error as Error).message}). Send ${what} as a JSON object.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return refuse(`The request body must be a JSON object (${what}), not ${got}.`);
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Reads the body up to `limit` bytes; resolves null as soon as it is larger. */
function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // the rest of an oversized body is discarded
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    req.once('error', () => {
      if (settled) return;
      settled = true;
      reject(new ClientWentAway());
    });
    req.once('close', () => {
      if (settled) return;
      settled = true;
      reject(new ClientWentAway());
    });
  });
}
