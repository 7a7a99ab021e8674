// Fills the "Created by" answers from the signed-in Net3 session once it has loaded.
// Names and email are only filled where empty, so a correction the person made (kept in
// the draft) is never overwritten; username and user ID always follow the session.
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
    for (const key of ['firstName', 'lastName', 'email'] as const) {
      if (current[key].trim() === '' && fromSession[key] !== '') {
        form.setValue(`createdBy.${key}`, fromSession[key]);
      }
    }
    for (const key of ['username', 'userId'] as const) {
      if (current[key] !== fromSession[key]) form.setValue(`createdBy.${key}`, fromSession[key]);
    }
  }, [form, session]);
}
