// The app header's account area on staff pages: who is signed in ("Signed in as Demo
// Sales") and Sign out. Signing out ends the portal session (DELETE /api/session), clears
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
import type { AuthenticateResponse } from '../provisioning/api/get-session.ts';
import { draftHasAnswers, forgetStaffDrafts } from '../provisioning/form/draft-storage.ts';
import { sessionQueryOptions } from '../provisioning/steps/provisioning-queries.ts';
import { signOut } from './api/session.ts';
import { SIGN_IN_PATH, STAFF_WIZARD_PATH } from '../app/app-paths.ts';
import { SUBMISSIONS_PATH } from '../app/submission-paths.ts';
import { PortalLink } from '../components/portal-link.tsx';
import { signInNoticeState } from './sign-in-url.ts';

/** The name a person knows themselves by: display name, else first and last, else username. */
export function staffDisplayName(session: AuthenticateResponse): string {
  const names = `${session.firstName ?? ''} ${session.lastName ?? ''}`.trim();
  return session.displayName?.trim() || names || session.userName || 'you';
}

export function SignedInAccount() {
  const session = useQuery(sessionQueryOptions());
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'signing-out' | 'failed'>('idle');
  if (!session.data) return null;

  const signOutNow = async () => {
    if (state === 'signing-out') return;
    setState('signing-out');
    try {
      await (await import('../provisioning/form/server-draft.ts')).flushServerDraft();
    } catch {
      // Not reached: the draft is still in this tab until signing out works.
    }
    try {
      await signOut();
    } catch {
      setState('failed');
      return;
    }
    const draftKept = draftHasAnswers();
    forgetStaffDrafts();
    navigate(SIGN_IN_PATH, {
      state: signInNoticeState(draftKept ? 'signed-out-draft-kept' : 'signed-out'),
    });
    queryClient.clear();
  };

  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: 2,
        rowGap: 1,
      }}
    >
      <Box component="nav" aria-label="Staff pages" sx={{ display: 'flex', gap: 2 }}>
        <PortalLink href={STAFF_WIZARD_PATH}>New customer</PortalLink>
        <PortalLink href={SUBMISSIONS_PATH}>Submissions</PortalLink>
      </Box>
      <Box component="p" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        Signed in as <strong>{staffDisplayName(session.data)}</strong>
      </Box>
      <PortalButton
        variant="outlined"
        color="inherit"
        onClick={() => void signOutNow()}
        aria-disabled={state === 'signing-out' || undefined}
        aria-busy={state === 'signing-out' || undefined}
      >
        {state === 'signing-out' ? 'Signing out…' : 'Sign out'}
      </PortalButton>
      {state === 'failed' && (
        <Box role="alert" sx={{ flexBasis: '100%', fontWeight: 600 }}>
          Signing out did not work. Check your connection and try again.
        </Box>
      )}
    </Box>
  );
}
