// Reads a request's JSON object body the same careful way for every /api route that takes one:
// JSON only (UTF-8, and refused when it is not), at most 64 KiB (refused as soon as it is larger,
// without reading the rest), at most 32 levels deep, a JSON object (never an array, a string or
// null), and no number that would be rounded on its way to Net3 (exact-json.ts).
import type { IncomingMessage } from 'node:http';
import { InexactNumber, MAX_JSON_DEPTH, parseExactJson } from './exact-json.ts';

/** Largest request body the proxy reads; a full customer is a few KiB. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

/** The client closed the connection before its whole body arrived: there is no one to answer. */
export class ClientWentAway extends Error {
  constructor() {
    super('The client went away before sending the whole body.');
    this.name = 'ClientWentAway';
  }
}

/** A field error in ServiceStack's shape, with the C# path as fieldName (`Customer.LocalId`). */
export type FieldError = { errorCode: string; fieldName: string; message: string; meta: object };

export type JsonBodyRefusal = {
  status: 400 | 413 | 415;
  errorCode: string;
  message: string;
  errors?: FieldError[];
};

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

// Fatal: a byte sequence that is not UTF-8 is refused rather than read as U+FFFD and sent on.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function parseJsonObject(body: Buffer, what: string): JsonBodyRead {
  const refuse = (message: string): JsonBodyRead => ({
    ok: false,
    status: 400,
    errorCode: 'SerializationException',
    message,
  });
  let decoded: string;
  try {
    // ignoreBOM: false drops a leading byte order mark, which JSON.parse would reject.
    decoded = utf8.decode(body);
  } catch {
    return refuse(
      `The request body is not valid UTF-8 text. Send ${what} as JSON encoded in UTF-8 (Content-Type: application/json; charset=utf-8).`,
    );
  }
  let parsed: ReturnType<typeof parseExactJson>;
  try {
    parsed = parseExactJson(decoded);
  } catch (error) {
    return refuse(
      /^\s*$/.test(decoded)
        ? `The request body is empty. Send ${what} as a JSON object.`
        : `The request body is not valid JSON (${(error as Error).message}). Send ${what} as a JSON object.`,
    );
  }
  if (!parsed.ok) {
    return refuse(
      `The request body is nested more than ${MAX_JSON_DEPTH} levels deep, far deeper than ${what} ever is. Send ${what} as the portal's pages do.`,
    );
  }
  const { value } = parsed;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    value instanceof InexactNumber
  ) {
    const got =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'an array'
          : value instanceof InexactNumber
            ? 'a number'
            : `a ${typeof value}`;
    return refuse(`The request body must be a JSON object (${what}), not ${got}.`);
  }
  // A NUL (U+0000) can only arrive escaped; the text test spares the walk for every other body.
  if (decoded.includes('\\u0000')) {
    const nul = refuseNulCharacters(value as Record<string, unknown>);
    if (nul !== null) return nul;
  }
  if (parsed.hasInexactNumbers) return refuseInexactNumbers(value as Record<string, unknown>);
  return { ok: true, value: value as Record<string, unknown> };
}

// Each number that cannot be sent exactly, refused on its field as ServiceStack would name it.
function refuseInexactNumbers(value: Record<string, unknown>): JsonBodyRead {
  const errors: FieldError[] = [];
  visitLeaves(value, [], (leaf, path) => {
    if (!(leaf instanceof InexactNumber)) return;
    const { literal } = leaf;
    const fieldName = serviceStackFieldName(path);
    errors.push({
      errorCode: 'InexactNumber',
      fieldName,
      message:
        `${fieldName.split('.').at(-1) ?? 'The number'} is ${literal.slice(0, 40)}, which cannot be sent exactly: ` +
        `give a whole number between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}.`,
      meta: {},
    });
  });
  return {
    ok: false,
    status: 400,
    errorCode: 'InexactNumber',
    message: errors[0]?.message ?? 'A number in the request cannot be sent exactly.',
    errors,
  };
}

/**
 * Text holding a NUL (U+0000) is refused on its field: PostgreSQL cannot store it (the ledger
 * would fail as if the database were down), SQLite cuts searches at it, and no name, address or
 * email has one.
 */
function refuseNulCharacters(value: Record<string, unknown>): JsonBodyRead | null {
  const errors: FieldError[] = [];
  visitLeaves(value, [], (leaf, path) => {
    const inKey = path.some((segment) => String(segment).includes('\u0000'));
    if (!(typeof leaf === 'string' && leaf.includes('\u0000')) && !inKey) return;
    const fieldName = serviceStackFieldName(path);
    errors.push({
      errorCode: 'InvalidCharacter',
      fieldName,
      message: `${fieldName.split('.').at(-1) ?? 'A field'} contains an invisible NUL character (U+0000), which the portal cannot keep. Remove it (retype the text if it was pasted) and send again.`,
      meta: {},
    });
  });
  if (errors.length === 0) return null;
  return {
    ok: false,
    status: 400,
    errorCode: 'InvalidCharacter',
    message: errors[0]!.message,
    errors,
  };
}

function visitLeaves(
  value: unknown,
  path: (string | number)[],
  visit: (leaf: unknown, path: (string | number)[]) => void,
): void {
  // Depth is bounded by MAX_JSON_DEPTH, checked before the value is revived.
  if (Array.isArray(value))
    value.forEach((item, index) => visitLeaves(item, [...path, index], visit));
  else if (typeof value === 'object' && value !== null && !(value instanceof InexactNumber))
    for (const [key, item] of Object.entries(value)) visitLeaves(item, [...path, key], visit);
  else visit(value, path);
}

/** ['customer', 'localId'] -> 'Customer.LocalId'; ['contacts', 1, 'email'] -> 'Contacts[1].Email'. */
export function serviceStackFieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const segment of path) {
    if (typeof segment === 'number') name += `[${segment}]`;
    else {
      const text = String(segment);
      name += `${name === '' ? '' : '.'}${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    }
  }
  return name;
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
