// When a submission was made, as staff read it: "3 Nov 2026, 14:05" in their own locale.
// The formatter is made on first use: creating one loads locale data (see duplicate-words.ts).
let when: Intl.DateTimeFormat | null = null;

export function formatWhen(ms: number): string {
  when ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return when.format(new Date(ms));
}
