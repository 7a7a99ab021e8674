import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_GUID, formatDashedGuid, formatGuid } from './servicestack-guid.ts';

describe('formatGuid', () => {
  it('keeps 32 lowercase hex digits as they are', () => {
    expect(formatGuid('0123456789abcdef0123456789abcdef')).toBe('0123456789abcdef0123456789abcdef');
  });

  it('lower-cases 32 hex digits in any case', () => {
    expect(formatGuid('0123456789ABCDEF0123456789AbCdEf')).toBe('0123456789abcdef0123456789abcdef');
  });

  it('removes the dashes of the 8-4-4-4-12 form', () => {
    expect(formatGuid('A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90')).toBe(
      'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    );
  });

  it('keeps the empty Guid', () => {
    expect(formatGuid('00000000-0000-0000-0000-000000000000')).toBe(EMPTY_GUID);
  });

  it('gives every UUID back as its 32 lowercase hex digits', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.boolean(), (uuid, upper) => {
        const typed = upper ? uuid.toUpperCase() : uuid;
        expect(formatGuid(typed)).toBe(uuid.replaceAll('-', '').toLowerCase());
      }),
    );
  });

  it.each([
    '',
    '0123456789abcdef0123456789abcde',
    '0123456789abcdef0123456789abcdef0',
    '0123456789abcdef0123456789abcdeg',
    '{a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90}',
    'a1b2c3d4e5f6-0718-293a-4b5c6d7e8f90',
    'a1b2c3d4-e5f60718-293a-4b5c6d7e8f90',
    ' a1b2c3d4e5f60718293a4b5c6d7e8f90',
    'not a guid',
  ])('rejects %j', (text) => {
    expect(formatGuid(text)).toBeNull();
  });

  it('rejects every string that is neither form', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^[0-9a-f]{32}$/i.test(text));
        fc.pre(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text));
        expect(formatGuid(text)).toBeNull();
      }),
    );
  });
});

describe('formatDashedGuid', () => {
  it('writes the 32-hex wire form dashed, 8-4-4-4-12', () => {
    expect(formatDashedGuid('0123ABCD456789abcdef0123456789ab')).toBe(
      '0123abcd-4567-89ab-cdef-0123456789ab',
    );
  });

  it('is the form formatGuid reads back to the same Guid', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        const hex = formatGuid(uuid)!;
        expect(formatDashedGuid(hex)).toBe(uuid.toLowerCase());
        expect(formatGuid(formatDashedGuid(hex))).toBe(hex);
      }),
    );
  });

  it('shows text that is not a Guid as it was', () => {
    expect(formatDashedGuid('abc123')).toBe('abc123');
  });
});
