// The page after a reseller's signup was received: a heading that says so (it takes focus),
// what happens next (Net3 reviews it and emails the Primary contact, whose address is shown
// so a typo is noticed), and any identifiers the answer carried.
import Box from '@mui/material/Box';
import { Column } from '../components/column.tsx';
import { SuccessBanner } from '../components/success-banner.tsx';
import Typography from '@mui/material/Typography';
import type { WizardSuccessProps } from '../provisioning/audience/wizard-success.ts';
import { identifierRows } from '../provisioning/steps/submission-success.tsx';
import { SummaryList } from '../provisioning/steps/summary-list.tsx';

export function SignupSuccess({ success }: WizardSuccessProps) {
  const rows = identifierRows(success.result);
  const email = success.primaryContactEmail;

  return (
    <Column spacing={3}>
      <SuccessBanner heading="Thanks — your signup was received" />
      <Box>
        <Typography variant="h3" sx={{ mb: 1 }}>
          What happens next
        </Typography>
        <Typography sx={{ mb: 1 }}>
          Net3 reviews every reseller signup. Once yours has been reviewed, Net3 emails your primary
          contact
          {email ? (
            <>
              {' '}
              at{' '}
              <Box component="strong" sx={{ overflowWrap: 'anywhere' }}>
                {email}
              </Box>
            </>
          ) : null}{' '}
          with the next steps.
        </Typography>
        <Typography>You do not need to sign up again. You can close this page.</Typography>
      </Box>
      {rows.length > 0 && (
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            Your reference
          </Typography>
          <SummaryList rows={rows} />
        </Box>
      )}
    </Column>
  );
}
