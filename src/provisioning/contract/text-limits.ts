// How long each text the portal sends to Net3 may be, in characters: the wizard's rules say so
// on the field, and the server refuses more from a public signup (issue 20, item 7), which
// would otherwise forward free text up to its 64 KiB body limit. Chosen as what Net3 would
// plausibly store: a company or street line of 200, a person's name part of 100, an email of
// 254 (the longest an SMTP path allows), notes of 1,000.
export const TEXT_LIMITS = {
  customerName: 200,
  email: 254,
  phone: 32,
  extension: 10,
  streetAddress: 200,
  cityStateZip: 200,
  street: 200,
  city: 100,
  state: 2,
  postalCode: 10,
  telephone: 32,
  notes: 1000,
  firstName: 100,
  lastName: 100,
} as const;

export type LimitedTextField = keyof typeof TEXT_LIMITS;
