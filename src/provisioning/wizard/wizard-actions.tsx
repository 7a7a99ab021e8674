// The row under each step: Back (not on the first step) and Next, or Submit on Review.
// Next and Submit submit the step's form. Each stays focusable but says it is busy while it
// works, with a polite status below: "Submitting…" while the request runs, "Checking…"
// while Next waits for the form rules or for the next step to load (issue 12: a press always
// gets an answer at once, even on a slow connection).
import Box from '@mui/material/Box';
import { BusySpinner } from '../../components/busy-spinner.tsx';
import { PortalButton } from '../../components/portal-button.tsx';
import { useHydrated } from '../../app/use-hydrated.ts';
import type { WizardStepId } from '../form/form-model.ts';
import { firstStepId } from '../steps/wizard-steps.ts';

type WizardActionsProps = {
  step: WizardStepId;
  submitting: boolean;
  /** Next was pressed and its answer (the rules, the next step) is still loading. */
  moving: boolean;
  onBack: () => void;
};

function busyProps(busy: boolean) {
  return {
    'aria-disabled': busy || undefined,
    'aria-busy': busy || undefined,
    startIcon: busy ? <BusySpinner size={18} /> : undefined,
  };
}

export function WizardActions({ step, submitting, moving, onBack }: WizardActionsProps) {
  const hydrated = useHydrated();
  const status = submitting ? 'Submitting…' : moving ? 'Checking…' : '';
  return (
    <>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 2,
          mt: 4,
        }}
      >
        {step !== firstStepId ? (
          <PortalButton variant="outlined" onClick={onBack} disabled={submitting}>
            Back
          </PortalButton>
        ) : (
          <span />
        )}
        {step === 'review' ? (
          <PortalButton type="submit" variant="contained" size="large" {...busyProps(submitting)}>
            Submit
          </PortalButton>
        ) : (
          // Disabled only until a prerendered page comes alive: pressing it earlier would send
          // the form the browser's way, reloading the page and losing what was typed.
          <PortalButton
            type="submit"
            variant="contained"
            size="large"
            disabled={!hydrated}
            {...busyProps(moving)}
          >
            Next
          </PortalButton>
        )}
      </Box>
      <Box role="status" sx={{ mt: 1, textAlign: 'right', minHeight: '1.5em' }}>
        {status}
      </Box>
    </>
  );
}
