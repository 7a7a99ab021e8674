// What makes two submissions look like the same customer (the duplicate warning, issue 10):
// the name once letter case, punctuation and legal suffixes are set aside ("ACME Widgets,
// L.L.C." is "acme widgets"), the email's domain unless it is a free-mail one, the phone in
// E.164, and the Customer ID. Stored beside each ledger row (indexed) when it is recorded.

const legalSuffixes = new Set([
  'llc',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'co',
  'corp',
  'corporation',
  'company',
  'plc',
  'llp',
  'lp',
]);

// Domains many unrelated people share: the same domain says nothing there.
const freeMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'comcast.net',
]);

export type CustomerMatchKeys = {
  nameKey: string | null;
  email: string | null;
  emailDomain: string | null;
  phone: string | null;
  customerId: string | null;
};

/** "ACME Widgets, L.L.C." -> "acme widgets"; null when nothing is left. */
export function customerNameKey(name: string): string | null {
  const words = name
    // Invisible format characters (zero-width space and joiners, direction controls: \p{Cf})
    // go first, or "Ac\u200Bme" would read as two words and match nothing (issue 20, item 4).
    // NFKD then folds compatibility forms (full-width "Ａｃｍｅ") as well as accents.
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // "L.L.C." and "Co." lose their dots first, so they read as one word.
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  while (words.length > 1 && legalSuffixes.has(words[words.length - 1]!)) words.pop();
  const key = words.join(' ');
  return key === '' ? null : key;
}

export function normalisedEmail(email: string): string | null {
  const text = email.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(text) ? text : null;
}

/** The email's domain, or null for a free-mail domain (or no email). */
export function matchingEmailDomain(email: string): string | null {
  const normalised = normalisedEmail(email);
  const domain = normalised?.split('@')[1] ?? null;
  return domain === null || freeMailDomains.has(domain) ? null : domain;
}

/** +1 803 555 0100 and +18035550100 are one phone; anything without 7+ digits is none. */
export function normalisedPhone(phone: string): string | null {
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits.length < 7) return null;
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}

export function customerMatchKeys(customer: {
  customerName: string;
  email: string;
  phone: string;
  customerId: string;
}): CustomerMatchKeys {
  const customerId = customer.customerId.trim().toLowerCase();
  return {
    nameKey: customerNameKey(customer.customerName),
    email: normalisedEmail(customer.email),
    emailDomain: matchingEmailDomain(customer.email),
    phone: normalisedPhone(customer.phone),
    customerId: customerId === '' ? null : customerId,
  };
}
