import { describe, expect, it } from 'vitest';
import { formatPhoneForForm, formatSentPhone, toE164Phone } from './phone-number.ts';

describe('toE164Phone', () => {
  it.each([
    ['(803) 555-0100', '+18035550100'],
    ['803.555.0100', '+18035550100'],
    [' 1 (803) 555-0100 ', '+18035550100'],
    ['+1 787 555 0100', '+17875550100'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('reads %j as %s', (typed, e164) => {
    expect(toE164Phone(typed)).toBe(e164);
  });

  it.each(['', '555-0100', '(123) 456-7890', 'call 803-555-0100', '803-555-0100 x12'])(
    'refuses %j',
    (typed) => {
      expect(toE164Phone(typed)).toBeNull();
    },
  );
});

describe('formatPhoneForForm', () => {
  it.each([
    ['+18035550100', '(803) 555-0100'],
    ['+17875550100', '(787) 555-0100'],
    ['+442079460958', '+44 20 7946 0958'],
    ['not a phone', 'not a phone'],
  ])('writes %s as %j', (e164, written) => {
    expect(formatPhoneForForm(e164)).toBe(written);
  });
});

describe('formatSentPhone', () => {
  it.each([
    ['+18435550142', '+1 843 555 0142'],
    ['+442079460958', '+44 20 7946 0958'],
    ['', ''],
    ['843 555', '843 555'],
  ])('writes the sent %j as %j', (wire, shown) => {
    expect(formatSentPhone(wire)).toBe(shown);
  });

  it('shows the number the wire mapping sends, however it was typed', () => {
    expect(formatSentPhone(toE164Phone('843 555 0142')!)).toBe('+1 843 555 0142');
  });
});
