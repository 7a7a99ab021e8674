// Where the person is: "Step N of 4" (always shown) and, from tablet width up, the list
// of steps with the current one marked (aria-current="step") and earlier ones ticked.
// On a phone the list is hidden rather than squeezed, so nothing scrolls sideways; the
// step heading right below names the current step. A plain ordered list rather than
// MUI's Stepper: it needs no script and keeps the first step's JavaScript small.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { colours } from '../../app/design-tokens.ts';
import type { WizardStepId } from '../form/form-model.ts';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';
import { stepNumber, stepPosition, wizardSteps } from './wizard-steps.ts';

const markerSize = 28;

export function WizardProgress({ step }: { step: WizardStepId }) {
  const current = stepNumber(step) - 1;
  return (
    <>
      <Box
        component="ol"
        aria-label="Progress"
        sx={{
          display: { xs: 'none', sm: 'grid' },
          gridTemplateColumns: `repeat(${wizardSteps.length}, minmax(0, 1fr))`,
          listStyle: 'none',
          m: 0,
          mb: 3,
          p: 0,
        }}
      >
        {wizardSteps.map((candidate, index) => {
          const done = index < current;
          const active = index === current;
          return (
            <Box
              component="li"
              key={candidate.id}
              aria-current={active ? 'step' : undefined}
              sx={{
                position: 'relative',
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                gap: 0.75,
                textAlign: 'center',
                // The line to the previous step, behind the markers.
                '&:not(:first-of-type)::before': {
                  content: '""',
                  position: 'absolute',
                  top: markerSize / 2,
                  right: `calc(50% + ${markerSize / 2 + 6}px)`,
                  left: `calc(-50% + ${markerSize / 2 + 6}px)`,
                  borderTop: 2,
                  borderColor: done || active ? 'primary.main' : colours.decorativeLine,
                },
              }}
            >
              <Box
                aria-hidden="true"
                sx={{
                  width: markerSize,
                  height: markerSize,
                  borderRadius: '50%',
                  display: 'grid',
                  placeItems: 'center',
                  fontSize: '0.875rem',
                  fontWeight: 700,
                  color: done || active ? 'primary.contrastText' : 'text.secondary',
                  bgcolor: done || active ? 'primary.main' : 'background.paper',
                  border: 2,
                  borderColor: done || active ? 'primary.main' : colours.controlBorder,
                }}
              >
                {done ? '✓' : index + 1}
              </Box>
              <Box
                component="span"
                sx={{
                  fontSize: '0.875rem',
                  fontWeight: active ? 700 : 400,
                  color: active ? 'text.primary' : 'text.secondary',
                }}
              >
                {candidate.label}
                {done && <VisuallyHidden>, done</VisuallyHidden>}
              </Box>
            </Box>
          );
        })}
      </Box>
      <Typography sx={{ color: 'text.secondary', fontWeight: 600 }}>
        {stepPosition(step)}
      </Typography>
    </>
  );
}
