// Step 4, Review: every answer by section, each with a Change link back to its step or field, the
// company address as Net3 will receive it (from the primary address), and for a signed-in
// audience (staff) the "Created by" details, read-only from the session, and last, above
// Submit, any earlier submission that looks like this customer (duplicates/).
import { memo } from 'react';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { ReviewAnswers, type OpenStepFromReview } from './review-answers.tsx';
import { CreatedBySection } from './created-by-section.tsx';
import type { WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';
import { DuplicateCheck } from '../duplicates/duplicate-check.tsx';

// The Company step loads the duplicate warning through this module (lazy-steps.ts).
export { DuplicateCheck };

type ReviewStepProps = {
  control: Control<ProvisionCustomerForm>;
  onChange: OpenStepFromReview;
  audience?: WizardAudienceId;
};

export const ReviewStep = memo(function ReviewStep({
  control,
  onChange,
  audience = 'staff',
}: ReviewStepProps) {
  return (
    <Column spacing={4}>
      <Typography>
        Check the answers, then submit. Use Change to correct anything: you will come straight back
        here.
      </Typography>
      <ReviewAnswers control={control} onChange={onChange} audience={audience} />
      {describeAudience(audience).signedIn && (
        <>
          <CreatedBySection control={control} />
          <DuplicateCheck control={control} before="Submit" startSettled />
        </>
      )}
    </Column>
  );
});
