// Submitting the wizard: checks every step, builds the audience's request once, and sends
// exactly one request per submission (a ref guard, because a double click arrives before
// React re-renders, plus the mutation's pending state). Retry sends that same request
// again (or builds it now, when the code to build it could not load the first time). The answer is routed: field errors to their step and field, an ended staff
// session to Sign in (the page's onSignInNeeded), anything else to the Review step's
// problem message, success to the success page. The success page comes in a transition:
// until its code is here, the Review step stays on screen with Submit busy, and the answers
// are cleared in the same render the success page appears in (never a "Loading…" panel, nor
// a Review step emptied under the person's eyes).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, useTransition } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Net3ApiError } from '../api/net3-api-error.ts';
import { NOT_SIGNED_IN_ERROR_CODE } from '../contract/portal-wire.ts';
import { saveDraft, submissionKeyFor } from '../form/draft-storage.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import type { SentSummary } from '../audience/wizard-success.ts';
import { formRulesReady } from '../steps/lazy-form-rules.ts';
import { loadSubmission, submissionReady } from '../steps/lazy-steps.ts';
import { choiceListsQueryOptions } from '../steps/provisioning-queries.ts';
import { unpreparedSubmitProblem } from '../steps/submit-problem.ts';
import type { RevealedSections } from '../steps/use-revalidate-on-change.ts';
import { wizardStep, wizardSteps } from '../steps/wizard-steps.ts';
import type { WizardAudience, WizardSubmission } from '../wizard-audience.ts';
import { codeNotLoaded } from './code-not-loaded.ts';
import { primaryContactEmail } from './wizard-answers.ts';
import type { WizardEvent } from './wizard-state.ts';

/** A request built once, and what it sends as the success page will show it. */
type PreparedSubmission = { submission: WizardSubmission; sent: SentSummary };

type WizardSubmissionOptions = {
  form: UseFormReturn<ProvisionCustomerForm>;
  audience: WizardAudience;
  dispatch: (event: WizardEvent) => void;
  revealed: RevealedSections;
  /** Net3 has the customer: clear the answers (the same clearing as a fresh start). */
  onSubmitted: () => void;
  /** See ProvisionCustomerWizard's prop of the same name. */
  onSignInNeeded: ((returnStep: WizardStepId) => void) | undefined;
};

export type WizardSubmissionControls = {
  submit: () => Promise<void>;
  /** Sends the last request again, unchanged (or prepares it, if its code could not load). */
  retry: () => void;
  submitting: boolean;
  /** The honeypot field's value changed (reseller signup; people never see it). */
  setWebsite: (value: string) => void;
  /** Forgets the last request and its outcome, for a new customer. */
  reset: () => void;
};

export function useWizardSubmission({
  form,
  audience,
  dispatch,
  revealed,
  onSubmitted,
  onSignInNeeded,
}: WizardSubmissionOptions): WizardSubmissionControls {
  const mutation = useMutation({
    mutationKey: [audience.id, 'submit'],
    mutationFn: (submission: WizardSubmission) => submission.send(),
    retry: false,
    // TanStack Query would hold the mutation while the browser is offline ("Submitting…" with
    // no word) and send it by itself once back. Run it at once instead: the fetch layer refuses
    // it without sending, the person is told, and they press Retry when they choose.
    networkMode: 'always',
  });
  // Set from Submit until the answer has been handled: a second click or Enter is ignored.
  const busy = useRef(false);
  // Pending from Net3's yes until the success page is on screen.
  const [showingSuccess, startShowingSuccess] = useTransition();
  // What the last submission sent, so Retry sends exactly the same request.
  const lastRequest = useRef<PreparedSubmission | null>(null);
  const queryClient = useQueryClient();
  const website = useRef('');
  // Submit's rules and code are still loading (they run on the first Submit): Submit is busy.
  const [preparing, setPreparing] = useState(false);

  const placeFieldErrors = async (error: Net3ApiError) => {
    const { formFieldForServerError, placeServerFieldErrors } = await loadSubmission();
    const values = form.getValues();
    const placed = placeServerFieldErrors(
      error.fieldErrors,
      (fieldName) => formFieldForServerError(fieldName, values),
      audience.asksFor,
    );
    for (const { path, message, step } of placed.onFields) {
      form.setError(path, { type: 'server', message });
      revealed.reveal(wizardStep(step).section);
    }
    dispatch({
      type: 'field-errors-returned',
      firstStep: placed.firstStep,
      unplaced: placed.unplaced,
    });
  };

  const handleError = (error: Error) => {
    const net3Error = error instanceof Net3ApiError ? error : null;
    if (net3Error?.kind === 'validation' && net3Error.fieldErrors.length > 0) {
      void placeFieldErrors(net3Error);
      return;
    }
    if (onSignInNeeded && net3Error?.errorCode === NOT_SIGNED_IN_ERROR_CODE) {
      // Everything typed is kept: the draft brings it back after signing in.
      saveDraft(form.getValues(), 'review', audience.draftKey);
      onSignInNeeded('review');
      return;
    }
    // Submit's code is here already (the request was built with it).
    loadSubmission().then(
      ({ submitProblemFor }) =>
        dispatch({ type: 'submit-failed', problem: submitProblemFor(error, audience.id) }),
      (loadError: unknown) =>
        dispatch({
          type: 'submit-failed',
          problem: unpreparedSubmitProblem(codeNotLoaded(loadError), audience.id),
        }),
    );
  };

  const send = (prepared: PreparedSubmission) => {
    const { submission, sent } = prepared;
    busy.current = true;
    lastRequest.current = prepared;
    dispatch({ type: 'submit-started' });
    mutation.mutate(submission, {
      onSuccess: (result) => {
        // Read before the answers are cleared.
        const submissionId = submission.submissionId();
        const success = {
          result,
          primaryContactEmail: primaryContactEmail(form.getValues()),
          ...(submissionId ? { submissionId } : {}),
          sent,
        };
        startShowingSuccess(() => {
          onSubmitted();
          dispatch({ type: 'submit-succeeded', success, announcement: audience.successTitle });
        });
      },
      onError: handleError,
      onSettled: (_result, error) => {
        // After a success it stays set until reset(): Submit is not for the same answers again.
        if (error) busy.current = false;
      },
    });
  };

  const submit = async () => {
    if (busy.current || mutation.isPending) return;
    busy.current = true;
    let sending = false;
    // Only when there is something to wait for: otherwise "Submitting…" would only flash.
    if (!formRulesReady() || !submissionReady()) setPreparing(true);
    try {
      dispatch({ type: 'submit-started' });
      for (const step of wizardSteps) revealed.reveal(step.section);
      if (!(await form.trigger())) {
        const firstInvalid = wizardSteps.find(
          (step) => form.getFieldState(step.section).invalid,
        )?.id;
        dispatch({ type: 'submit-invalid', firstInvalid: firstInvalid ?? null });
        return;
      }
      const values = form.getValues();
      const [submission, { sentSummary }] = await Promise.all([
        audience.prepareSubmission(values, {
          now: new Date(),
          website: website.current,
          idempotencyKey: submissionKeyFor(audience.draftKey),
        }),
        loadSubmission(),
      ]);
      // The choice names as Review showed them (the lists are loaded by then for staff).
      const choiceLists = queryClient.getQueryData(choiceListsQueryOptions().queryKey);
      sending = true;
      send({ submission, sent: sentSummary(values, audience, choiceLists) });
    } catch (error) {
      // The rules or the submit code were not here yet and could not be fetched (offline, or
      // the network failed): nothing was sent. Say so, as for a request refused offline; Retry
      // starts the submission again.
      dispatch({
        type: 'submit-failed',
        problem: unpreparedSubmitProblem(codeNotLoaded(error), audience.id),
      });
    } finally {
      setPreparing(false);
      if (!sending) busy.current = false;
    }
  };

  const retry = () => {
    if (busy.current || mutation.isPending) return;
    // Nothing was prepared (its code could not load): prepare and send it now.
    if (!lastRequest.current) void submit();
    else send(lastRequest.current);
  };

  const reset = () => {
    mutation.reset();
    lastRequest.current = null;
    busy.current = false;
  };

  const setWebsite = (value: string) => {
    website.current = value;
  };

  return {
    submit,
    retry,
    submitting: preparing || mutation.isPending || showingSuccess,
    setWebsite,
    reset,
  };
}
