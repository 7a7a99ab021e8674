// /submissions/<id>: one ledger row: who sent it and when, the answers as they were sent to
// Net3, and Net3's answer. For an outcome nobody knows (Net3 did not answer in time), it says
// to check Net3 first, and offers Retry with the same Idempotency-Key to the person who sent it.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SUBMISSIONS_PATH } from '../app/submission-paths.ts';
import { AppLink } from '../components/app-link.tsx';
import { BusySpinner } from '../components/busy-spinner.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import { PortalAlert } from '../components/portal-alert.tsx';
import { PortalButton } from '../components/portal-button.tsx';
import { submissionOutcomeWords } from '../provisioning/contract/submission-records.ts';
import { SummaryList } from '../provisioning/steps/summary-list.tsx';
import { problemMessageFor } from '../provisioning/steps/submit-problem.ts';
import { formatWhen } from './format-when.ts';
import { SentAnswers } from './sent-answers.tsx';
import { retrySubmission, submissionQuery } from './submissions-api.ts';

export function SubmissionPage({ id }: { id: string }) {
  const submission = useQuery(submissionQuery(id));
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retrySubmission(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['submission', id] }),
  });
  const back = <AppLink href={SUBMISSIONS_PATH}>All submissions</AppLink>;
  if (submission.isPending) return <LoadingStatus />;
  if (submission.isError) {
    return (
      <Box>
        <PortalAlert severity="error" title="This submission could not be shown">
          {problemMessageFor(submission.error)}
        </PortalAlert>
        <p>{back}</p>
      </Box>
    );
  }
  const row = submission.data;
  return (
    <Box component="section" aria-labelledby="submission-heading">
      <p>{back}</p>
      <Typography
        id="submission-heading"
        component="h1"
        variant="h2"
        tabIndex={-1}
        sx={{ mb: 2, overflowWrap: 'anywhere' }}
      >
        {row.customerName || '(no name)'}
      </Typography>
      {row.state === 'unknown' && (
        <PortalAlert
          severity="warning"
          title="Net3 did not answer in time: check in Net3 before sending again"
          action={
            row.mayRetry && (
              <PortalButton
                variant="contained"
                onClick={() => retry.mutate()}
                aria-busy={retry.isPending || undefined}
                startIcon={retry.isPending ? <BusySpinner /> : undefined}
              >
                {retry.isPending ? 'Sending…' : 'Retry'}
              </PortalButton>
            )
          }
        >
          The customer may have been created. Retry sends the same request with the same key, so
          Net3 cannot be given it twice by the portal.
        </PortalAlert>
      )}
      {retry.isError && (
        <PortalAlert severity="error" title="Retry did not go through">
          {problemMessageFor(retry.error)}
        </PortalAlert>
      )}
      <Typography component="h2" variant="h3" sx={{ mt: 4, mb: 1 }}>
        Outcome
      </Typography>
      <SummaryList
        rows={[
          { label: 'Outcome', value: submissionOutcomeWords[row.state] },
          { label: 'Submitted by', value: row.submittedBy },
          { label: 'When', value: formatWhen(row.createdAt) },
          { label: 'Net3 customer ID', value: row.net3CustomerId ?? '—' },
          { label: 'N3T logins company ID', value: row.n3TLoginsCompanyId ?? '—' },
          { label: 'Attempts', value: String(row.attempts) },
          ...(row.errorMessage ? [{ label: "Net3's answer", value: row.errorMessage }] : []),
          ...row.fieldErrors.map((error) => ({
            label: error.fieldName || 'Field',
            value: error.message,
          })),
        ]}
      />
      <Typography component="h2" variant="h3" sx={{ mt: 4, mb: 1 }}>
        What was sent
      </Typography>
      {row.request ? (
        <SentAnswers request={row.request} />
      ) : (
        <p>The answers are no longer kept (they are cleared after the retention period).</p>
      )}
    </Box>
  );
}

/** For React.lazy (lazy-submissions-pages.ts). */
