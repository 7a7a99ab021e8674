// The page after Net3 accepted the customer: a heading that says so (it takes focus), the
// identifiers Net3 returned (its success answer is undocumented, so whatever simple values
// it carries are listed), and "Start another".
import { submissionPath } from '../../app/submission-paths.ts';
import { AppLink } from '../../components/app-link.tsx';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import Typography from '@mui/material/Typography';
import type { WizardSuccessProps } from '../audience/wizard-success.ts';
import { SummaryList, type SummaryRow } from './summary-list.tsx';

const knownLabels: Record<string, string> = {
  customerId: 'Customer ID',
  n3TLogins_CompanyId: 'N3T Logins company ID',
  companyId: 'Company ID',
  localId: 'Local ID',
  id: 'ID',
};

/** Simple values of the answer, one level of nesting flattened ("customer.customerId"). */
export function identifierRows(result: Record<string, unknown>, prefix = ''): SummaryRow[] {
  return Object.entries(result).flatMap(([key, value]): SummaryRow[] => {
    if (key === 'responseStatus') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (String(value).trim() === '') return [];
      return [{ label: prefix ? path : (knownLabels[key] ?? key), value: String(value) }];
    }
    if (!prefix && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return identifierRows(value as Record<string, unknown>, path);
    }
    return [];
  });
}

export function SubmissionSuccess({ success, onStartAnother }: WizardSuccessProps) {
  const rows = identifierRows(success.result);

  return (
    <Column spacing={3}>
      <SuccessBanner heading="Customer submitted">
        <Typography sx={{ mt: 1 }}>Net3 accepted the new customer.</Typography>
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
      {success.submissionId && (
        <p>
          <AppLink href={submissionPath(success.submissionId)}>See it on Submissions</AppLink>
        </p>
      )}
      <Box>
        <PortalButton variant="contained" onClick={onStartAnother}>
          Start another
        </PortalButton>
      </Box>
    </Column>
  );
}
