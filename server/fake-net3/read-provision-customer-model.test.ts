// How the fake binds a JSON body, value by value, the way ServiceStack.Text would.
import { describe, expect, it } from 'vitest';
import {
  DATE_TIME_MIN_VALUE,
  EMPTY_GUID,
  readProvisionCustomerModel,
} from './read-provision-customer-model.ts';

const readCustomer = (customer: Record<string, unknown>) =>
  readProvisionCustomerModel({ customer }).customer;

describe('readProvisionCustomerModel', () => {
  it('matches property names in any case at every level but keeps the underscore', () => {
    const model = readProvisionCustomerModel({
      CUSTOMER: { CustomerName: 'Acme', N3TLOGINS_COMPANYID: 'ABCDEF0123456789ABCDEF0123456789' },
      Contacts: [{ FIRSTNAME: 'Zoë', Roles: ['primary'] }],
      createdby: { USERID: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' },
      SalesContact: 'Rep One',
    });
    expect(model.customer?.customerName).toBe('Acme');
    expect(model.customer?.n3TLogins_CompanyId).toBe('abcdef0123456789abcdef0123456789');
    expect(model.contacts?.[0]?.firstName).toBe('Zoë');
    expect(model.contacts?.[0]?.roles).toEqual(['Primary']);
    expect(model.createdBy?.userId).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(model.salesContact).toBe('Rep One');
  });

  it('does not bind n3TLoginsCompanyId without the underscore', () => {
    const customer = readCustomer({ n3TLoginsCompanyId: '0123456789abcdef0123456789abcdef' });
    expect(customer?.n3TLogins_CompanyId).toBe(EMPTY_GUID);
  });

  it('ignores unknown property names', () => {
    const model = readProvisionCustomerModel({
      customer: { customerName: 'Acme', nickname: 'A' },
      surprise: true,
    });
    expect(model.customer?.customerName).toBe('Acme');
    expect(JSON.stringify(model)).not.toContain('nickname');
    expect(JSON.stringify(model)).not.toContain('surprise');
  });

  it('turns an int it cannot read into 0: text, fractions and overflow', () => {
    expect(readCustomer({ serviceLevelId: 'two' })?.serviceLevelId).toBe(0);
    expect(readCustomer({ serviceLevelId: 1.5 })?.serviceLevelId).toBe(0);
    expect(readCustomer({ serviceLevelId: 2 ** 31 })?.serviceLevelId).toBe(0);
    expect(readCustomer({ serviceLevelId: 2 ** 31 - 1 })?.serviceLevelId).toBe(2 ** 31 - 1);
    expect(readCustomer({ serviceLevelId: '7' })?.serviceLevelId).toBe(7);
  });

  it('reads a long beyond Int32 but not beyond Int64', () => {
    expect(readCustomer({ localId: 2 ** 40 })?.localId).toBe(2 ** 40);
    expect(readCustomer({ localId: 2 ** 64 })?.localId).toBe(0);
  });

  it('reads Guids dashed or plain in any case, and anything else as the empty Guid', () => {
    const dashed = readCustomer({ n3TLogins_CompanyId: '01234567-89AB-CDEF-0123-456789ABCDEF' });
    expect(dashed?.n3TLogins_CompanyId).toBe('0123456789abcdef0123456789abcdef');
    expect(readCustomer({ n3TLogins_CompanyId: 'not-a-guid' })?.n3TLogins_CompanyId).toBe(
      EMPTY_GUID,
    );
    expect(readCustomer({ n3TLogins_CompanyId: 42 })?.n3TLogins_CompanyId).toBe(EMPTY_GUID);
  });

  it('reads /Date(ms)/ with or without offset and ISO with Z, and anything else as MinValue', () => {
    const date = (requestCreated: unknown) =>
      readProvisionCustomerModel({ requestCreated }).requestCreated;
    expect(date('/Date(1764201600000)/')).toBe('2025-11-27T00:00:00.000Z');
    expect(date('\\/Date(1764201600000-0500)\\/')).toBe('2025-11-27T00:00:00.000Z');
    expect(date('2025-11-27T00:00:00Z')).toBe('2025-11-27T00:00:00.000Z');
    expect(date('/Date(-62135596800000-0000)/')).toBe(DATE_TIME_MIN_VALUE);
    expect(date('next Tuesday')).toBe(DATE_TIME_MIN_VALUE);
    expect(date(undefined)).toBe(DATE_TIME_MIN_VALUE);
    expect(DATE_TIME_MIN_VALUE).toBe('0001-01-01T00:00:00.000Z');
  });

  it('leaves a DateTime? that is absent or null as null', () => {
    expect(readCustomer({})?.lastUpdateDate).toBeNull();
    expect(readCustomer({ lastUpdateDate: null })?.lastUpdateDate).toBeNull();
    expect(readCustomer({ lastUpdateDate: 'garbage' })?.lastUpdateDate).toBe(DATE_TIME_MIN_VALUE);
  });

  it('reads booleans from true/false and their text, and anything else as false', () => {
    expect(readCustomer({ isReseller: true })?.isReseller).toBe(true);
    expect(readCustomer({ isReseller: 'True' })?.isReseller).toBe(true);
    expect(readCustomer({ isReseller: 'yes' })?.isReseller).toBe(false);
  });

  it('gives a string property the text of a number, and null for null', () => {
    expect(readCustomer({ phone: 8035550100 })?.phone).toBe('8035550100');
    expect(readCustomer({ phone: null })?.phone).toBeNull();
  });

  it('reads roles by name in any case or by number 1-6, keeping unknown ones as text', () => {
    const model = readProvisionCustomerModel({
      contacts: [{ roles: ['ContractSignatory', 'billing', 1, '6', 7, 'Boss'] }],
    });
    expect(model.contacts?.[0]?.roles).toEqual([
      'ContractSignatory',
      'Billing',
      'Primary',
      'ContractSignatory',
      '7',
      'Boss',
    ]);
  });

  it('binds objects and lists of the wrong JSON type as null', () => {
    const model = readProvisionCustomerModel({
      customer: 'Acme',
      addresses: { street: '1 Main St' },
      contacts: [null, 'x', { firstName: 'Kim' }],
    });
    expect(model.customer).toBeNull();
    expect(model.addresses).toBeNull();
    expect(model.contacts?.map((c) => c?.firstName ?? null)).toEqual([null, null, 'Kim']);
  });

  it('reads an empty body as a DTO with every property unset', () => {
    const model = readProvisionCustomerModel(null);
    expect(model).toEqual({
      customer: null,
      addresses: null,
      contacts: null,
      createdBy: null,
      salesContact: null,
      requesterIP: null,
      requestCreated: DATE_TIME_MIN_VALUE,
    });
  });
});
