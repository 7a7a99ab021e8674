import { describe, expect, it } from 'vitest';
import {
  customerMatchKeys,
  customerNameKey,
  matchingEmailDomain,
  normalisedPhone,
} from './customer-match-keys.ts';

describe('what makes two customers look alike', () => {
  it('sets aside letter case, punctuation and legal suffixes in names', () => {
    expect(customerNameKey('ACME Widgets, L.L.C.')).toBe('acme widgets');
    expect(customerNameKey('Acme Widgets LLC')).toBe('acme widgets');
    expect(customerNameKey('Acme  Widgets Inc.')).toBe('acme widgets');
    expect(customerNameKey('Acme Widgets Co. Ltd')).toBe('acme widgets');
    expect(customerNameKey('Crème & Co')).toBe('creme and');
    expect(customerNameKey('Beta Corp')).toBe('beta');
    expect(customerNameKey('Acme Gadgets LLC')).not.toBe(customerNameKey('Acme Widgets LLC'));
  });

  it('sets aside invisible format characters and compatibility forms (issue 20, item 4)', () => {
    const acme = customerNameKey('Acme Widgets');
    for (const disguised of [
      'Ac\u200Bme Widgets',
      'Acme\u200D Wid\u2060gets',
      '\u202EAcme Widgets\u202C',
      '\uFEFFAcme Widgets',
      'Ａｃｍｅ Ｗｉｄｇｅｔｓ',
    ]) {
      expect(customerNameKey(disguised), JSON.stringify(disguised)).toBe(acme);
    }
  });

  it('keeps a name that is only a suffix, and has none for blanks', () => {
    expect(customerNameKey('Company')).toBe('company');
    expect(customerNameKey(' ,. ')).toBeNull();
  });

  it('matches email domains except free-mail ones', () => {
    expect(matchingEmailDomain('Bob@Acme.Example')).toBe('acme.example');
    expect(matchingEmailDomain('someone@gmail.com')).toBeNull();
    expect(matchingEmailDomain('someone@outlook.com')).toBeNull();
    expect(matchingEmailDomain('not an email')).toBeNull();
  });

  it('reads a phone as its digits, E.164 kept', () => {
    expect(normalisedPhone('+1 (803) 555-0100')).toBe('+18035550100');
    expect(normalisedPhone('+18035550100')).toBe('+18035550100');
    expect(normalisedPhone('12')).toBeNull();
  });

  it('gathers every key of a customer', () => {
    expect(
      customerMatchKeys({
        customerName: 'Acme Widgets LLC',
        email: 'Office@acme.example',
        phone: '+18035550100',
        customerId: ' ACME-001 ',
      }),
    ).toEqual({
      nameKey: 'acme widgets',
      email: 'office@acme.example',
      emailDomain: 'acme.example',
      phone: '+18035550100',
      customerId: 'acme-001',
    });
  });
});
