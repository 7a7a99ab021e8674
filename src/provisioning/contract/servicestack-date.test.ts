import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatServiceStackDate,
  NET_DATETIME_MIN_MS,
  parseServiceStackDate,
} from './servicestack-date.ts';

const jsDateMs = fc.integer({ min: -8.64e15, max: 8.64e15 });

function msOf(text: string): number | undefined {
  return parseServiceStackDate(text)?.getTime();
}

describe('formatServiceStackDate', () => {
  it('writes UTC milliseconds with no offset', () => {
    expect(formatServiceStackDate(new Date(Date.UTC(2025, 10, 27)))).toBe('/Date(1764201600000)/');
  });

  it('writes dates before 1970 as negative milliseconds', () => {
    expect(formatServiceStackDate(new Date(NET_DATETIME_MIN_MS))).toBe('/Date(-62135596800000)/');
  });

  it('refuses an Invalid Date instead of writing /Date(NaN)/', () => {
    expect(() => formatServiceStackDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips every millisecond a JavaScript Date can hold', () => {
    fc.assert(
      fc.property(jsDateMs, (ms) => {
        expect(msOf(formatServiceStackDate(new Date(ms)))).toBe(ms);
      }),
    );
  });
});

describe('parseServiceStackDate', () => {
  it('reads the plain UTC form', () => {
    expect(msOf('/Date(1764201600000)/')).toBe(1764201600000);
  });

  it('reads a positive offset without shifting the instant', () => {
    expect(msOf('/Date(1764201600000+0200)/')).toBe(1764201600000);
  });

  it('reads a negative offset without shifting the instant', () => {
    expect(msOf('/Date(1764201600000-0500)/')).toBe(1764201600000);
  });

  it('reads the "unspecified kind" offset -0000', () => {
    expect(msOf('/Date(1764201600000-0000)/')).toBe(1764201600000);
  });

  it('reads the form with literal backslashes left by double encoding', () => {
    expect(msOf('\\/Date(1764201600000)\\/')).toBe(1764201600000);
    expect(msOf('\\/Date(1764201600000+0100)\\/')).toBe(1764201600000);
  });

  it("reads the metadata sample's DateTime.MinValue", () => {
    const minValue = parseServiceStackDate('\\/Date(-62135596800000-0000)\\/');
    expect(minValue?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });

  it('reads negative milliseconds as dates before 1970', () => {
    expect(parseServiceStackDate('/Date(-86400000)/')?.toISOString()).toBe(
      '1969-12-31T00:00:00.000Z',
    );
  });

  it('round-trips every offset form to the same milliseconds', () => {
    const offset = fc
      .tuple(
        fc.constantFrom('+', '-'),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(jsDateMs, offset, fc.boolean(), (ms, zone, escaped) => {
        const slash = escaped ? '\\/' : '/';
        expect(msOf(`${slash}Date(${ms}${zone})${slash}`)).toBe(ms);
      }),
    );
  });

  it('reads ISO 8601 with Z', () => {
    expect(msOf('2025-11-27T00:00:00Z')).toBe(1764201600000);
    expect(msOf('2025-11-27T00:00:00.250Z')).toBe(1764201600250);
  });

  it('reads ISO 8601 with an explicit offset as the instant it names', () => {
    expect(msOf('2025-11-27T02:00:00+02:00')).toBe(1764201600000);
    expect(msOf('2025-11-26T19:00:00-0500')).toBe(1764201600000);
  });

  it("reads .NET's seven fraction digits, truncated to milliseconds", () => {
    expect(msOf('2025-11-27T00:00:00.1239999Z')).toBe(1764201600123);
  });

  it('reads ISO years 0001-0099 as themselves, not as 1900-1999', () => {
    expect(msOf('0001-01-01T00:00:00Z')).toBe(NET_DATETIME_MIN_MS);
  });

  it('round-trips every toISOString value', () => {
    fc.assert(
      fc.property(jsDateMs, (ms) => {
        expect(msOf(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });

  it('rejects zone-less ISO, which the server would read as its own local time', () => {
    expect(parseServiceStackDate('2025-11-27T00:00:00')).toBeNull();
    expect(parseServiceStackDate('2025-11-27')).toBeNull();
  });

  it.each([
    '',
    'String',
    '/Date()/',
    '/Date(abc)/',
    '/Date(1.5)/',
    '/Date(1764201600000+02)/',
    '/Date(1764201600000+0260)/',
    '/Date(1764201600000)',
    'Date(1764201600000)',
    ' /Date(1764201600000)/',
    '/Date(8640000000000001)/',
    '/Date(99999999999999999999)/',
    '2025-02-30T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-11-27T24:00:00Z',
    '2025-11-27T00:00:00+25:00',
    '1764201600000',
  ])('rejects %j', (text) => {
    expect(parseServiceStackDate(text)).toBeNull();
  });
});
