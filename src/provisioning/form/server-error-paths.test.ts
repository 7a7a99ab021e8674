import { describe, expect, it } from 'vitest';
import { exampleProvisionCustomerForm } from './example-form.ts';
import { formFieldForServerError } from './server-error-paths.ts';

describe('formFieldForServerError', () => {
  it.each([
    ['Customer.CustomerName', 'customer.customerName', 'company'],
    ['Customer.CustomerId', 'customer.customerId', 'company'],
    ['Customer.Email', 'customer.email', 'company'],
    ['Customer.N3TLogins_CompanyId', 'customer.n3TLogins_CompanyId', 'company'],
    ['customer.n3tlogins_companyid', 'customer.n3TLogins_CompanyId', 'company'],
    ['Customer.isReseller', 'customer.isReseller', 'company'],
    ['Customer.ServiceLevelId', 'customer.serviceLevelId', 'company'],
    ['Customer.TypePricingTierId', 'customer.typePricingTierId', 'company'],
    ['Customer.TypeCustomerStatusId', 'customer.typeCustomerStatusId', 'company'],
    ['Customer.LocalId', 'customer.localId', 'company'],
    ['SalesContact', 'customer.salesContact', 'company'],
    ['Addresses', 'addresses.root', 'addresses'],
    ['Addresses[0]', 'addresses.root', 'addresses'],
    ['Addresses[0].PostalCode', 'addresses.0.postalCode', 'addresses'],
    ['Addresses[1].Primary', 'addresses.1.primary', 'addresses'],
    ['addresses.1.street', 'addresses.1.street', 'addresses'],
    ['Contacts', 'contacts.root', 'contacts'],
    ['Contacts[1].Email', 'contacts.1.email', 'contacts'],
    ['CONTACTS[2].FIRSTNAME', 'contacts.2.firstName', 'contacts'],
    ['Contacts[0].Roles', 'contacts.0.roles', 'contacts'],
    ['Contacts[0].Roles[1]', 'contacts.0.roles', 'contacts'],
    ['CreatedBy.Email', 'createdBy.email', 'review'],
    ['CreatedBy.FirstName', 'createdBy.firstName', 'review'],
    ['CreatedBy.UserId', 'createdBy.userId', 'review'],
    [' Customer.Phone ', 'customer.phone', 'company'],
  ])('maps %j to %s on the %s step', (fieldName, path, step) => {
    expect(formFieldForServerError(fieldName)).toEqual({ path, step });
  });

  it.each([
    '',
    'Customer',
    'CreatedBy',
    'Customer.SalesContact',
    'Customer.LastUpdateDate',
    'Customer.CustomerName.Length',
    'CreatedBy.CompanyId',
    'RequesterIP',
    'RequestCreated',
    'Addresses[0].Country',
    'Addresses[x].Street',
    'Contacts[0].Roles[1].Name',
    'Contacts[0]Email',
    'Unknown',
  ])('maps %j to nothing, for the error summary only', (fieldName) => {
    expect(formFieldForServerError(fieldName)).toBeNull();
  });

  it("maps the customer's street and City, ST ZIP to the primary address's street and city", () => {
    const form = exampleProvisionCustomerForm();
    expect(formFieldForServerError('Customer.StreetAddress', form)).toEqual({
      path: 'addresses.1.street',
      step: 'addresses',
    });
    expect(formFieldForServerError('Customer.CityStateZip', form)).toEqual({
      path: 'addresses.1.city',
      step: 'addresses',
    });
  });

  it('maps the customer street to the address list when the primary address is unknown', () => {
    const noPrimary = exampleProvisionCustomerForm();
    noPrimary.addresses.forEach((address) => (address.primary = false));
    const expected = { path: 'addresses.root', step: 'addresses' };
    expect(formFieldForServerError('Customer.StreetAddress')).toEqual(expected);
    expect(formFieldForServerError('Customer.CityStateZip', noPrimary)).toEqual(expected);
  });

  it('maps an item the form no longer has to its list', () => {
    const form = exampleProvisionCustomerForm();
    expect(formFieldForServerError('Contacts[3].Email', form)).toEqual({
      path: 'contacts.root',
      step: 'contacts',
    });
    expect(formFieldForServerError('Contacts[2].Email', form)).toEqual({
      path: 'contacts.2.email',
      step: 'contacts',
    });
  });

  it('maps the fields of the example 400 response', () => {
    const fieldNames = ['Customer.CustomerName', 'Contacts[1].Email', 'Addresses[0].PostalCode'];
    expect(fieldNames.map((fieldName) => formFieldForServerError(fieldName)?.path)).toEqual([
      'customer.customerName',
      'contacts.1.email',
      'addresses.0.postalCode',
    ]);
  });
});
