// The guard around staff pages: shows them only to a signed-in staff member. While the
// portal answers GET /api/auth it says so; a 401 (no session, or it ended) replaces the page
// with Sign in, remembering the wizard step so the person comes back to it; any other
// failure (network, server) offers Retry rather than pretending they are signed out.
import { useEffect, type ReactNode } from 'react';
import { PortalAlert } from '../components/portal-alert.tsx';
import { PortalButton } from '../components/portal-button.tsx';
import { useQuery } from '@tanstack/react-query';
import { navigate } from '../app/navigation.ts';
import { LoadingStatus } from '../components/loading-status.tsx';
import { Net3ApiError } from '../provisioning/api/net3-api-error.ts';
import { sessionQueryOptions } from '../provisioning/steps/provisioning-queries.ts';
import { problemMessageFor } from '../provisioning/steps/submit-problem.ts';
import { stepFromSearch } from '../provisioning/steps/wizard-steps.ts';
import { signInUrl } from './sign-in-url.ts';

export function RequireStaffSession({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQueryOptions());
  const notSignedIn =
    session.isError && session.error instanceof Net3ApiError && session.error.status === 401;

  useEffect(() => {
    if (!notSignedIn) return;
    navigate(signInUrl(stepFromSearch(window.location.search)), { replace: true });
  }, [notSignedIn]);

  if (session.isSuccess) return children;
  if (session.isError && !notSignedIn) {
    return (
      <PortalAlert
        severity="error"
        action={
          <PortalButton color="inherit" onClick={() => void session.refetch()}>
            Retry
          </PortalButton>
        }
      >
        Your sign-in could not be checked. {problemMessageFor(session.error)}
      </PortalAlert>
    );
  }
  return <LoadingStatus text="Checking your sign-in…" />;
}
