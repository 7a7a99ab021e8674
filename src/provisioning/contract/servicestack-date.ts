// ServiceStack's JSON DateTime codec. Net3 writes DateTime as "/Date(<unix ms><offset>)/";
// the portal always sends the plain UTC form and reads every form the API may echo back.
// A value the server cannot parse silently becomes DateTime.MinValue, so anything this
// module cannot read with certainty is rejected (null) rather than guessed.

// "/Date(ms)/", "/Date(ms+hhmm)/", "/Date(ms-hhmm)/", each optionally written with the
// JSON escape "\/" kept as literal backslashes (a double-encoded value).
const wcfDatePattern = /^\\?\/Date\((-?\d+)(?:([+-])(\d{2})(\d{2}))?\)\\?\/$/;

// ISO 8601 with a zone: "Z" or "+hh:mm" / "+hhmm". Years may be ±YYYYYY as toISOString
// writes them outside 0000-9999. Up to 7 fraction digits (.NET's "o" format).
const isoDatePattern =
  /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** The largest distance from the epoch a JavaScript Date can hold (±100,000,000 days). */
const MAX_DATE_MS = 8.64e15;

/** DateTime.MinValue (0001-01-01T00:00:00Z): ServiceStack's "unset" DateTime. */
export const NET_DATETIME_MIN_MS = -62135596800000;
/** DateTime.MaxValue (9999-12-31T23:59:59.999Z), truncated to milliseconds. */
export const NET_DATETIME_MAX_MS = 253402300799999;

/** Writes a Date the way ServiceStack does for a UTC DateTime: "/Date(1764201600000)/". */
export function formatServiceStackDate(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError('formatServiceStackDate needs a valid Date, got an Invalid Date.');
  }
  return `/Date(${ms})/`;
}

/**
 * Reads a ServiceStack DateTime: "/Date(ms)/", "/Date(ms±hhmm)/", "\/Date(..)\/" or ISO 8601
 * with "Z" or an explicit offset. In the /Date()/ forms the milliseconds are always UTC; the
 * offset only records the DateTime's kind, so it does not shift the instant. Returns null for
 * anything else, including zone-less ISO (the server would read it as its own local time).
 */
export function parseServiceStackDate(text: string): Date | null {
  const wcf = wcfDatePattern.exec(text);
  if (wcf) {
    const [, msText = '', , offsetHours = '00', offsetMinutes = '00'] = wcf;
    if (!isOffsetInRange(offsetHours, offsetMinutes)) return null;
    return dateFromMs(Number(msText));
  }
  const iso = isoDatePattern.exec(text);
  if (iso) return parseIsoParts(iso);
  return null;
}

function parseIsoParts(parts: RegExpExecArray): Date | null {
  const [
    ,
    yearText = '',
    monthText = '',
    dayText = '',
    hourText = '',
    minuteText = '',
    secondText = '0',
    fractionText = '',
    zulu,
    offsetSign,
    offsetHours = '00',
    offsetMinutes = '00',
  ] = parts;
  // The extended form "-000000" is not a year (ISO 8601 forbids it; so does Date.parse).
  if (yearText === '-000000') return null;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  const millisecond = Number(fractionText.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (!zulu && !isOffsetInRange(offsetHours, offsetMinutes)) return null;

  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millisecond);
  const offsetMinutesTotal = zulu
    ? 0
    : (offsetSign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return dateFromMs(utc.getTime() - offsetMinutesTotal * 60_000);
}

function dateFromMs(ms: number): Date | null {
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > MAX_DATE_MS) return null;
  return new Date(ms);
}

function isOffsetInRange(hoursText: string, minutesText: string): boolean {
  return Number(hoursText) <= 23 && Number(minutesText) <= 59;
}

function daysInMonth(year: number, month: number): number {
  const firstOfNextMonth = new Date(0);
  firstOfNextMonth.setUTCFullYear(year, month, 0);
  return firstOfNextMonth.getUTCDate();
}
