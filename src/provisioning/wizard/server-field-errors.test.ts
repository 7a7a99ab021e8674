import { describe, expect, it } from 'vitest';
import { exampleProvisionCustomerForm } from '../form/example-form.ts';
import { formFieldForServerError } from '../form/server-error-paths.ts';
import { staffAudience } from '../wizard-audience.ts';
import { placeServerFieldErrors } from './server-field-errors.ts';

const form = exampleProvisionCustomerForm();
const fieldFor = (fieldName: string) => formFieldForServerError(fieldName, form);
const asksForEverything = () => true;

describe('placeServerFieldErrors', () => {
  it('puts an error on its field and opens that step', () => {
    const placed = placeServerFieldErrors(
      [{ fieldName: 'Contacts[1].Email', message: "'Email' is not a valid email address." }],
      fieldFor,
      asksForEverything,
    );
    expect(placed).toEqual({
      onFields: [
        {
          path: 'contacts.1.email',
          message: "'Email' is not a valid email address.",
          step: 'contacts',
        },
      ],
      unplaced: [],
      firstStep: 'contacts',
    });
  });

  it('opens the earliest step with an error, whatever order Net3 listed them in', () => {
    const placed = placeServerFieldErrors(
      [
        { fieldName: 'Contacts[0].FirstName', message: 'First name' },
        { fieldName: 'Customer.CustomerName', message: 'Name' },
        { fieldName: 'Addresses[0].City', message: 'City' },
      ],
      fieldFor,
      asksForEverything,
    );
    expect(placed.firstStep).toBe('company');
    expect(placed.onFields.map((error) => error.path)).toEqual([
      'contacts.0.firstName',
      'customer.customerName',
      'addresses.0.city',
    ]);
  });

  it('lists an error with no matching field in the summary only, keyed by its position', () => {
    const placed = placeServerFieldErrors(
      [
        { fieldName: 'Contacts[1].Email', message: 'Email' },
        { fieldName: 'RequesterIP', message: "'Requester IP' is not valid." },
      ],
      fieldFor,
      asksForEverything,
    );
    expect(placed.onFields).toHaveLength(1);
    expect(placed.unplaced).toEqual([{ key: 'server-1', message: "'Requester IP' is not valid." }]);
    expect(placed.firstStep).toBe('contacts');
  });

  it('lists an error on a field the audience does not ask for, and opens no step for it', () => {
    const placed = placeServerFieldErrors(
      [{ fieldName: 'CreatedBy.Email', message: 'Not a staff email' }],
      fieldFor,
      staffAudience.asksFor,
    );
    expect(placed).toEqual({
      onFields: [],
      unplaced: [{ key: 'server-0', message: 'Not a staff email' }],
      firstStep: null,
    });
  });

  it('names the field when Net3 sent no message', () => {
    const placed = placeServerFieldErrors(
      [
        { fieldName: 'Customer.Email', message: '' },
        { fieldName: 'Unknown', message: '' },
      ],
      fieldFor,
      asksForEverything,
    );
    expect(placed.onFields[0]?.message).toBe('Customer.Email was not accepted');
    expect(placed.unplaced[0]?.message).toBe('Unknown was not accepted');
  });

  it("puts a list's own error on the list's root, keeping its items' errors", () => {
    const placed = placeServerFieldErrors(
      [{ fieldName: 'Addresses', message: 'At least one address is required.' }],
      fieldFor,
      asksForEverything,
    );
    expect(placed.onFields).toEqual([
      { path: 'addresses.root', message: 'At least one address is required.', step: 'addresses' },
    ]);
  });

  it('moves a list path without .root to the root', () => {
    const placed = placeServerFieldErrors(
      [{ fieldName: 'Contacts', message: 'Add a Primary contact.' }],
      () => ({ path: 'contacts', step: 'contacts' }),
      asksForEverything,
    );
    expect(placed.onFields[0]?.path).toBe('contacts.root');
  });
});
