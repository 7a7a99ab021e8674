import { describe, expect, it } from 'vitest';
import { emptyCustomer } from '../form/form-defaults.ts';
import {
  asksForChoiceLists,
  asksForCustomerField,
  asksForPath,
  checkedCustomerFields,
} from './audience-description.ts';
import { resellerAudienceDescription as reseller } from './reseller-audience-description.ts';
import { staffAudienceDescription as staff } from './staff-audience-description.ts';

describe('what each audience is asked for', () => {
  it('asks staff every company answer, and checks exactly those', () => {
    const everyAnswer = Object.keys(emptyCustomer()).sort();
    expect([...staff.customerInputs].sort()).toEqual(everyAnswer);
    expect(checkedCustomerFields(staff).sort()).toEqual(everyAnswer);
    expect(asksForChoiceLists(staff)).toBe(true);
  });

  it('asks a reseller who the company is, and checks the referral too', () => {
    expect(reseller.customerInputs).toEqual(['customerName', 'email', 'phone', 'extension']);
    expect(checkedCustomerFields(reseller)).toEqual([
      'customerName',
      'email',
      'phone',
      'extension',
      'parentCompanyId',
    ]);
    expect(asksForCustomerField(reseller, 'parentCompanyId')).toBe(false);
    expect(asksForCustomerField(reseller, 'customerId')).toBe(false);
    expect(asksForChoiceLists(reseller)).toBe(false);
  });

  it('pins a server field error only on an input the person sees', () => {
    for (const audience of [staff, reseller]) {
      expect(asksForPath(audience, 'customer.email')).toBe(true);
      expect(asksForPath(audience, 'addresses.0.postalCode')).toBe(true);
      expect(asksForPath(audience, 'addresses.root')).toBe(true);
      expect(asksForPath(audience, 'contacts.1.email')).toBe(true);
      // "Created by" is read-only: nobody can correct it.
      expect(asksForPath(audience, 'createdBy.email')).toBe(false);
    }
    expect(asksForPath(staff, 'customer.salesContact')).toBe(true);
    expect(asksForPath(staff, 'customer.parentCompanyId')).toBe(true);
    expect(asksForPath(reseller, 'customer.customerId')).toBe(false);
    expect(asksForPath(reseller, 'customer.serviceLevelId')).toBe(false);
    // The referral is shown, not typed: its error goes to the summary.
    expect(asksForPath(reseller, 'customer.parentCompanyId')).toBe(false);
  });
});
