import { describe, expect, it } from 'vitest';
import { exampleProvisionCustomerForm } from '../provisioning/form/example-form.ts';
import { toSignupSubmission } from './to-signup-submission.ts';

describe('toSignupSubmission', () => {
  it('sends only the company, addresses and contacts a public signup may send', () => {
    // The example form carries staff-only answers (ids, Customer ID, Local ID, sales contact,
    // created by): none of them may leave the browser in a signup.
    const form = exampleProvisionCustomerForm();
    form.customer.parentCompanyId = 'partner-17';
    form.createdBy = {
      email: 'rep@net3.example',
      firstName: 'Rep',
      lastName: 'One',
      username: 'rep1',
      userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    };

    const submission = toSignupSubmission(form, '');

    expect(Object.keys(submission).sort()).toEqual([
      'addresses',
      'contacts',
      'customer',
      'website',
    ]);
    expect(submission.customer).toEqual({
      customerName: 'Acmé & Söhne, LLC',
      email: 'ops@acme.example',
      phone: '+18035550100',
      extension: '12',
      parentCompanyId: 'partner-17',
      streetAddress: '200 Bay Rd',
      cityStateZip: 'Charleston, SC 29401-1234',
    });
    expect(submission.website).toBe('');
    const text = JSON.stringify(submission);
    for (const staffOnly of [
      'customerId',
      'serviceLevelId',
      'typePricingTierId',
      'typeCustomerStatusId',
      'isReseller',
      'localId',
      'n3TLogins_CompanyId',
      'salesContact',
      'createdBy',
      'requestCreated',
      'requesterIP',
      'rep1',
    ]) {
      expect(text).not.toContain(staffOnly);
    }
  });

  it('maps addresses and contacts like the staff wizard does', () => {
    const submission = toSignupSubmission(exampleProvisionCustomerForm(), '');

    expect(submission.addresses).toHaveLength(2);
    expect(submission.addresses?.[1]).toEqual({
      street: '200 Bay Rd',
      city: 'Charleston',
      state: 'SC',
      postalCode: '29401-1234',
      telephone: '',
      extension: '',
      email: '',
      notes: '',
      primary: true,
    });
    expect(submission.contacts?.[0]).toEqual({
      firstName: 'Zoë',
      lastName: "O'Brien",
      email: 'zoe@acme.example',
      telephone: '+18035550101',
      roles: ['Primary', 'Billing'],
    });
  });

  it('passes the honeypot on as the form has it', () => {
    expect(toSignupSubmission(exampleProvisionCustomerForm(), 'http://spam.example').website).toBe(
      'http://spam.example',
    );
  });
});
