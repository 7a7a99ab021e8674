// The app header's account area on staff pages: who is signed in ("Signed in as Demo
// Sales"), Sign out and Sign out everywhere. Signing out ends the portal session (DELETE
// /api/session; everywhere: every session of the person, DELETE /api/sessions), clears
// every cached answer (the session, the choice lists) and opens the Sign in page saying so.
// The wizard's draft is the person's (issue 10): its last answers reach the server before the
// session ends, and it is kept there for them alone; every trace of it then leaves this
// browser, so the next person to sign in here sees an empty form. The Sign in page says it is
// kept.
import { useState } from 'react';
import Box from '@mui/material/Box';
import { PortalButton } from '../components/portal-button.tsx';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { navigate } from '../app/navigation.ts';
import { draftHasAnswers, forgetStaffDrafts } from '../provisioning/form/draft-storage.ts';
import { sessionQueryOptions } from '../provisioning/steps/provisioning-queries.ts';
import { signOut } from './api/session.ts';
import { SIGN_IN_PATH, STAFF_WIZARD_PATH } from '../app/app-paths.ts';
import { SUBMISSIONS_PATH } from '../app/submission-paths.ts';
import { AppLink } from '../components/app-link.tsx';
import { signInNoticeState } from './sign-in-url.ts';
import { staffDisplayName } from '../provisioning/contract/staff-display-name.ts';

/** What a Sign out button does, named as the Sign in page's notice after it. */
type SignOutKind = 'signed-out' | 'signed-out-everywhere';

export function SignedInAccount() {
  const session = useQuery(sessionQueryOptions());
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'failed' | SignOutKind>('idle');
  if (!session.data) return null;
  const signingOut = state !== 'idle' && state !== 'failed';

  const signOutNow = async (kind: SignOutKind) => {
    if (signingOut) return;
    setState(kind);
    try {
      await (await import('../provisioning/form/server-draft.ts')).flushServerDraft();
    } catch {
      // Not reached: the draft is still in this tab until signing out works.
    }
    try {
      await signOut({ everywhere: kind === 'signed-out-everywhere' });
    } catch {
      setState('failed');
      return;
    }
    const draftKept = draftHasAnswers();
    forgetStaffDrafts();
    navigate(SIGN_IN_PATH, {
      state: signInNoticeState(draftKept ? `${kind}-draft-kept` : kind),
    });
    queryClient.clear();
  };

  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: '8px 16px',
      }}
    >
      <Box
        component="nav"
        aria-label="Staff pages"
        // On the header's primary background the links take its white text and a white focus
        // ring: in primary they were invisible (primary on primary). !important because the
        // link's own :focus-visible outline is the more specific rule. A row of their own, so
        // who is signed in and both Sign out buttons share the next one.
        sx={{
          display: 'flex',
          flexBasis: '100%',
          gap: 2,
          '& a': { color: 'inherit', outlineColor: 'currentColor !important' },
        }}
      >
        <AppLink href={STAFF_WIZARD_PATH}>New customer</AppLink>
        <AppLink href={SUBMISSIONS_PATH}>Submissions</AppLink>
      </Box>
      <Box component="p" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        Signed in as <strong>{staffDisplayName(session.data)}</strong>
      </Box>
      {(['signed-out', 'signed-out-everywhere'] as const).map((kind) => (
        <PortalButton
          key={kind}
          variant="outlined"
          color="inherit"
          onClick={() => void signOutNow(kind)}
          aria-disabled={signingOut || undefined}
          aria-busy={state === kind || undefined}
        >
          {state === kind
            ? 'Signing out…'
            : kind === 'signed-out'
              ? 'Sign out'
              : 'Sign out everywhere'}
        </PortalButton>
      ))}
      {state === 'failed' && (
        <Box role="alert" sx={{ flexBasis: '100%', fontWeight: 600 }}>
          Signing out did not work. Check your connection and try again.
        </Box>
      )}
    </Box>
  );
}
