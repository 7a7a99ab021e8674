// Why the last submission failed, on the Review step, with Retry where sending the same
// request again can help. It takes focus when it appears (SUBMIT_PROBLEM_ID).
import Box from '@mui/material/Box';
import { PortalAlert } from '../../components/portal-alert.tsx';
import { PortalButton } from '../../components/portal-button.tsx';
import type { SubmitProblem } from '../steps/submit-problem.ts';

export const SUBMIT_PROBLEM_ID = 'submit-problem';

type SubmitProblemAlertProps = {
  problem: SubmitProblem;
  onRetry: () => void;
  /** A request is on its way: Retry waits for its answer. */
  submitting: boolean;
};

export function SubmitProblemAlert({ problem, onRetry, submitting }: SubmitProblemAlertProps) {
  return (
    <PortalAlert
      id={SUBMIT_PROBLEM_ID}
      tabIndex={-1}
      severity="error"
      title={problem.title}
      style={{ marginTop: 32 }}
    >
      {problem.message}
      {problem.canRetry && (
        <Box sx={{ mt: 1.5 }}>
          <PortalButton color="inherit" variant="outlined" onClick={onRetry} disabled={submitting}>
            Retry
          </PortalButton>
        </Box>
      )}
    </PortalAlert>
  );
}
