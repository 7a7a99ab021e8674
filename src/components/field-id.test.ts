import { describe, expect, it } from 'vitest';
import { describedBy, errorId, fieldId, hintId } from './field-id.ts';

describe('field ids', () => {
  it('derive the id from the form path, and the hint and error ids from the id', () => {
    expect(fieldId('contacts.1.email')).toBe('contacts-1-email');
    expect(fieldId('addresses[0].city')).toBe('addresses-0-city');
    expect(hintId('customer-name')).toBe('customer-name-hint');
    expect(errorId('customer-name')).toBe('customer-name-error');
  });
});

describe('describedBy: the one aria-describedby rule', () => {
  it('names the hint, then the error, and only the ones the field has', () => {
    expect(describedBy('name', 'As on the contract', 'Enter the name')).toBe(
      'name-hint name-error',
    );
    expect(describedBy('name', 'As on the contract', undefined)).toBe('name-hint');
    expect(describedBy('name', undefined, 'Enter the name')).toBe('name-error');
  });

  it('is undefined, not an empty attribute, when there is neither', () => {
    expect(describedBy('name', undefined, undefined)).toBeUndefined();
    expect(describedBy('name', '', '')).toBeUndefined();
  });
});
