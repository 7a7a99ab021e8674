// The name a signed-in staff member knows themselves by, as the header shows it ("Signed in as
// Demo Sales"): display name, else first and last, else username. The production server words
// it the same way when it writes the name into the prerendered wizard (server/entry-pages.ts).

type StaffNames = {
  displayName?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  userName?: unknown;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function staffDisplayName(session: StaffNames): string {
  const names = `${text(session.firstName)} ${text(session.lastName)}`.trim();
  return text(session.displayName).trim() || names || text(session.userName) || 'you';
}
