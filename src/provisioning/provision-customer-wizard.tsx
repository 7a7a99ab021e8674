// The provisioning wizard: Company -> Addresses -> Contacts -> Review -> submitted.
// One react-hook-form form holds every step (values survive steps unmounting), validated
// step by step when the person presses Next; the draft is saved as the person types and
// restored on reload. What the wizard does on each move is wizard/wizard-state.ts (a
// reducer); moving between steps, with the step in the URL, is use-wizard-navigation.ts;
// sending and routing the answer is use-wizard-submission.ts. This component wires them
// to the form and renders the step on screen.
// The same wizard serves staff at '/' and the public reseller signup at '/signup': the
// `audience` (wizard-audience.ts) says which fields, rules, draft, request and success page.
import { lazy, memo, Suspense, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Panel } from '../components/panel.tsx';
import { PortalAlert } from '../components/portal-alert.tsx';
import { HoneypotField } from '../components/honeypot-field.tsx';
import { putBackEarlyTyping } from '../app/keep-early-typing.ts';
import { AppErrorBoundary } from '../app/app-error-boundary.tsx';
import { AfterHydration } from '../app/use-hydrated.ts';
import { LoadingStatus } from '../components/loading-status.tsx';
import { StepStatusAnnouncer } from '../components/step-status-announcer.tsx';
import { clearDraft, setDraftOwner } from './form/draft-storage.ts';
import { staffDraftKit } from './form/staff-draft-kit.ts';
import type { CustomerForm, ProvisionCustomerForm, WizardStepId } from './form/form-model.ts';
import { CompanyStep } from './steps/company-step.tsx';
import { DraftNoteSpace } from './steps/draft-note-space.tsx';
import { lazyFormResolver } from './steps/lazy-form-rules.ts';
import { LazyAddressesStep, LazyContactsStep, LazyReviewStep } from './steps/lazy-steps.ts';
import { sessionQueryOptions } from './steps/provisioning-queries.ts';
import { StepErrorSummary } from './steps/step-error-summary.tsx';
import { useCreatedByFromSession } from './steps/use-created-by-from-session.ts';
import { useDraftAutosave } from './steps/use-draft-autosave.ts';
import { useRevalidateOnChange } from './steps/use-revalidate-on-change.ts';
import { WizardProgress } from './steps/wizard-progress.tsx';
import { wizardStep } from './steps/wizard-steps.ts';
import { FieldFocus } from './wizard/field-focus.tsx';
import { StartOverButton } from './wizard/start-over-button.tsx';
import { SubmitProblemAlert } from './wizard/submit-problem-alert.tsx';
import { useFocusAfterSignIn } from './wizard/use-focus-after-sign-in.ts';
import { useWizardNavigation } from './wizard/use-wizard-navigation.ts';
import { useWizardSubmission } from './wizard/use-wizard-submission.ts';
import { freshAnswers, readOpeningAnswers, type OpeningAnswers } from './wizard/wizard-answers.ts';
import { ReviewTopSubmit } from './wizard/review-top-submit.tsx';
import { WizardActions } from './wizard/wizard-actions.tsx';
import { initialWizardState, wizardReducer, type FreshStartReason } from './wizard/wizard-state.ts';
import { staffAudience, type WizardAudience } from './wizard-audience.ts';

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

const openingState = ({ step, success }: OpeningAnswers) => initialWizardState(step, success);

// A staff member's draft on the server, and the note saying where it is: after the first paint.
const LazyStaffDraftStatus = lazy(() =>
  import('./steps/staff-draft-status.tsx').then((module) => ({ default: module.StaffDraftStatus })),
);

export function ProvisionCustomerWizard({
  audience = staffAudience,
  presetCustomer,
  onSignInNeeded,
}: ProvisionCustomerWizardProps) {
  // Who is signed in, read from the cache once (the page has asked already): a query observer
  // here would add its cost to useForm's in the one render the page's hydration cannot split.
  const queryClient = useQueryClient();
  const [opening] = useState(() => {
    // A staff draft in this tab is the signed-in person's own (draft-storage.ts).
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (audience.signedIn && session) setDraftOwner(session.userName ?? '');
    return readOpeningAnswers(audience, presetCustomer);
  });
  const [resolver] = useState(() => lazyFormResolver(audience.id));
  const form = useForm<ProvisionCustomerForm>({
    defaultValues: opening.form,
    resolver,
    // Nothing is checked while typing or on blur until a step's Next has shown its
    // errors; useRevalidateOnChange then re-checks as the person corrects them.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldUnregister: false,
    shouldFocusError: false,
  });
  // useForm re-renders this component when it mounts (it marks itself ready in a layout
  // effect, a synchronous render) and when form state read here changes (none is): the wizard
  // below is memoised on the same form object, so neither renders it again. On a prerendered
  // page that mount render came in the task that commits the hydration (issue 12).
  return (
    <WizardWithForm
      form={form}
      opening={opening}
      audience={audience}
      presetCustomer={presetCustomer}
      onSignInNeeded={onSignInNeeded}
    />
  );
}

type WizardWithFormProps = Required<Pick<ProvisionCustomerWizardProps, 'audience'>> &
  Omit<ProvisionCustomerWizardProps, 'audience'> & {
    form: UseFormReturn<ProvisionCustomerForm>;
    opening: OpeningAnswers;
  };

const WizardWithForm = memo(function WizardWithForm({
  form,
  opening,
  audience,
  presetCustomer,
  onSignInNeeded,
}: WizardWithFormProps) {
  // Only staff are signed in; the public signup never asks who is.
  const session = useQuery({ ...sessionQueryOptions(), enabled: audience.signedIn });
  const [state, dispatch] = useReducer(wizardReducer, opening, openingState);
  const { step, success } = state;

  const revealed = useRevalidateOnChange(form);
  const autosave = useDraftAutosave(
    form,
    step,
    success === null,
    opening.hadDraft,
    audience.draftKey,
  );
  useCreatedByFromSession(form, session.data);

  /** Empties the form for a new customer: no draft, no errors shown. */
  const clearAnswers = () => {
    clearDraft(audience.draftKey);
    form.reset(freshAnswers(session.data, presetCustomer));
    // After the reset: it counts as a change, and must not save a new draft.
    autosave.discard();
    if (audience.signedIn)
      void import('./form/server-draft.ts').then((drafts) =>
        drafts.discardServerDraft(staffDraftKit),
      );
    revealed.hideAll();
  };
  const submission = useWizardSubmission({
    form,
    audience,
    dispatch,
    revealed,
    onSubmitted: clearAnswers,
    onSignInNeeded,
  });
  /** "Start over", "Start another" and leaving the success page all start here. */
  const startFresh = (reason: FreshStartReason) => {
    clearAnswers();
    submission.reset();
    dispatch({ type: 'started-fresh', reason });
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSignIn({ formRef, headingRef, step });
  const navigation = useWizardNavigation({
    state,
    dispatch,
    form,
    revealed,
    audience,
    headingRef,
    onLeftSuccess: () => startFresh('left-success'),
  });

  // What was typed into the prerendered first step before it came alive goes back into the form.
  useEffect(() => {
    void putBackEarlyTyping();
  }, []);

  const onShownChange = useCallback(
    (shown: boolean) => dispatch({ type: 'summary-shown-changed', shown }),
    [],
  );

  const { submitting } = submission;
  const { SuccessPage } = audience;

  const steps = success ? null : (
    <>
      <WizardProgress step={step} />
      <Typography variant="h2" ref={headingRef} tabIndex={-1} sx={{ mt: 0.5, mb: 3 }}>
        {wizardStep(step).label}
      </Typography>
      {audience.signedIn && (
        // The draft note reads this tab's and the server's drafts: not part of the prerendered
        // page, which holds its line empty until it comes.
        <AfterHydration fallback={<DraftNoteSpace />}>
          <AppErrorBoundary quiet>
            <Suspense fallback={<DraftNoteSpace />}>
              <LazyStaffDraftStatus
                kit={staffDraftKit}
                form={form}
                step={step}
                draftKey={audience.draftKey}
                onRestored={navigation.showRestoredStep}
              />
            </Suspense>
          </AppErrorBoundary>
        </AfterHydration>
      )}
      <StepErrorSummary
        control={form.control}
        setFocus={form.setFocus}
        step={step}
        extraItems={state.serverProblems}
        onShownChange={onShownChange}
      />
      <Box
        component="form"
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'review') void submission.submit();
          else void navigation.goNext();
        }}
      >
        {step === 'review' && audience.signedIn && <ReviewTopSubmit submitting={submitting} />}
        {step === 'company' && <CompanyStep control={form.control} audience={audience.id} />}
        <Suspense fallback={<LoadingStatus />}>
          {step === 'addresses' && <LazyAddressesStep form={form} audience={audience.id} />}
          {step === 'contacts' && <LazyContactsStep form={form} audience={audience.id} />}
          {step === 'review' && (
            <LazyReviewStep
              control={form.control}
              onChange={navigation.openStepFromReview}
              audience={audience.id}
            />
          )}
          <FieldFocus focus={state.focus} setFocus={form.setFocus} headingRef={headingRef} />
        </Suspense>
        {!audience.signedIn && <HoneypotField onChange={submission.setWebsite} />}
        {step === 'review' && state.submitProblem && (
          <SubmitProblemAlert
            problem={state.submitProblem}
            onRetry={submission.retry}
            submitting={submitting}
          />
        )}
        {navigation.nextProblem && (
          <PortalAlert severity="error" style={{ marginTop: 32 }}>
            {navigation.nextProblem}
          </PortalAlert>
        )}
        <WizardActions
          step={step}
          submitting={submitting}
          moving={navigation.moving}
          onBack={navigation.goBack}
        />
      </Box>

      <Box sx={{ my: 3, borderTop: 1, borderColor: 'divider' }} />
      <StartOverButton disabled={submitting} onStartOver={() => startFresh('start-over')} />
    </>
  );

  // No Suspense boundary of its own around the first step and the success page (the later
  // steps have theirs, in the form): moves are transitions, so while the success page's code
  // loads the page's boundary (app-routes.tsx) keeps the Review step on screen instead of
  // showing its fallback. A boundary around the first step would also make a
  // prerendered first step hydrate in one synchronous task: the commit above it re-renders
  // this component at once (react-hook-form marks itself ready in a layout effect), and a
  // boundary not yet hydrated that receives new children is then hydrated synchronously.
  return (
    <Panel>
      {success ? (
        <SuccessPage success={success} onStartAnother={() => startFresh('start-another')} />
      ) : (
        steps
      )}
      <StepStatusAnnouncer
        message={state.announcement.message}
        announcementKey={state.announcement.key}
      />
    </Panel>
  );
});
