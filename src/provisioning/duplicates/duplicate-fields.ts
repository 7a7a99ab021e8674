// The Company answers the duplicate warning compares, by their form paths. Kept apart from the
// lazily loaded parts: the static slot on the first step needs only these names.
export const duplicateCheckFields = [
  'customer.customerName',
  'customer.email',
  'customer.phone',
  'customer.customerId',
] as const;

/** The four answers, in duplicateCheckFields' order. */
export type DuplicateCheckValues = readonly [string, string, string, string];
