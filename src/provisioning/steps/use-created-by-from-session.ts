// Fills the "Created by" answers from the signed-in Net3 session once it has loaded. They
// are read-only (Review shows them, the server stamps its own from the session), so they
// always follow the session, also over a draft saved by someone who signed in earlier.
import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AuthenticateResponse } from '../api/get-session.ts';
import type { CreatedByForm, ProvisionCustomerForm } from '../form/form-model.ts';

/** The "Created by" answers a session gives; displayName is split when names are missing. */
export function createdByFromSession(session: AuthenticateResponse): CreatedByForm {
  const [displayFirst = '', ...displayRest] = (session.displayName ?? '').trim().split(/\s+/);
  const hasNames = Boolean(session.firstName || session.lastName);
  return {
    email: session.email ?? '',
    firstName: hasNames ? (session.firstName ?? '') : displayFirst,
    lastName: hasNames ? (session.lastName ?? '') : displayRest.join(' '),
    username: session.userName ?? '',
    userId: session.userId ?? '',
  };
}

export function useCreatedByFromSession(
  form: UseFormReturn<ProvisionCustomerForm>,
  session: AuthenticateResponse | undefined,
) {
  useEffect(() => {
    if (!session) return;
    const fromSession = createdByFromSession(session);
    const current = form.getValues('createdBy');
    for (const key of ['firstName', 'lastName', 'email', 'username', 'userId'] as const) {
      if (current[key] !== fromSession[key]) form.setValue(`createdBy.${key}`, fromSession[key]);
    }
  }, [form, session]);
}
