// The page after a reseller's signup was received: a heading that says so (it takes focus),
// what happens next (Net3 reviews it and emails the Primary contact, whose address is shown
// so a typo is noticed), and any identifiers the answer carried.
import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { Column } from '../components/column.tsx';
import Typography from '@mui/material/Typography';
import type { WizardSuccessProps } from '../provisioning/wizard-audience.ts';
import { identifierRows } from '../provisioning/steps/submission-success.tsx';
import { SummaryList } from '../provisioning/steps/summary-list.tsx';

export function SignupSuccess({ success }: WizardSuccessProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = identifierRows(success.result);
  const email = success.primaryContactEmail;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Column spacing={3}>
      <Box
        sx={{
          borderLeft: 6,
          borderColor: 'success.main',
          bgcolor: '#edf7ee',
          px: { xs: 2, sm: 3 },
          py: 2,
        }}
      >
        <Typography variant="h2" ref={headingRef} tabIndex={-1}>
          Thanks — your signup was received
        </Typography>
      </Box>
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
