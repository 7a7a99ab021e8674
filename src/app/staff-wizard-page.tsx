// The staff wizard at '/': only for a signed-in staff member (RequireStaffSession). When
// Submit finds the session has ended, the wizard has saved its draft; this sends the person
// to Sign in, which brings them back to that step with everything kept.
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { RequireStaffSession } from '../auth/require-staff-session.tsx';
import { signInNoticeState, signInUrl } from '../auth/sign-in-url.ts';
import type { WizardStepId } from '../provisioning/form/form-model.ts';
import { ProvisionCustomerWizard } from '../provisioning/provision-customer-wizard.tsx';
import { SESSION_QUERY_KEY } from '../provisioning/steps/provisioning-queries.ts';
import { navigate } from './navigation.ts';

export function StaffWizardPage() {
  const queryClient = useQueryClient();
  // The same function every render: the wizard below is memoised on its props.
  const signInAgain = useCallback(
    (returnStep: WizardStepId) => {
      navigate(signInUrl(returnStep), { state: signInNoticeState('session-ended') });
      // The cached session is no longer true; coming back must ask the portal again.
      queryClient.removeQueries({ queryKey: SESSION_QUERY_KEY });
    },
    [queryClient],
  );
  return (
    <RequireStaffSession>
      <ProvisionCustomerWizard onSignInNeeded={signInAgain} />
    </RequireStaffSession>
  );
}
