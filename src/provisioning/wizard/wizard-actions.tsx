// The row under each step: Back (not on the first step) and Next, or Submit on Review,
// which stays focusable but says it is busy while the request runs, with a polite
// "Submitting…" status below it. Next and Submit submit the step's form.
import Box from '@mui/material/Box';
import { BusySpinner } from '../../components/busy-spinner.tsx';
import { PortalButton } from '../../components/portal-button.tsx';
import { useHydrated } from '../../app/use-hydrated.ts';
import type { WizardStepId } from '../form/form-model.ts';
import { firstStepId } from '../steps/wizard-steps.ts';

type WizardActionsProps = {
  step: WizardStepId;
  submitting: boolean;
  onBack: () => void;
};

export function WizardActions({ step, submitting, onBack }: WizardActionsProps) {
  const hydrated = useHydrated();
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
          <PortalButton
            type="submit"
            variant="contained"
            size="large"
            aria-disabled={submitting || undefined}
            aria-busy={submitting || undefined}
            startIcon={submitting ? <BusySpinner size={18} /> : undefined}
          >
            Submit
          </PortalButton>
        ) : (
          // Disabled only until a prerendered page comes alive: pressing it earlier would send
          // the form the browser's way, reloading the page and losing what was typed.
          <PortalButton type="submit" variant="contained" size="large" disabled={!hydrated}>
            Next
          </PortalButton>
        )}
      </Box>
      <Box role="status" sx={{ mt: 1, textAlign: 'right', minHeight: '1.5em' }}>
        {submitting ? 'Submitting…' : ''}
      </Box>
    </>
  );
}
