// A complete, valid form mirroring the Net3 example request
// (../shared/net3-api/examples/provision-request.json): two addresses, three contacts with
// mixed roles, accented names and apostrophes. For tests and demos, never for real requests.
import type { ProvisionCustomerForm } from './form-model.ts';

export function exampleProvisionCustomerForm(): ProvisionCustomerForm {
  return {
    customer: {
      customerName: 'Acmé & Söhne, LLC',
      customerId: 'ACME-001',
      email: 'ops@acme.example',
      phone: '(803) 555-0100',
      extension: '12',
      serviceLevelId: '1',
      typePricingTierId: '2',
      typeCustomerStatusId: '1',
      isReseller: false,
      parentCompanyId: '',
      localId: '42',
      n3TLogins_CompanyId: '0123456789abcdef0123456789abcdef',
      salesContact: 'Rep One',
    },
    addresses: [
      {
        street: '1 Main St',
        city: 'Columbia',
        state: 'SC',
        postalCode: '29201',
        telephone: '(803) 555-0100',
        extension: '',
        email: 'ap@acme.example',
        notes: 'Dock 4',
        primary: false,
      },
      {
        street: '200 Bay Rd',
        city: 'Charleston',
        state: 'SC',
        postalCode: '29401-1234',
        telephone: '',
        extension: '',
        email: '',
        notes: '',
        primary: true,
      },
    ],
    contacts: [
      {
        firstName: 'Zoë',
        lastName: "O'Brien",
        email: 'zoe@acme.example',
        telephone: '(803) 555-0101',
        roles: ['Primary', 'Billing'],
      },
      {
        firstName: 'José',
        lastName: 'Núñez',
        email: 'jose@acme.example',
        telephone: '',
        roles: ['Technical'],
      },
      {
        firstName: 'Kim',
        lastName: 'Lee',
        email: 'kim@acme.example',
        telephone: '',
        roles: ['Sales', 'ContractSignatory'],
      },
    ],
    createdBy: {
      email: 'rep@net3.example',
      firstName: 'Rep',
      lastName: 'One',
      username: 'rep1',
      userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    },
  };
}
