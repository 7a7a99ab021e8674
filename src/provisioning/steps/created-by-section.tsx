// The Review step's "Created by" section: who is submitting. Pre-filled from the signed-in
// session; names and email can be corrected, username and user ID are shown read-only.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { FormTextField } from '../../components/form-text-field.tsx';
import { sessionQueryOptions } from './provisioning-queries.ts';
import { ReviewSection } from './review-section.tsx';
import { SummaryList } from './summary-list.tsx';

export function CreatedBySection({ control }: { control: Control<ProvisionCustomerForm> }) {
  const session = useQuery(sessionQueryOptions());
  const [username, userId] = useWatch({
    control,
    name: ['createdBy.username', 'createdBy.userId'],
  });

  return (
    <ReviewSection id="review-created-by" title="Created by">
      <Stack spacing={3}>
        <Typography sx={{ color: 'text.secondary' }}>
          Filled in from your Net3 sign-in. Correct your name or email if they are wrong.
        </Typography>
        {session.isError && (
          <Alert severity="warning">
            Your Net3 user details could not be loaded. Enter your name and email below; the
            customer can still be submitted.
          </Alert>
        )}
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <FormTextField
            control={control}
            name="createdBy.firstName"
            label="First name"
            optional
            autoComplete="given-name"
            spellCheck={false}
          />
          <FormTextField
            control={control}
            name="createdBy.lastName"
            label="Last name"
            optional
            autoComplete="family-name"
            spellCheck={false}
          />
        </Box>
        <FormTextField
          control={control}
          name="createdBy.email"
          label="Email"
          optional
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <SummaryList
          rows={[
            { label: 'Username', value: session.isPending ? 'Loading…' : username },
            { label: 'User ID', value: session.isPending ? 'Loading…' : userId },
          ]}
        />
      </Stack>
    </ReviewSection>
  );
}
