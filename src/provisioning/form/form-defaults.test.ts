import { describe, expect, it } from 'vitest';
import {
  defaultProvisionCustomerForm,
  emptyAddress,
  emptyContact,
  emptyCreatedBy,
} from './form-defaults.ts';

/** Paths of every undefined or null value, however deep. */
function undefinedPaths(value: unknown, path = ''): string[] {
  if (value === undefined || value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => undefinedPaths(child, `${path}.${key}`));
}

describe('the form defaults', () => {
  it('start a new request with one primary address and one Primary contact', () => {
    const form = defaultProvisionCustomerForm();
    expect(form.addresses).toEqual([emptyAddress(true)]);
    expect(form.contacts).toEqual([emptyContact(['Primary'])]);
    expect(form.createdBy).toEqual(emptyCreatedBy());
    expect(form.customer.isReseller).toBe(false);
  });

  it('leave nothing undefined, so every input is controlled from the first render', () => {
    expect(undefinedPaths(defaultProvisionCustomerForm())).toEqual([]);
  });

  it('make a non-primary address unless asked', () => {
    expect(emptyAddress().primary).toBe(false);
  });

  it('give each new form and item its own objects', () => {
    const roles = ['Technical'] as const;
    const contact = emptyContact([...roles]);
    contact.roles.push('Billing');
    expect(emptyContact([...roles]).roles).toEqual(['Technical']);
    expect(defaultProvisionCustomerForm().addresses).not.toBe(
      defaultProvisionCustomerForm().addresses,
    );
  });
});
