// Step 4, Review: every answer by section, each with a Change link back to its step, the
// company address as Net3 will receive it (from the primary address), and the "Created
// by" details, pre-filled from the signed-in session and editable here.
import { memo } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { ReviewAnswers } from './review-answers.tsx';
import { CreatedBySection } from './created-by-section.tsx';

type ReviewStepProps = {
  control: Control<ProvisionCustomerForm>;
  onChange: (step: WizardStepId) => void;
};

export const ReviewStep = memo(function ReviewStep({ control, onChange }: ReviewStepProps) {
  return (
    <Stack spacing={4}>
      <Typography>
        Check the answers, then submit. Use Change to correct anything: you will come straight back
        here.
      </Typography>
      <ReviewAnswers control={control} onChange={onChange} />
      <CreatedBySection control={control} />
    </Stack>
  );
});
