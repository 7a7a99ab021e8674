// Hints shown under fields, in the voice of the messages in form-schema.ts. Their own module,
// with no imports, so a step can show them without loading the rules (zod and the phone
// library load after the first step, lazy-form-rules.ts).
export const formHints = {
  /** Under every phone number; the example is the one formMessages.phone gives. */
  phone: 'Include the area code, like (803) 555-0100',
} as const;
