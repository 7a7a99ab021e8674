// A polite live region that announces what just happened ("Step 2 of 4: Addresses").
// It stays in the page so screen readers pick up changes; the same message twice in a
// row is announced again because `announcementKey` re-mounts the text.
type StepStatusAnnouncerProps = { message: string; announcementKey: number };

export function StepStatusAnnouncer({ message, announcementKey }: StepStatusAnnouncerProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
      <span key={announcementKey}>{message}</span>
    </div>
  );
}
