// ServiceStack's Guid wire form: 32 lowercase hex digits, no dashes (Guid.ToString("N")).
// Net3 turns a Guid it cannot parse into the empty Guid without telling anyone, so the
// portal normalises what a person typed and refuses anything that is not clearly a Guid.

/** The empty Guid: Net3 reads it as "not set". */
export const EMPTY_GUID = '00000000000000000000000000000000';

/** The only form the portal sends. */
export const wireGuidPattern = /^[0-9a-f]{32}$/;

const plainGuidPattern = /^[0-9a-f]{32}$/i;
const dashedGuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Dashed (8-4-4-4-12) or 32-hex, any case -> 32 lowercase hex; anything else -> null. */
export function formatGuid(text: string): string | null {
  if (plainGuidPattern.test(text) || dashedGuidPattern.test(text)) {
    return text.replaceAll('-', '').toLowerCase();
  }
  return null;
}

/**
 * A Guid written for people, as its input asks for it: dashed 8-4-4-4-12, lowercase
 * ("0123abcd-4567-89ab-cdef-0123456789ab"). Net3 answers the 32-hex form; text that is not a
 * Guid in either form is returned as it was, so nothing Net3 answered is hidden.
 */
export function formatDashedGuid(text: string): string {
  const hex = formatGuid(text.trim());
  if (hex === null) return text;
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}
