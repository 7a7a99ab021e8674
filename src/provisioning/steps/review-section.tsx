// One section of the Review step: a heading, a "Change" link that opens the step where
// the answers were given (its hidden text names the section for screen readers), and
// the section's answers.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { PortalLink } from '../../components/portal-link.tsx';
import Typography from '@mui/material/Typography';
import type { WizardStepId } from '../form/form-model.ts';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';
import { urlForStep, wizardStep } from './wizard-steps.ts';

type ReviewSectionProps = {
  id: string;
  title: string;
  /** The step to open with "Change"; none for a section edited in place. */
  changeStep?: WizardStepId;
  onChange?: (step: WizardStepId) => void;
  children: ReactNode;
};

export function ReviewSection({ id, title, changeStep, onChange, children }: ReviewSectionProps) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          columnGap: 2,
          mb: 1,
        }}
      >
        <Typography variant="h3" id={id}>
          {title}
        </Typography>
        {changeStep && onChange && (
          <PortalLink
            href={urlForStep(changeStep)}
            style={{ fontWeight: 600 }}
            onClick={(event) => {
              event.preventDefault();
              onChange(changeStep);
            }}
          >
            Change <VisuallyHidden>{wizardStep(changeStep).changeText}</VisuallyHidden>
          </PortalLink>
        )}
      </Box>
      {children}
    </Box>
  );
}
