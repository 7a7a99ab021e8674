// What the duplicate warning shows: each earlier submission that looks like this customer, a
// link to its row on Submissions, who sent it, when and how it ended, and why it matched.
import Typography from '@mui/material/Typography';
import { submissionPath } from '../../app/submission-paths.ts';
import { AppLink } from '../../components/app-link.tsx';
import { PortalAlert } from '../../components/portal-alert.tsx';
import type { DuplicateMatch } from '../contract/duplicate-matches.ts';
import { outcomeOf, reasonsLine, submittedOn } from './duplicate-words.ts';

// The customer's and the submitter's names come from outside (a reseller's own signup) and are
// isolated (<bdi>): an invisible direction control in one (U+202E) cannot turn the sentence's
// own words around it backwards.
function MatchText({ match }: { match: DuplicateMatch }) {
  return (
    <>
      <AppLink href={submissionPath(match.id)}>
        <bdi>{match.customerName}</bdi>
      </AppLink>
      , submitted by <bdi>{match.submittedBy}</bdi> on {submittedOn(match.createdAt)}{' '}
      {outcomeOf(match)}. {reasonsLine(match)}
    </>
  );
}

export function DuplicateWarning({ matches }: { matches: readonly DuplicateMatch[] }) {
  const [only] = matches;
  return (
    // Announced by the live region beside it, once per set of matches: not an alert itself.
    <PortalAlert severity="warning" role="group" aria-label="Possible duplicates">
      {matches.length > 1 || only === undefined ? (
        <>
          <Typography sx={{ fontWeight: 700 }}>Possible duplicates:</Typography>
          <Typography component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {matches.map((match) => (
              <li key={match.id}>
                <MatchText match={match} />
              </li>
            ))}
          </Typography>
        </>
      ) : (
        <Typography>
          <strong>Possible duplicate:</strong> <MatchText match={only} />
        </Typography>
      )}
      <Typography sx={{ mt: 1 }}>
        Open it to check whether this is the same customer. You can still go on.
      </Typography>
    </PortalAlert>
  );
}
