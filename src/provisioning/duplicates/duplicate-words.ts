// The words of the duplicate warning, chosen in one place: "Acme Widgets LLC, submitted by
// Demo Sales on 3 Nov (Accepted, N3-000123)", and what the screen reader is told.
import type { DuplicateMatch } from '../contract/duplicate-matches.ts';
import { submissionOutcomeWords } from '../contract/submission-records.ts';

// Made on first use, not when the module loads: creating an Intl formatter loads locale data,
// which took ~100 ms of the main thread at 4x CPU when the Review step's module ran.
let formats: { dayAndMonth: Intl.DateTimeFormat; dayMonthAndYear: Intl.DateTimeFormat } | null =
  null;
function dateFormats() {
  formats ??= {
    dayAndMonth: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }),
    dayMonthAndYear: new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }),
  };
  return formats;
}

/** "3 Nov" this year, "3 Nov 2024" before it. */
export function submittedOn(createdAt: number, now = Date.now()): string {
  const date = new Date(createdAt);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  const { dayAndMonth, dayMonthAndYear } = dateFormats();
  return (sameYear ? dayAndMonth : dayMonthAndYear).format(date);
}

/** "(Accepted, N3-000123)", or "(Outcome unknown)" when Net3 gave no customer ID. */
export function outcomeOf(match: DuplicateMatch): string {
  const words = submissionOutcomeWords[match.state] ?? match.state;
  return match.net3CustomerId ? `(${words}, ${match.net3CustomerId})` : `(${words})`;
}

/** Everything after the customer's name: ", submitted by Demo Sales on 3 Nov (Accepted, …)". */
export function submittedByLine(match: DuplicateMatch, now?: number): string {
  return `, submitted by ${match.submittedBy} on ${submittedOn(match.createdAt, now)} ${outcomeOf(match)}`;
}

/** "Matched on similar name and same email domain." */
export function reasonsLine(match: DuplicateMatch): string {
  const reasons = match.reasons;
  const listed =
    reasons.length < 2
      ? reasons.join('')
      : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
  return `Matched on ${listed}.`;
}

/** What a screen reader hears once for a set of matches; '' for none. */
export function announcementOf(
  matches: readonly DuplicateMatch[],
  before: string,
  now?: number,
): string {
  const [first] = matches;
  if (first === undefined) return '';
  const more = matches.length > 1 ? `, and ${matches.length - 1} more` : '';
  return `Possible duplicate: ${first.customerName}${submittedByLine(first, now)}${more}. Listed above ${before}.`;
}
