// The wire DTO for POST /provisioning/customer, exactly as Net3 reads it: property names
// from the metadata page's JSON sample (camelCase, `n3TLogins_CompanyId`, `isReseller`),
// every property optional (Required: No), values in wire form (DateTime "/Date(ms)/",
// Guid 32 lowercase hex, int/long as numbers, enums as member names).
// Objects are strict: Net3 ignores an unknown property without a word, so a misspelt
// name must fail here instead of being lost on the server.
import { z } from 'zod';
import {
  booleanSchema,
  dateTimeSchema,
  guidSchema,
  int32Schema,
  safeLongSchema,
  textSchema,
} from './wire-values.ts';
import { contactRoleNames } from './contact-role-names.ts';

// The role names live in their own zod-free module (the first step needs them); they are
// part of this contract and exported from here too.
export { contactRoleNames, type TypeContactRole } from './contact-role-names.ts';

export const typeContactRoleSchema = z.enum(contactRoleNames, {
  error: `roles must each be one of ${contactRoleNames.join(', ')}`,
});

function wireObject<Shape extends z.ZodRawShape>(objectName: string, shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${objectName} has properties Net3 does not know: ${issue.keys.join(', ')}`
        : `${objectName} must be an object`,
  });
}

function wireList<Item extends z.ZodType>(listName: string, item: Item) {
  return z.array(item, { error: `${listName} must be a list` });
}

export const typeCustomerInfoSchema = wireObject('customer', {
  customerId: textSchema('customerId').optional(),
  customerName: textSchema('customerName').optional(),
  streetAddress: textSchema('streetAddress').optional(),
  cityStateZip: textSchema('cityStateZip').optional(),
  phone: textSchema('phone').optional(),
  extension: textSchema('extension').optional(),
  email: textSchema('email').optional(),
  localId: safeLongSchema('localId').optional(),
  serviceLevelId: int32Schema('serviceLevelId').optional(),
  isReseller: booleanSchema('isReseller').optional(),
  parentCompanyId: textSchema('parentCompanyId').optional(),
  n3TLogins_CompanyId: guidSchema('n3TLogins_CompanyId').optional(),
  // DateTime?: a null is sent by leaving the property out.
  lastUpdateDate: dateTimeSchema('lastUpdateDate').optional(),
  typeCustomerStatusId: int32Schema('typeCustomerStatusId').optional(),
  typePricingTierId: int32Schema('typePricingTierId').optional(),
});
export type TypeCustomerInfo = z.infer<typeof typeCustomerInfoSchema>;

export const typeCustomerAddressSchema = wireObject('address', {
  street: textSchema('street').optional(),
  city: textSchema('city').optional(),
  state: textSchema('state').optional(),
  postalCode: textSchema('postalCode').optional(),
  telephone: textSchema('telephone').optional(),
  extension: textSchema('extension').optional(),
  email: textSchema('email').optional(),
  notes: textSchema('notes').optional(),
  primary: booleanSchema('primary').optional(),
});
export type TypeCustomerAddress = z.infer<typeof typeCustomerAddressSchema>;

export const typeProvisionDemoContactModelSchema = wireObject('contact', {
  firstName: textSchema('firstName').optional(),
  lastName: textSchema('lastName').optional(),
  email: textSchema('email').optional(),
  telephone: textSchema('telephone').optional(),
  roles: wireList('roles', typeContactRoleSchema).optional(),
});
export type TypeProvisionDemoContactModel = z.infer<typeof typeProvisionDemoContactModelSchema>;

export const typeCreatedBySchema = wireObject('createdBy', {
  email: textSchema('email').optional(),
  firstName: textSchema('firstName').optional(),
  lastName: textSchema('lastName').optional(),
  username: textSchema('username').optional(),
  userId: guidSchema('userId').optional(),
  companyId: guidSchema('companyId').optional(),
});
export type TypeCreatedBy = z.infer<typeof typeCreatedBySchema>;

export const provisionCustomerModelSchema = wireObject('The request', {
  customer: typeCustomerInfoSchema.optional(),
  addresses: wireList('addresses', typeCustomerAddressSchema).optional(),
  contacts: wireList('contacts', typeProvisionDemoContactModelSchema).optional(),
  createdBy: typeCreatedBySchema.optional(),
  salesContact: textSchema('salesContact').optional(),
  requesterIP: textSchema('requesterIP').optional(),
  requestCreated: dateTimeSchema('requestCreated').optional(),
});
export type ProvisionCustomerModel = z.infer<typeof provisionCustomerModelSchema>;
