// The provisioning wizard: Company -> Addresses -> Contacts -> Review -> submitted.
// One react-hook-form form holds every step (values survive steps unmounting), validated
// step by step with trigger(stepFieldNames[step]) when the person presses Next. The step
// lives in the URL (?step=addresses, pushState) so the browser's Back and Forward move
// between steps; the draft is saved as the person types and restored on reload.
// Submitting sends exactly one request per submission (a ref guard plus the mutation's
// pending state) and routes the server's answer: field errors to their step and field,
// other failures to a message with Retry where a retry can help.
// The same wizard serves staff at '/' and the public reseller signup at '/signup': the
// `audience` (wizard-audience.ts) says which fields, rules, draft, request and success page.
import { Suspense, useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { PortalAlert } from '../components/portal-alert.tsx';
import Box from '@mui/material/Box';
import { PortalButton } from '../components/portal-button.tsx';
import { BusySpinner } from '../components/busy-spinner.tsx';
import { Panel } from '../components/panel.tsx';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm, type FieldPath } from 'react-hook-form';
import { Net3ApiError } from './api/net3-api-error.ts';
import type { AuthenticateResponse } from './api/get-session.ts';
import { NOT_SIGNED_IN_ERROR_CODE } from './contract/portal-wire.ts';
import { clearDraft, loadDraft, saveDraft } from './form/draft-storage.ts';
import { defaultProvisionCustomerForm } from './form/form-defaults.ts';
import type { CustomerForm, ProvisionCustomerForm, WizardStepId } from './form/form-model.ts';
import { normalisePathname } from '../app/navigation.ts';
import type { ErrorSummaryItem } from '../components/error-summary.tsx';
import { HoneypotField } from '../components/honeypot-field.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import { StepStatusAnnouncer } from '../components/step-status-announcer.tsx';
import { CompanyStep } from './steps/company-step.tsx';
import { lazyFormResolver, loadFormRules } from './steps/lazy-form-rules.ts';
import {
  LazyAddressesStep,
  LazyConfirmDialog,
  LazyContactsStep,
  LazyReviewStep,
  loadSubmission,
  preloadLaterParts,
} from './steps/lazy-steps.ts';
import { sessionQueryOptions } from './steps/provisioning-queries.ts';
import { submitProblemFor, type SubmitProblem } from './steps/submit-problem.ts';
import { ERROR_SUMMARY_ID, StepErrorSummary } from './steps/step-error-summary.tsx';
import {
  createdByFromSession,
  useCreatedByFromSession,
} from './steps/use-created-by-from-session.ts';
import { useDraftAutosave } from './steps/use-draft-autosave.ts';
import { useRevalidateOnChange } from './steps/use-revalidate-on-change.ts';
import { WizardProgress } from './steps/wizard-progress.tsx';
import {
  staffAudience,
  type WizardAudience,
  type WizardSubmission,
  type WizardSuccess,
} from './wizard-audience.ts';
import {
  nextStepId,
  previousStepId,
  stepFromSearch,
  stepNumber,
  stepTitle,
  urlForStep,
  wizardStep,
  wizardSteps,
} from './steps/wizard-steps.ts';

const SUBMIT_PROBLEM_ID = 'submit-problem';
type FocusTarget = 'heading' | 'summary' | 'submit-problem';
type HistoryState = { net3Step?: WizardStepId; net3Success?: WizardSuccess };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function successIn(state: unknown): WizardSuccess | null {
  const saved = (state as HistoryState | null)?.net3Success;
  if (!isPlainObject(saved) || !isPlainObject(saved.result)) return null;
  const email = saved.primaryContactEmail;
  return { result: saved.result, primaryContactEmail: typeof email === 'string' ? email : '' };
}

type InitialState = {
  form: ProvisionCustomerForm;
  step: WizardStepId;
  success: WizardSuccess | null;
  hadDraft: boolean;
};

function withPreset(
  form: ProvisionCustomerForm,
  preset: Partial<CustomerForm> | undefined,
): ProvisionCustomerForm {
  return preset ? { ...form, customer: { ...form.customer, ...preset } } : form;
}

function readInitialState(
  audience: WizardAudience,
  preset: Partial<CustomerForm> | undefined,
): InitialState {
  const success = successIn(window.history.state);
  const draft = success ? null : loadDraft(audience.draftKey);
  return {
    form: withPreset(draft?.form ?? defaultProvisionCustomerForm(), preset),
    // Without a draft there is nothing to show on a later step: start at the beginning.
    step: draft ? (stepFromSearch(window.location.search) ?? draft.step) : 'company',
    success,
    hadDraft: draft !== null,
  };
}

function freshForm(
  session: AuthenticateResponse | undefined,
  preset: Partial<CustomerForm> | undefined,
): ProvisionCustomerForm {
  const form = withPreset(defaultProvisionCustomerForm(), preset);
  return session ? { ...form, createdBy: createdByFromSession(session) } : form;
}

function primaryContactEmail(form: ProvisionCustomerForm): string {
  return form.contacts.find((contact) => contact.roles.includes('Primary'))?.email.trim() ?? '';
}

type ProvisionCustomerWizardProps = {
  /** Staff (the default) or the public reseller signup. */
  audience?: WizardAudience;
  /** Company answers the page decides (a reseller's referral), over the draft's. */
  presetCustomer?: Partial<CustomerForm>;
  /**
   * Called when Submit finds the staff session has ended, after the draft is saved: the
   * page sends the person to sign in and back to `returnStep`. Without it the wizard says
   * so on the Review step instead.
   */
  onSignInNeeded?: (returnStep: WizardStepId) => void;
};

export function ProvisionCustomerWizard({
  audience = staffAudience,
  presetCustomer,
  onSignInNeeded,
}: ProvisionCustomerWizardProps) {
  const [initial] = useState(() => readInitialState(audience, presetCustomer));
  const [resolver] = useState(() => lazyFormResolver(audience.id));
  const form = useForm<ProvisionCustomerForm>({
    defaultValues: initial.form,
    resolver,
    // Nothing is checked while typing or on blur until a step's Next has shown its
    // errors; useRevalidateOnChange then re-checks as the person corrects them.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldUnregister: false,
    shouldFocusError: false,
  });
  const [step, setStep] = useState<WizardStepId>(initial.step);
  const [success, setSuccess] = useState<WizardSuccess | null>(initial.success);
  const [returnToReview, setReturnToReview] = useState(false);
  const [summaryShown, setSummaryShown] = useState(false);
  const [serverProblems, setServerProblems] = useState<ErrorSummaryItem[]>([]);
  const [submitProblem, setSubmitProblem] = useState<SubmitProblem | null>(null);
  const [announcement, setAnnouncement] = useState({ message: '', key: 0 });
  const [startOverOpen, setStartOverOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set while a Next or a submission is being worked on: a second click or Enter is ignored.
  const busy = useRef(false);
  // What the last submission sent, so Retry sends exactly the same request.
  const lastRequest = useRef<WizardSubmission | null>(null);
  // The honeypot's value (reseller signup): people never see it, so it stays ''.
  const website = useRef('');

  const mutation = useMutation({
    mutationKey: [audience.id, 'submit'],
    mutationFn: (submission: WizardSubmission) => submission.send(),
    retry: false,
  });
  // Only staff are signed in; the public signup never asks who is.
  const session = useQuery({ ...sessionQueryOptions(), enabled: audience.id === 'staff' });
  const revealed = useRevalidateOnChange(form);
  const autosave = useDraftAutosave(
    form,
    step,
    success === null,
    initial.hadDraft,
    audience.draftKey,
  );
  useCreatedByFromSession(form, session.data);

  const announce = (message: string) =>
    setAnnouncement((previous) => ({ message, key: previous.key + 1 }));

  /** Shows `target`, records it in the browser history, and moves focus. */
  const moveTo = (
    target: WizardStepId,
    history: 'push' | 'replace' | 'none',
    focus: FocusTarget = 'heading',
  ) => {
    const state: HistoryState = { net3Step: target };
    if (history === 'push') window.history.pushState(state, '', urlForStep(target));
    if (history === 'replace') window.history.replaceState(state, '', urlForStep(target));
    setStep(target);
    setFocusRequest({ target: focus });
    if (target !== step || focus === 'heading') {
      announce(`Step ${stepNumber(target)} of ${wizardSteps.length}: ${wizardStep(target).label}`);
    }
  };
  const { siteName, successTitle } = audience;

  // Once the first step is on screen, fetch the rest of the wizard in the background.
  useEffect(() => {
    preloadLaterParts();
  }, []);

  // The first entry carries its step too, so Back to it shows the right step.
  useEffect(() => {
    if (!initial.success) {
      window.history.replaceState({ net3Step: initial.step }, '', urlForStep(initial.step));
    }
  }, [initial]);

  useEffect(() => {
    document.title = success
      ? `${successTitle} – ${siteName}`
      : stepTitle(step, summaryShown, siteName);
  }, [step, success, summaryShown, successTitle, siteName]);

  // Focus moves after the new step (or the error summary) is on screen.
  useEffect(() => {
    if (!focusRequest) return;
    const element =
      focusRequest.target === 'heading'
        ? headingRef.current
        : document.getElementById(
            focusRequest.target === 'summary' ? ERROR_SUMMARY_ID : SUBMIT_PROBLEM_ID,
          );
    (element ?? headingRef.current)?.focus();
    if (focusRequest.target === 'heading') window.scrollTo?.({ top: 0 });
  }, [focusRequest]);

  const startFresh = (history: 'push' | 'replace') => {
    clearDraft(audience.draftKey);
    form.reset(freshForm(session.data, presetCustomer));
    autosave.discard();
    revealed.hideAll();
    mutation.reset();
    lastRequest.current = null;
    setServerProblems([]);
    setSubmitProblem(null);
    setReturnToReview(false);
    setSuccess(null);
    const state: HistoryState = { net3Step: 'company' };
    if (history === 'push') window.history.pushState(state, '', urlForStep('company'));
    else window.history.replaceState(state, '', urlForStep('company'));
    setStep('company');
    setFocusRequest({ target: 'heading' });
  };

  const onPopState = useEffectEvent((event: PopStateEvent) => {
    // Back or Forward to another page of the app: that page takes over.
    if (normalisePathname(window.location.pathname) !== audience.path) return;
    const saved = successIn(event.state);
    if (saved) {
      setSuccess(saved);
      return;
    }
    // Back from the success page starts a new customer: the old one was submitted and
    // must not be submitted again.
    if (success) {
      startFresh('replace');
      return;
    }
    const target = stepFromSearch(window.location.search) ?? 'company';
    setReturnToReview(false);
    moveTo(target, 'none');
  });

  useEffect(() => {
    const listener = (event: PopStateEvent) => onPopState(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  const showSummary = () => setFocusRequest({ target: 'summary' });

  const goNext = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      revealed.reveal(wizardStep(step).section);
      const { stepFieldNames } = await loadFormRules();
      const valid = await form.trigger(stepFieldNames[step]);
      if (!valid) {
        showSummary();
        return;
      }
      const target = returnToReview ? 'review' : nextStepId(step);
      if (target === 'review') setReturnToReview(false);
      moveTo(target, 'push');
    } finally {
      busy.current = false;
    }
  };

  const goBack = () => {
    setReturnToReview(false);
    moveTo(previousStepId(step), 'push');
  };

  // Stable, so the memoised Review step does not re-render with every wizard render.
  const moveToRef = useRef(moveTo);
  useEffect(() => {
    moveToRef.current = moveTo;
  });
  const openStepFromReview = useCallback((target: WizardStepId) => {
    setReturnToReview(true);
    moveToRef.current(target, 'push');
  }, []);

  const send = (submission: WizardSubmission) => {
    busy.current = true;
    lastRequest.current = submission;
    setSubmitProblem(null);
    setServerProblems([]);
    mutation.mutate(submission, {
      onSuccess: (result) => {
        const saved: WizardSuccess = {
          result,
          primaryContactEmail: primaryContactEmail(form.getValues()),
        };
        clearDraft(audience.draftKey);
        window.history.pushState(
          { net3Success: saved } satisfies HistoryState,
          '',
          urlForStep('submitted'),
        );
        form.reset(freshForm(session.data, presetCustomer));
        // After the reset: it counts as a change, and must not save a new draft.
        autosave.discard();
        revealed.hideAll();
        setReturnToReview(false);
        setSuccess(saved);
        announce(successTitle);
      },
      onError: (error) => void handleSubmitError(error),
      onSettled: () => {
        busy.current = false;
      },
    });
  };

  const handleSubmitError = async (error: Error) => {
    if (
      error instanceof Net3ApiError &&
      error.kind === 'validation' &&
      error.fieldErrors.length > 0
    ) {
      const { formFieldForServerError } = await loadSubmission();
      const values = form.getValues();
      const unplaced: ErrorSummaryItem[] = [];
      let firstStep: WizardStepId | null = null;
      error.fieldErrors.forEach((fieldError, index) => {
        const message = fieldError.message || `${fieldError.fieldName} was not accepted`;
        const place = formFieldForServerError(fieldError.fieldName, values);
        // An answer this audience has no input for cannot be corrected on a field.
        if (!place || !audience.asksFor(place.path)) {
          unplaced.push({ key: `server-${index}`, message });
          return;
        }
        const isList = place.path === 'addresses' || place.path === 'contacts';
        const path = (
          isList ? `${place.path}.root` : place.path
        ) as FieldPath<ProvisionCustomerForm>;
        form.setError(path, { type: 'server', message });
        revealed.reveal(wizardStep(place.step).section);
        if (firstStep === null || stepNumber(place.step) < stepNumber(firstStep)) {
          firstStep = place.step;
        }
      });
      setServerProblems(unplaced);
      const target: WizardStepId = firstStep ?? 'review';
      // Once the answer is corrected, Next goes straight back to Review to submit again.
      setReturnToReview(target !== 'review');
      moveTo(target, target === step ? 'none' : 'push', 'summary');
      return;
    }
    if (
      onSignInNeeded &&
      error instanceof Net3ApiError &&
      error.errorCode === NOT_SIGNED_IN_ERROR_CODE
    ) {
      // Everything typed is kept: the draft brings it back after signing in.
      saveDraft(form.getValues(), 'review', audience.draftKey);
      onSignInNeeded('review');
      return;
    }
    setSubmitProblem(submitProblemFor(error, audience.id));
    setFocusRequest({ target: 'submit-problem' });
  };

  const submit = async () => {
    if (busy.current || mutation.isPending) return;
    busy.current = true;
    let sending = false;
    try {
      setServerProblems([]);
      setSubmitProblem(null);
      for (const candidate of wizardSteps) revealed.reveal(candidate.section);
      const valid = await form.trigger();
      if (!valid) {
        const firstInvalid =
          wizardSteps.find((candidate) => form.getFieldState(candidate.section).invalid)?.id ??
          step;
        setReturnToReview(firstInvalid !== 'review');
        moveTo(firstInvalid, firstInvalid === step ? 'none' : 'push', 'summary');
        return;
      }
      const submission = await audience.prepareSubmission(form.getValues(), {
        now: new Date(),
        website: website.current,
      });
      sending = true;
      send(submission);
    } finally {
      if (!sending) busy.current = false;
    }
  };

  const retry = () => {
    if (busy.current || mutation.isPending || !lastRequest.current) return;
    send(lastRequest.current);
  };

  const onShownChange = useCallback((shown: boolean) => setSummaryShown(shown), []);

  if (success) {
    const { SuccessPage } = audience;
    return (
      <Panel>
        <Suspense fallback={<LoadingStatus />}>
          <SuccessPage success={success} onStartAnother={() => startFresh('push')} />
        </Suspense>
        <StepStatusAnnouncer message={announcement.message} announcementKey={announcement.key} />
      </Panel>
    );
  }

  const submitting = mutation.isPending;

  return (
    <Panel>
      <WizardProgress step={step} />
      <Typography variant="h2" ref={headingRef} tabIndex={-1} sx={{ mt: 0.5, mb: 3 }}>
        {wizardStep(step).label}
      </Typography>
      <StepErrorSummary
        control={form.control}
        setFocus={form.setFocus}
        step={step}
        extraItems={serverProblems}
        onShownChange={onShownChange}
      />
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'review') void submit();
          else void goNext();
        }}
      >
        {step === 'company' && <CompanyStep control={form.control} audience={audience.id} />}
        <Suspense fallback={<LoadingStatus />}>
          {step === 'addresses' && <LazyAddressesStep form={form} audience={audience.id} />}
          {step === 'contacts' && <LazyContactsStep form={form} audience={audience.id} />}
          {step === 'review' && (
            <LazyReviewStep
              control={form.control}
              onChange={openStepFromReview}
              audience={audience.id}
            />
          )}
        </Suspense>
        {audience.id === 'reseller' && (
          <HoneypotField
            onChange={(value) => {
              website.current = value;
            }}
          />
        )}

        {step === 'review' && submitProblem && (
          <PortalAlert
            id={SUBMIT_PROBLEM_ID}
            tabIndex={-1}
            severity="error"
            title={submitProblem.title}
            style={{ marginTop: 32 }}
          >
            {submitProblem.message}
            {submitProblem.canRetry && (
              <Box sx={{ mt: 1.5 }}>
                <PortalButton
                  color="inherit"
                  variant="outlined"
                  onClick={retry}
                  disabled={submitting}
                >
                  Retry
                </PortalButton>
              </Box>
            )}
          </PortalAlert>
        )}

        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 2,
            mt: 4,
          }}
        >
          {step !== 'company' ? (
            <PortalButton variant="outlined" onClick={goBack} disabled={submitting}>
              Back
            </PortalButton>
          ) : (
            <span />
          )}
          {step === 'review' ? (
            <PortalButton
              type="submit"
              variant="contained"
              size="large"
              aria-disabled={submitting || undefined}
              aria-busy={submitting || undefined}
              startIcon={submitting ? <BusySpinner size={18} /> : undefined}
            >
              Submit
            </PortalButton>
          ) : (
            <PortalButton type="submit" variant="contained" size="large">
              Next
            </PortalButton>
          )}
        </Box>
        <Box role="status" sx={{ mt: 1, textAlign: 'right', minHeight: '1.5em' }}>
          {submitting ? 'Submitting…' : ''}
        </Box>
      </Box>

      <Box sx={{ my: 3, borderTop: 1, borderColor: 'divider' }} />
      <PortalButton variant="text" onClick={() => setStartOverOpen(true)} disabled={submitting}>
        Start over
      </PortalButton>
      {startOverOpen && (
        <Suspense fallback={null}>
          <LazyConfirmDialog
            open
            title="Start over?"
            confirmLabel="Clear all answers"
            destructive
            onCancel={() => setStartOverOpen(false)}
            onConfirm={() => {
              setStartOverOpen(false);
              startFresh(step === 'company' ? 'replace' : 'push');
              announce('All answers cleared. Step 1 of 4: Company');
            }}
          >
            This clears every answer on every step, including the saved draft. It cannot be undone.
          </LazyConfirmDialog>
        </Suspense>
      )}
      <StepStatusAnnouncer message={announcement.message} announcementKey={announcement.key} />
    </Panel>
  );
}
