import { describe, expect, it } from 'vitest';
import { referralFromSearch } from './referral.ts';

describe('referralFromSearch', () => {
  it('reads the referring company id from ?parent=', () => {
    expect(referralFromSearch('?parent=partner-17')).toBe('partner-17');
    expect(referralFromSearch('?step=contacts&parent=ACME_2')).toBe('ACME_2');
  });

  it('ignores a missing, empty or malformed referral instead of refusing the signup', () => {
    expect(referralFromSearch('')).toBeNull();
    expect(referralFromSearch('?parent=')).toBeNull();
    expect(referralFromSearch('?parent=%3Cscript%3E')).toBeNull();
    expect(referralFromSearch('?parent=two%20words')).toBeNull();
    expect(referralFromSearch(`?parent=${'a'.repeat(65)}`)).toBeNull();
  });

  it('accepts an id of exactly 64 characters', () => {
    expect(referralFromSearch(`?parent=${'a'.repeat(64)}`)).toBe('a'.repeat(64));
  });
});
