// When a submission was made, as staff read it: "3 Nov 2026, 14:05" in their own locale.
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(ms: number): string {
  return when.format(new Date(ms));
}
