// /submissions: every submission the portal recorded, newest first, 50 a page, for signed-in
// staff. "Only mine" and a search by customer name or email narrow it; each customer links to
// its ledger row. The filter lives in the component; the list is the server's.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { submissionPath } from '../app/submission-paths.ts';
import { AppLink } from '../components/app-link.tsx';
import { CheckboxLabel } from '../components/checkbox-label.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import { PortalAlert } from '../components/portal-alert.tsx';
import { PortalButton } from '../components/portal-button.tsx';
import { problemMessageFor } from '../provisioning/steps/submit-problem.ts';
import { submissionOutcomeWords } from '../provisioning/contract/submission-records.ts';
import { SearchField } from './search-field.tsx';
import { formatWhen } from './format-when.ts';
import { submissionListQuery } from './submissions-api.ts';
import { SubmissionsTable } from './submissions-table.tsx';

export function SubmissionsPage() {
  const [page, setPage] = useState(1);
  const [onlyMine, setOnlyMine] = useState(false);
  const [search, setSearch] = useState('');
  // Typing stays quick; the list follows when React has time (and the server answers).
  const deferredSearch = useDeferredValue(search);
  const list = useQuery({
    ...submissionListQuery({ page, onlyMine, search: deferredSearch }),
    placeholderData: keepPreviousData,
  });
  const statusId = useId();
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Box component="section" aria-labelledby="submissions-heading">
      {/* The page's h1 in the size of the wizard's step headings (the theme's h1 is the site's name). */}
      <Typography id="submissions-heading" component="h1" variant="h2" tabIndex={-1} sx={{ mb: 2 }}>
        Submissions
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'end', mb: 2 }}>
        <SearchField
          label="Search by customer name or email"
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
        <CheckboxLabel
          label="Only mine"
          checked={onlyMine}
          onChange={(event) => {
            setOnlyMine(event.target.checked);
            setPage(1);
          }}
        />
      </Box>
      {list.isPending && <LoadingStatus />}
      {list.isError && (
        <PortalAlert severity="error" title="The submissions could not be loaded">
          {problemMessageFor(list.error)}{' '}
          <PortalButton variant="text" onClick={() => void list.refetch()}>
            Try again
          </PortalButton>
        </PortalAlert>
      )}
      {data && (
        <>
          <p id={statusId} role="status">
            {data.total === 0
              ? 'No submissions match.'
              : `${data.total} submission${data.total === 1 ? '' : 's'}, page ${data.page} of ${pages}.`}
          </p>
          {data.items.length > 0 && (
            <SubmissionsTable
              rows={data.items.map((item) => ({
                id: item.id,
                customer: (
                  <AppLink href={submissionPath(item.id)}>
                    {item.customerName || '(no name)'}
                  </AppLink>
                ),
                submittedBy: item.submittedBy,
                when: formatWhen(item.createdAt),
                outcome: submissionOutcomeWords[item.state],
                net3CustomerId: item.net3CustomerId ?? '—',
              }))}
            />
          )}
          {pages > 1 && (
            <Box
              component="nav"
              aria-label="Pages of submissions"
              sx={{ display: 'flex', gap: 2, mt: 2 }}
            >
              <PortalButton
                variant="outlined"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                Newer
              </PortalButton>
              <PortalButton
                variant="outlined"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Older
              </PortalButton>
            </Box>
          )}
        </>
      )}
    </Box>
  );
}

/** For React.lazy (lazy-submissions-pages.ts). */
