// The line under the step heading where a signed-in staff member's draft note goes
// (staff-draft-status.tsx; its size is the `.draft-status` rule in app-global-styles.tsx). The
// note's code loads after the page has hydrated; until then the same empty line holds its
// place, so the form below does not move down when the note arrives (it did, by a line: a
// layout shift of 0.017 on the staff wizard).
export function DraftNoteSpace() {
  return <p className="draft-status" />;
}
