import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { checkedCustomerFields } from '../audience/audience-description.ts';
import { resellerAudienceDescription } from '../audience/reseller-audience-description.ts';
import { staffAudienceDescription } from '../audience/staff-audience-description.ts';
import { exampleProvisionCustomerForm } from './example-form.ts';
import { defaultProvisionCustomerForm, emptyAddress, emptyContact } from './form-defaults.ts';
import type {
  AddressForm,
  ContactForm,
  CustomerForm,
  ProvisionCustomerForm,
} from './form-model.ts';
import {
  addressesFormSchema,
  addressFormSchema,
  contactFormSchema,
  contactsFormSchema,
  createdByFormSchema,
  customerFormSchema,
  formSchemaCheckingCustomer,
  provisionCustomerFormSchema,
  stepFieldNames,
} from './form-schema.ts';

const signupFormSchema = formSchemaCheckingCustomer(
  checkedCustomerFields(resellerAudienceDescription),
);

/** Every issue as "path: message", the way a person would read them in the summary. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const example = exampleProvisionCustomerForm();

function customer(changes: Partial<CustomerForm>): CustomerForm {
  return { ...example.customer, ...changes };
}

function address(changes: Partial<AddressForm>): AddressForm {
  return { ...example.addresses[1]!, ...changes };
}

function contact(changes: Partial<ContactForm>): ContactForm {
  return { ...example.contacts[0]!, ...changes };
}

describe('the form schema', () => {
  it('accepts the complete example form', () => {
    expect(problems(provisionCustomerFormSchema, example)).toEqual([]);
  });

  it('has exactly the form model as its input and output, so zodResolver types line up', () => {
    expectTypeOf<
      z.input<typeof provisionCustomerFormSchema>
    >().toEqualTypeOf<ProvisionCustomerForm>();
    expectTypeOf<
      z.output<typeof provisionCustomerFormSchema>
    >().toEqualTypeOf<ProvisionCustomerForm>();
  });

  it('keeps values as typed: rules read trimmed text but the parsed form is unchanged', () => {
    const typed = {
      ...example,
      customer: customer({ customerName: '  Acmé  ', email: ' ops@acme.example ' }),
    };
    expect(provisionCustomerFormSchema.parse(typed)).toEqual(typed);
  });

  it('names only the questions a new form still needs answered', () => {
    expect(problems(provisionCustomerFormSchema, defaultProvisionCustomerForm())).toEqual([
      'customer.customerName: Enter the customer name',
      'customer.email: Enter an email address like name@example.com',
      'customer.phone: Enter a phone number like (803) 555-0100',
      'customer.serviceLevelId: Choose a service level',
      'customer.typePricingTierId: Choose a pricing tier',
      'customer.typeCustomerStatusId: Choose a customer status',
      'addresses.0.street: Enter the street address',
      'addresses.0.city: Enter the city',
      'addresses.0.state: Choose a state',
      'addresses.0.postalCode: Enter a postal code like 29401 or 29401-1234',
      'contacts.0.firstName: Enter the first name',
      'contacts.0.lastName: Enter the last name',
      'contacts.0.email: Enter an email address like name@example.com',
    ]);
  });

  it('gives each step the part of the form it validates', () => {
    expect(stepFieldNames).toEqual({
      company: ['customer'],
      addresses: ['addresses'],
      contacts: ['contacts'],
      review: ['createdBy'],
    });
  });
});

describe('the Company step rules', () => {
  it.each([
    ['', 'customerName: Enter the customer name'],
    ['   ', 'customerName: Enter the customer name'],
    ['x'.repeat(201), 'customerName: Customer name must be 200 characters or fewer'],
  ])('refuses the customer name %j', (customerName, problem) => {
    expect(problems(customerFormSchema, customer({ customerName }))).toEqual([problem]);
  });

  it('accepts a 200-character customer name with spaces around it', () => {
    const customerName = ` ${'x'.repeat(200)} `;
    expect(problems(customerFormSchema, customer({ customerName }))).toEqual([]);
  });

  it.each(['', 'ACME-001', 'acme_01'])('accepts the customer ID %j', (customerId) => {
    expect(problems(customerFormSchema, customer({ customerId }))).toEqual([]);
  });

  it.each(['ACME 001', 'ACME.001', 'Acmé'])('refuses the customer ID %j', (customerId) => {
    expect(problems(customerFormSchema, customer({ customerId }))).toEqual([
      "customerId: Customer ID can only contain letters, digits, '-' and '_'",
    ]);
  });

  it.each(['', 'ops', 'ops@acme', 'ops@@acme.example', 'ops acme@acme.example'])(
    'refuses the email %j',
    (email) => {
      expect(problems(customerFormSchema, customer({ email }))).toEqual([
        'email: Enter an email address like name@example.com',
      ]);
    },
  );

  it.each(['', '555-0100', '(123) 456-7890', 'call me', '(803) 555-0100 x12'])(
    'refuses the phone %j',
    (phone) => {
      expect(problems(customerFormSchema, customer({ phone }))).toEqual([
        'phone: Enter a phone number like (803) 555-0100',
      ]);
    },
  );

  it.each(['(803) 555-0100', '803.555.0100', ' +1 803 555 0100 ', '+44 20 7946 0958'])(
    'accepts the phone %j',
    (phone) => {
      expect(problems(customerFormSchema, customer({ phone }))).toEqual([]);
    },
  );

  it.each(['x12', '1 2', '-1'])('refuses the extension %j', (extension) => {
    expect(problems(customerFormSchema, customer({ extension }))).toEqual([
      'extension: Extension must contain digits only',
    ]);
  });

  it('accepts an empty extension', () => {
    expect(problems(customerFormSchema, customer({ extension: '' }))).toEqual([]);
  });

  it('asks for each choice that has not been made', () => {
    const unchosen = customer({
      serviceLevelId: '',
      typePricingTierId: '',
      typeCustomerStatusId: '',
    });
    expect(problems(customerFormSchema, unchosen)).toEqual([
      'serviceLevelId: Choose a service level',
      'typePricingTierId: Choose a pricing tier',
      'typeCustomerStatusId: Choose a customer status',
    ]);
  });

  it('refuses a choice id that Net3 could not read as an Int32', () => {
    expect(problems(customerFormSchema, customer({ serviceLevelId: '2147483648' }))).toEqual([
      'serviceLevelId: Choose a service level',
    ]);
    expect(problems(customerFormSchema, customer({ serviceLevelId: '2147483647' }))).toEqual([]);
  });

  it.each(['4.2', '-1', 'forty-two', '1e3'])('refuses the local ID %j', (localId) => {
    expect(problems(customerFormSchema, customer({ localId }))).toEqual([
      'localId: Local ID must be a whole number',
    ]);
  });

  it('refuses a local ID too large for JavaScript to send exactly', () => {
    expect(problems(customerFormSchema, customer({ localId: '9007199254740992' }))).toEqual([
      'localId: Local ID must be 9,007,199,254,740,991 or less',
    ]);
  });

  it.each(['', '0', ' 42 ', '9007199254740991'])('accepts the local ID %j', (localId) => {
    expect(problems(customerFormSchema, customer({ localId }))).toEqual([]);
  });

  it.each(['', '0123456789abcdef0123456789abcdef', ' 01234567-89AB-CDEF-0123-456789ABCDEF '])(
    'accepts the N3T Logins company ID %j',
    (n3TLogins_CompanyId) => {
      expect(problems(customerFormSchema, customer({ n3TLogins_CompanyId }))).toEqual([]);
    },
  );

  it.each(['0123', '{01234567-89ab-cdef-0123-456789abcdef}', 'g123456789abcdef0123456789abcdef'])(
    'refuses the N3T Logins company ID %j',
    (n3TLogins_CompanyId) => {
      expect(problems(customerFormSchema, customer({ n3TLogins_CompanyId }))).toEqual([
        'n3TLogins_CompanyId: Enter the N3T Logins company ID as a GUID like 0123abcd-4567-89ab-cdef-0123456789ab',
      ]);
    },
  );

  it('leaves reseller, parent company and sales contact free', () => {
    const free = customer({ isReseller: true, parentCompanyId: 'any text', salesContact: '' });
    expect(problems(customerFormSchema, free)).toEqual([]);
  });
});

describe('the address rules', () => {
  it('asks for the street, city, state and postal code', () => {
    expect(problems(addressFormSchema, emptyAddress(true))).toEqual([
      'street: Enter the street address',
      'city: Enter the city',
      'state: Choose a state',
      'postalCode: Enter a postal code like 29401 or 29401-1234',
    ]);
  });

  it.each(['SC', 'sc', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP'])(
    'accepts the state %j',
    (state) => {
      expect(problems(addressFormSchema, address({ state }))).toEqual([]);
    },
  );

  it.each(['XX', 'South Carolina', 'S'])('refuses the state %j', (state) => {
    expect(problems(addressFormSchema, address({ state }))).toEqual(['state: Choose a state']);
  });

  it.each(['29401', '29401-1234', ' 29401 '])('accepts the postal code %j', (postalCode) => {
    expect(problems(addressFormSchema, address({ postalCode }))).toEqual([]);
  });

  it.each(['2940', '294011', '29401-12', '29401 1234', 'SW1A 1AA'])(
    'refuses the postal code %j',
    (postalCode) => {
      expect(problems(addressFormSchema, address({ postalCode }))).toEqual([
        'postalCode: Enter a postal code like 29401 or 29401-1234',
      ]);
    },
  );

  it('checks the optional telephone, extension and email only when given', () => {
    const given = address({ telephone: '555', extension: 'ext', email: 'ap@' });
    expect(problems(addressFormSchema, given)).toEqual([
      'telephone: Enter a phone number like (803) 555-0100',
      'extension: Extension must contain digits only',
      'email: Enter an email address like name@example.com',
    ]);
    const empty = address({ telephone: ' ', extension: '', email: '' });
    expect(problems(addressFormSchema, empty)).toEqual([]);
  });

  it('limits notes to 1000 characters', () => {
    expect(problems(addressFormSchema, address({ notes: 'n'.repeat(1000) }))).toEqual([]);
    expect(problems(addressFormSchema, address({ notes: 'n'.repeat(1001) }))).toEqual([
      'notes: Notes must be 1000 characters or fewer',
    ]);
  });
});

describe('the address list rules', () => {
  it('asks for at least one address, at the list level', () => {
    expect(problems(addressesFormSchema, [])).toEqual(['root: Add at least one address']);
  });

  it('refuses two primary addresses', () => {
    const addresses = [address({ primary: true }), address({ primary: true })];
    expect(problems(addressesFormSchema, addresses)).toEqual([
      'root: Choose exactly one primary address',
    ]);
  });

  it('refuses a list with no primary address', () => {
    const addresses = [address({ primary: false }), address({ primary: false })];
    expect(problems(addressesFormSchema, addresses)).toEqual([
      'root: Choose exactly one primary address',
    ]);
  });

  it("reports the list rule alongside an address's own problems", () => {
    const addresses = [address({ primary: false, city: '' }), address({ primary: false })];
    expect(problems(addressesFormSchema, addresses)).toEqual([
      '0.city: Enter the city',
      'root: Choose exactly one primary address',
    ]);
  });

  it('puts the list rule at addresses.root within the whole form', () => {
    const form = { ...example, addresses: [] };
    expect(problems(provisionCustomerFormSchema, form)).toEqual([
      'addresses.root: Add at least one address',
    ]);
  });

  it('limits the street to 200 and the city to 100 characters, as the server does', () => {
    expect(
      problems(addressFormSchema, address({ street: 's'.repeat(200), city: 'c'.repeat(100) })),
    ).toEqual([]);
    expect(
      problems(addressFormSchema, address({ street: 's'.repeat(201), city: 'c'.repeat(101) })),
    ).toEqual([
      'street: Street must be 200 characters or fewer',
      'city: City must be 100 characters or fewer',
    ]);
  });
});

describe('the contact rules', () => {
  it('asks for the first name, last name, email and a role', () => {
    expect(problems(contactFormSchema, emptyContact())).toEqual([
      'firstName: Enter the first name',
      'lastName: Enter the last name',
      'email: Enter an email address like name@example.com',
      'roles: Choose at least one role for this contact',
    ]);
  });

  it('limits names to 100 and emails to 254 characters, as the server does', () => {
    const long = contact({
      firstName: 'f'.repeat(101),
      lastName: 'l'.repeat(101),
      email: `${'e'.repeat(250)}@x.example`,
    });
    expect(problems(contactFormSchema, long)).toEqual([
      'firstName: First name must be 100 characters or fewer',
      'lastName: Last name must be 100 characters or fewer',
      'email: Email must be 254 characters or fewer',
    ]);
  });

  it('accepts accented names and apostrophes', () => {
    const named = contact({ firstName: 'Zoë', lastName: "O'Brien-Núñez" });
    expect(problems(contactFormSchema, named)).toEqual([]);
  });

  it('checks the optional telephone only when given', () => {
    expect(problems(contactFormSchema, contact({ telephone: '' }))).toEqual([]);
    expect(problems(contactFormSchema, contact({ telephone: '12' }))).toEqual([
      'telephone: Enter a phone number like (803) 555-0100',
    ]);
  });
});

describe('the contact list rules', () => {
  const technical = (email: string) => contact({ email, roles: ['Technical'] });

  it('asks for at least one contact, at the list level', () => {
    expect(problems(contactsFormSchema, [])).toEqual(['root: Add at least one contact']);
  });

  it('refuses two Primary contacts', () => {
    const contacts = [
      contact({ email: 'a@acme.example', roles: ['Primary'] }),
      contact({ email: 'b@acme.example', roles: ['Billing', 'Primary'] }),
    ];
    expect(problems(contactsFormSchema, contacts)).toEqual([
      'root: Choose exactly one primary contact',
    ]);
  });

  it('refuses a list with no Primary contact', () => {
    expect(problems(contactsFormSchema, [technical('a@acme.example')])).toEqual([
      'root: Choose exactly one primary contact',
    ]);
  });

  it('tells a contact without a role to choose one, on its roles', () => {
    const contacts = [contact({}), contact({ email: 'b@acme.example', roles: [] })];
    expect(problems(contactsFormSchema, contacts)).toEqual([
      '1.roles: Choose at least one role for this contact',
    ]);
  });

  it('refuses the same email twice, ignoring case and spaces, on each later contact', () => {
    const contacts = [
      contact({ email: 'zoe@acme.example' }),
      technical('jose@acme.example'),
      technical(' ZOE@Acme.Example '),
      technical('zoe@acme.example'),
    ];
    expect(problems(contactsFormSchema, contacts)).toEqual([
      '2.email: Each contact needs a different email address',
      '3.email: Each contact needs a different email address',
    ]);
  });

  it('puts the list rule at contacts.root within the whole form', () => {
    const form = { ...example, contacts: [technical('a@acme.example')] };
    expect(problems(provisionCustomerFormSchema, form)).toEqual([
      'contacts.root: Choose exactly one primary contact',
    ]);
  });
});

describe('the Created by rules', () => {
  it('allows every detail to be left empty', () => {
    const empty = { email: '', firstName: '', lastName: '', username: '', userId: '' };
    expect(problems(createdByFormSchema, empty)).toEqual([]);
  });

  it('puts no rule on the read-only details the person could not fix', () => {
    expect(
      problems(createdByFormSchema, { ...example.createdBy, email: 'rep', userId: '17' }),
    ).toEqual([]);
  });
});

describe('the reseller signup rules', () => {
  it('checks only the company answers a reseller is asked for', () => {
    const form = {
      ...example,
      customer: customer({ serviceLevelId: '', typePricingTierId: '', localId: 'x' }),
    };
    expect(problems(signupFormSchema, form)).toEqual([]);
    expect(problems(provisionCustomerFormSchema, form)).not.toEqual([]);
  });

  it('asks a reseller for the name, email and phone like the staff wizard does', () => {
    const form = { ...example, customer: customer({ customerName: '', email: 'x', phone: '' }) };
    expect(problems(signupFormSchema, form)).toEqual([
      'customer.customerName: Enter the customer name',
      'customer.email: Enter an email address like name@example.com',
      'customer.phone: Enter a phone number like (803) 555-0100',
    ]);
  });

  it('keeps the addresses and contacts rules', () => {
    const form = { ...example, contacts: [] };
    expect(problems(signupFormSchema, form)).toEqual(['contacts.root: Add at least one contact']);
  });
});

describe('the staff rules from the staff audience', () => {
  it('check every company answer, as the whole form schema does', () => {
    const staffFormSchema = formSchemaCheckingCustomer(
      checkedCustomerFields(staffAudienceDescription),
    );
    expect(Object.keys(staffFormSchema.shape.customer.shape).sort()).toEqual(
      Object.keys(customerFormSchema.shape).sort(),
    );
    const form = {
      ...example,
      customer: customer({ customerId: 'a b', serviceLevelId: '', localId: 'x', email: 'x' }),
      contacts: [],
    };
    // The same problems; the staff schema lists them in the Company step's order (its inputs').
    expect(problems(staffFormSchema, form).sort()).toEqual(
      problems(provisionCustomerFormSchema, form).sort(),
    );
    expect(problems(staffFormSchema, form)).toHaveLength(5);
  });
});
