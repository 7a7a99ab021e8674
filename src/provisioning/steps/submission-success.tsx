// The page after Net3 accepted the customer: a heading that says so (it takes focus) and the
// customer's name, the identifiers Net3 returned (the N3T Logins company ID dashed, as its
// input asks for it), "Copy summary" and "Print", what was sent (collapsed), a link to the
// submission's ledger row, and "Start another". Printing leaves off the header and buttons.
import { submissionPath } from '../../app/submission-paths.ts';
import { AppLink } from '../../components/app-link.tsx';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import Typography from '@mui/material/Typography';
import type { WizardSuccessProps } from '../audience/wizard-success.ts';
import { SentSummaryDetails } from './sent-summary-details.tsx';
import { identifierRows, successSummaryText } from './success-summary.ts';
import { SummaryActions } from './summary-actions.tsx';
import { SummaryList } from './summary-list.tsx';

export function SubmissionSuccess({ success, onStartAnother }: WizardSuccessProps) {
  const rows = identifierRows(success.result);
  const customerName = success.sent?.customerName ?? '';

  return (
    <Column spacing={3}>
      <SuccessBanner heading="Customer submitted">
        <Typography sx={{ mt: 1, overflowWrap: 'anywhere' }}>
          {customerName === '' ? (
            'Net3 accepted the new customer.'
          ) : (
            <>
              Net3 accepted{' '}
              <bdi>
                <strong>{customerName}</strong>
              </bdi>
              .
            </>
          )}
        </Typography>
      </SuccessBanner>
      {rows.length > 0 ? (
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            What Net3 returned
          </Typography>
          <SummaryList rows={rows} />
        </Box>
      ) : (
        <Typography>Net3 did not return any identifiers for this customer.</Typography>
      )}
      <SummaryActions text={successSummaryText(success)} />
      {success.sent && <SentSummaryDetails sent={success.sent} />}
      {success.submissionId && (
        <Box component="p" className="print-hidden" sx={{ m: 0 }}>
          <AppLink href={submissionPath(success.submissionId)}>See it on Submissions</AppLink>
        </Box>
      )}
      <Box className="print-hidden">
        <PortalButton variant="contained" onClick={onStartAnother}>
          Start another
        </PortalButton>
      </Box>
    </Column>
  );
}
