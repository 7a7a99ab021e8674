// The server-side rules the fake applies to a bound ProvisionCustomerModel, written the way a
// FluentValidation validator in ServiceStack reports them: one error per failed rule, in DTO
// property order, with the C# PascalCase path as fieldName (`Addresses[0].PostalCode`),
// ServiceStack's error codes (NotEmpty, Email, Enum) and FluentValidation's default messages.
import {
  contactRoleNames,
  type ProvisionCustomerModel,
  type TypeCustomerAddress,
  type TypeProvisionDemoContactModel,
} from './read-provision-customer-model.ts';

export type Net3FieldError = {
  errorCode: string;
  fieldName: string;
  message: string;
  meta: { PropertyName: string };
};

export function validateProvisionCustomer(model: ProvisionCustomerModel): Net3FieldError[] {
  const errors: Net3FieldError[] = [];
  // A missing customer object fails the same rule as a missing name: the name is what is required.
  notEmpty(errors, 'Customer.', 'CustomerName', model.customer?.customerName);
  emailWhenGiven(errors, 'Customer.', 'Email', model.customer?.email);
  // FluentValidation's child rules skip null list items.
  model.addresses?.forEach((address, index) => {
    if (address) validateAddress(errors, `Addresses[${index}].`, address);
  });
  model.contacts?.forEach((contact, index) => {
    if (contact) validateContact(errors, `Contacts[${index}].`, contact);
  });
  return errors;
}

function validateAddress(errors: Net3FieldError[], path: string, address: TypeCustomerAddress) {
  notEmpty(errors, path, 'Street', address.street);
  notEmpty(errors, path, 'City', address.city);
  notEmpty(errors, path, 'State', address.state);
  notEmpty(errors, path, 'PostalCode', address.postalCode);
  emailWhenGiven(errors, path, 'Email', address.email);
}

function validateContact(
  errors: Net3FieldError[],
  path: string,
  contact: TypeProvisionDemoContactModel,
) {
  notEmpty(errors, path, 'FirstName', contact.firstName);
  notEmpty(errors, path, 'LastName', contact.lastName);
  notEmpty(errors, path, 'Email', contact.email);
  emailWhenGiven(errors, path, 'Email', contact.email);
  contact.roles?.forEach((role, index) => {
    if (!(contactRoleNames as readonly string[]).includes(role)) {
      errors.push(
        fieldError(
          'Enum',
          `${path}Roles[${index}]`,
          'Roles',
          `'Roles' has a range of values which does not include '${role}'.`,
        ),
      );
    }
  });
}

/** FluentValidation's NotEmpty: null, "" and whitespace-only all fail. */
function notEmpty(
  errors: Net3FieldError[],
  path: string,
  property: string,
  value: string | null | undefined,
) {
  if (value == null || value.trim() === '') {
    const name = displayName(property);
    errors.push(fieldError('NotEmpty', path + property, name, `'${name}' must not be empty.`));
  }
}

/** Like FluentValidation's EmailAddress, an empty value passes (NotEmpty says it is required). */
function emailWhenGiven(
  errors: Net3FieldError[],
  path: string,
  property: string,
  value: string | null | undefined,
) {
  if (value == null || value === '' || isEmailAddress(value)) return;
  const name = displayName(property);
  errors.push(
    fieldError('Email', path + property, name, `'${name}' is not a valid email address.`),
  );
}

/**
 * FluentValidation's default check only wants one '@' with text on both sides. The fake is a
 * little stricter (no spaces, a dotted domain) so a client that lets `name@host` or
 * `a b@c.d` through finds out in development rather than from an unknown real rule.
 */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** FluentValidation's display name: PascalCase split into words ("PostalCode" -> "Postal Code"). */
function displayName(property: string): string {
  return property.replace(/([a-z])([A-Z])/g, '$1 $2');
}

function fieldError(
  errorCode: string,
  fieldName: string,
  propertyName: string,
  message: string,
): Net3FieldError {
  return { errorCode, fieldName, message, meta: { PropertyName: propertyName } };
}
