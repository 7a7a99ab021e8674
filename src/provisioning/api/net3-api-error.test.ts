import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Net3ApiError, toFormPath } from './net3-api-error.ts';

describe('toFormPath', () => {
  it.each([
    ['Contacts[1].Email', 'contacts.1.email'],
    ['Customer.CustomerName', 'customer.customerName'],
    ['Customer.N3TLogins_CompanyId', 'customer.n3TLogins_CompanyId'],
    ['Addresses[0].PostalCode', 'addresses.0.postalCode'],
    ['Contacts[2].Roles[0]', 'contacts.2.roles.0'],
    ['RequesterIP', 'requesterIP'],
    ['Customer.isReseller', 'customer.isReseller'],
    ['customer.customerName', 'customer.customerName'],
    ['CreatedBy.UserId', 'createdBy.userId'],
  ])('maps %s to %s', (fieldName, formPath) => {
    expect(toFormPath(fieldName)).toBe(formPath);
  });

  it("maps every DTO path written in C#'s PascalCase back to the DTO's own path", () => {
    const name = fc.constantFrom(
      'customer',
      'n3TLogins_CompanyId',
      'isReseller',
      'postalCode',
      'requesterIP',
      'email',
    );
    const step = fc.oneof(
      name.map((n) => ({ dto: `.${n}`, cs: `.${n[0]!.toUpperCase()}${n.slice(1)}` })),
      fc.nat(20).map((i) => ({ dto: `.${i}`, cs: `[${i}]` })),
    );
    fc.assert(
      fc.property(name, fc.array(step, { maxLength: 4 }), (first, rest) => {
        const dtoPath = first + rest.map((s) => s.dto).join('');
        const fieldName = first[0]!.toUpperCase() + first.slice(1) + rest.map((s) => s.cs).join('');
        expect(toFormPath(fieldName)).toBe(dtoPath);
      }),
    );
  });
});

describe('Net3ApiError', () => {
  it('is an Error that carries status, kind, code, server message and field errors', () => {
    const error = new Net3ApiError({
      status: 409,
      kind: 'conflict',
      errorCode: 'Conflict',
      serverMessage: 'A customer with this Customer ID already exists.',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('Net3ApiError');
    expect(error).toMatchObject({
      status: 409,
      kind: 'conflict',
      errorCode: 'Conflict',
      fieldErrors: [],
    });
    expect(error.serverMessage).toBe('A customer with this Customer ID already exists.');
  });

  it('has a message for logs only: the facts, no words of its own for a person', () => {
    expect(
      new Net3ApiError({
        status: 403,
        kind: 'forbidden',
        errorCode: 'Forbidden',
        serverMessage: 'Invalid Role',
      }).message,
    ).toBe('forbidden (Forbidden, HTTP 403): Invalid Role');
    expect(
      new Net3ApiError({ status: 0, kind: 'network', errorCode: 'NetworkError' }).message,
    ).toBe('network (NetworkError, no answer)');
  });

  it.each([
    ['server', true],
    ['timeout', true],
    ['network', true],
    ['too-many-requests', true],
    ['validation', false],
    ['unauthorized', false],
    ['forbidden', false],
    ['not-found', false],
    ['conflict', false],
    ['unexpected', false],
  ] as const)('says a %s failure is retryable: %s', (kind, retryable) => {
    const error = new Net3ApiError({ status: 0, kind, errorCode: 'X' });
    expect(error.retryable).toBe(retryable);
  });
});
