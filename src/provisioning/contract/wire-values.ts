// Range checks and zod field schemas for Net3's wire values (int, long, bool, string,
// Guid, DateTime). Net3 silently turns a value it cannot read into the type's default,
// so every check here must reject what the server would misread, and every message
// names the field so a person (or a log) can tell which value was wrong.
import { z } from 'zod';
import {
  NET_DATETIME_MAX_MS,
  NET_DATETIME_MIN_MS,
  parseServiceStackDate,
} from './servicestack-date.ts';
import { wireGuidPattern } from './servicestack-guid.ts';
import {
  INT32_MAX,
  INT32_MIN,
  SAFE_LONG_MAX,
  SAFE_LONG_MIN,
  isInt32,
  isSafeLong,
} from './wire-numbers.ts';

// Every zod schema of the portal is built on this module, in the browser (the lazily loaded
// form rules) and on the server. Without jitless, zod's first object parse probes for eval
// with new Function(''), which the portal's CSP (script-src 'self') blocks and reports on
// every page load; the interpreted parser is fast enough for forms this size.
z.config({ jitless: true });

export { INT32_MAX, INT32_MIN, SAFE_LONG_MAX, SAFE_LONG_MIN, isInt32, isSafeLong };

/** True for a DateTime string Net3 reads as the intended instant within DateTime's range. */
export function isWireDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const date = parseServiceStackDate(value);
  if (date === null) return false;
  const ms = date.getTime();
  return ms >= NET_DATETIME_MIN_MS && ms <= NET_DATETIME_MAX_MS;
}

export function int32Schema(fieldName: string) {
  const message = `${fieldName} must be a whole number between ${INT32_MIN} and ${INT32_MAX}`;
  return z.number({ error: message }).refine(isInt32, { error: message });
}

export function safeLongSchema(fieldName: string) {
  const message = `${fieldName} must be a whole number between ${SAFE_LONG_MIN} and ${SAFE_LONG_MAX}`;
  return z.number({ error: message }).refine(isSafeLong, { error: message });
}

export function textSchema(fieldName: string) {
  return z.string({ error: `${fieldName} must be text` });
}

export function booleanSchema(fieldName: string) {
  return z.boolean({ error: `${fieldName} must be true or false` });
}

export function guidSchema(fieldName: string) {
  const message = `${fieldName} must be a GUID written as 32 lowercase hex digits without dashes`;
  return z.string({ error: message }).regex(wireGuidPattern, { error: message });
}

export function dateTimeSchema(fieldName: string) {
  const message =
    `${fieldName} must be a date written as /Date(<UTC milliseconds>)/ ` +
    `(or ISO 8601 with a time zone) between the years 0001 and 9999`;
  return z.string({ error: message }).refine(isWireDateTime, { error: message });
}

/** "contacts.1.roles.0: roles must each be one of ..." for every issue in a zod error. */
export function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}
