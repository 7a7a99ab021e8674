import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  dateTimeSchema,
  describeZodIssues,
  INT32_MAX,
  INT32_MIN,
  int32Schema,
  isInt32,
  isSafeLong,
  isWireDateTime,
} from './wire-values.ts';

describe('isInt32', () => {
  it('accepts the ends of the C# int range', () => {
    expect(isInt32(INT32_MIN)).toBe(true);
    expect(isInt32(INT32_MAX)).toBe(true);
  });

  it.each([INT32_MAX + 1, INT32_MIN - 1, 1.5, Number.NaN, Infinity, '1', null])(
    'rejects %j',
    (value) => {
      expect(isInt32(value)).toBe(false);
    },
  );
});

describe('isSafeLong', () => {
  it('accepts ±(2^53 - 1)', () => {
    expect(isSafeLong(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isSafeLong(Number.MIN_SAFE_INTEGER)).toBe(true);
  });

  it.each([2 ** 53, -(2 ** 53), 1e300, 0.5, Number.NaN, '42'])('rejects %j', (value) => {
    expect(isSafeLong(value)).toBe(false);
  });
});

describe('isWireDateTime', () => {
  it('accepts DateTime.MinValue and MaxValue', () => {
    expect(isWireDateTime('/Date(-62135596800000)/')).toBe(true);
    expect(isWireDateTime('/Date(253402300799999)/')).toBe(true);
  });

  it('rejects instants a .NET DateTime cannot hold', () => {
    expect(isWireDateTime('/Date(-62135596800001)/')).toBe(false);
    expect(isWireDateTime('/Date(253402300800000)/')).toBe(false);
  });
});

describe('field schemas', () => {
  it('name the field in their message', () => {
    const result = int32Schema('serviceLevelId').safeParse(2 ** 31);
    expect(result.error?.issues[0]?.message).toBe(
      'serviceLevelId must be a whole number between -2147483648 and 2147483647',
    );
  });

  it('give one message whatever kind of wrong value arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null)), (value) => {
        const result = dateTimeSchema('requestCreated').safeParse(value);
        fc.pre(!result.success);
        expect(result.error.issues).toHaveLength(1);
        expect(result.error.issues[0]?.message).toMatch(/^requestCreated must be a date/);
      }),
    );
  });
});

describe('describeZodIssues', () => {
  it('prefixes each message with its dotted path', () => {
    const schema = z.object({
      contacts: z.array(z.object({ roles: z.array(z.literal('Primary', { error: 'bad role' })) })),
    });
    const result = schema.safeParse({
      contacts: [{ roles: ['Primary'] }, { roles: ['Primary', 'x'] }],
    });
    expect(describeZodIssues(result.error!)).toEqual(['contacts.1.roles.1: bad role']);
  });

  it('gives a top-level message without a path prefix', () => {
    const result = z.string({ error: 'must be text' }).safeParse(1);
    expect(describeZodIssues(result.error!)).toEqual(['must be text']);
  });
});
