// The Review step's "Created by" section: who is submitting, read-only from the signed-in
// session. The portal's server stamps createdBy from the session whatever the browser
// sends, so there is nothing here to correct.
import { PortalAlert } from '../../components/portal-alert.tsx';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { sessionQueryOptions } from './provisioning-queries.ts';
import { ReviewSection } from './review-section.tsx';
import { SummaryList } from './summary-list.tsx';

export function CreatedBySection({ control }: { control: Control<ProvisionCustomerForm> }) {
  const session = useQuery(sessionQueryOptions());
  const createdBy = useWatch({ control, name: 'createdBy' });
  const name = `${createdBy.firstName} ${createdBy.lastName}`.trim();
  const shown = (value: string) => (session.isPending ? 'Loading…' : value);

  return (
    <ReviewSection id="review-created-by" title="Created by">
      <Column spacing={2}>
        <Typography sx={{ color: 'text.secondary' }}>
          From your sign-in: Net3 records you as the person who created this customer.
        </Typography>
        {session.isError && (
          <PortalAlert severity="warning">
            Your sign-in details could not be loaded. The portal still records you from your session
            when you submit.
          </PortalAlert>
        )}
        <SummaryList
          rows={[
            { label: 'Name', value: shown(name) },
            { label: 'Email', value: shown(createdBy.email) },
            { label: 'Username', value: shown(createdBy.username) },
          ]}
        />
      </Column>
    </ReviewSection>
  );
}
