// Phone numbers as people type them and as Net3 stores them. The form keeps the text as
// typed; the rules and the mapping to the wire both read it through toE164Phone, so a
// number the rules accept is exactly the number that is sent. US is the default country:
// "(803) 555-0100" and "+1 803 555 0100" are the same number, "+44 20 7946 0958" is not US.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The number in E.164 ("+18035550100"), or null when the text is not a valid phone number.
 * An extension typed into the number ("… x12") is refused rather than silently dropped:
 * E.164 has no room for it and the form asks for extensions separately.
 */
export function toE164Phone(text: string): string | null {
  const phone = parsePhoneNumberFromString(text.trim(), { defaultCountry: 'US', extract: false });
  if (!phone || !phone.isValid() || phone.ext) return null;
  return phone.number;
}

/**
 * An E.164 number written back the way a person in the US types it: "(803) 555-0100" for
 * North American numbers, "+44 20 7946 0958" for others. Text that does not parse is
 * returned as it was, so nothing a server sends is lost.
 */
export function formatPhoneForForm(e164: string): string {
  const phone = parsePhoneNumberFromString(e164.trim(), { defaultCountry: 'US', extract: false });
  if (!phone || !phone.isValid()) return e164;
  return phone.countryCallingCode === '1' ? phone.formatNational() : phone.formatInternational();
}

/**
 * A number as it is sent (E.164, what toProvisionRequest puts on the wire), written for
 * reading on Review and the success page: "+1 843 555 0142". Review reads the wire value
 * rather than the text as typed, so what a person checks is what Net3 receives. Anything
 * that is not a valid number (never sent after the rules passed) is shown as it is.
 */
export function formatSentPhone(wire: string): string {
  const phone = parsePhoneNumberFromString(wire.trim(), { extract: false });
  if (!phone || !phone.isValid()) return wire;
  return phone.formatInternational();
}
