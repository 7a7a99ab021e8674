// "Submit now" at the top of Review, for staff only. A rep who has just typed every answer
// mid-call checks them by eye and wants to send: from the Review heading (where focus lands)
// this button is one Tab away instead of after every Change link and Back. The Submit below
// the answers stays, for whoever reads to the end, and it is where "Submitting…" and any
// problem appear. Both submit the same form; the top one's name says it skips the reading
// ("now"; the Review intro just below says to check, then submit), so a screen reader's list
// of buttons tells the two apart. Not on the public signup: a reseller signs up once and is
// better served by reading the answers before the button.
import Box from '@mui/material/Box';
import { BusySpinner } from '../../components/busy-spinner.tsx';
import { PortalButton } from '../../components/portal-button.tsx';

export function ReviewTopSubmit({ submitting }: { submitting: boolean }) {
  return (
    <Box sx={{ mb: 3 }}>
      <PortalButton
        type="submit"
        variant="contained"
        size="large"
        aria-disabled={submitting || undefined}
        aria-busy={submitting || undefined}
        startIcon={submitting ? <BusySpinner size={18} /> : undefined}
      >
        Submit now
      </PortalButton>
    </Box>
  );
}
