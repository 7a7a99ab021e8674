// The contact roles Net3 knows (TypeContactRole, sent as member names). Kept apart from the
// zod wire schemas (provision-customer-model.ts re-exports them) so the first step, which
// only needs the names, does not carry zod.
export const contactRoleNames = [
  'Primary',
  'Technical',
  'Billing',
  'Reseller',
  'Sales',
  'ContractSignatory',
] as const;

export type TypeContactRole = (typeof contactRoleNames)[number];

export function isContactRoleName(name: unknown): name is TypeContactRole {
  return (contactRoleNames as readonly unknown[]).includes(name);
}
