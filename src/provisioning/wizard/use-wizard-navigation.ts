// Moving between the wizard's steps: Next (after checking the step), Back, "Change" from
// Review, and the browser's Back and Forward. Carries out what wizard-state.ts asks for on
// each move: the history entry (the step lives in the URL as ?step=addresses, so Back and
// Forward move between steps), focus on the new heading or the error summary, and the
// document title.
// Every move to another step is a transition: while the step's code is still loading, the
// step the person is on stays on screen (never a "Loading…" panel in its place) and `moving`
// makes Next say it is busy, as it does while the form rules are still loading.
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  useTransition,
  type RefObject,
} from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { normalisePathname } from '../../app/navigation.ts';
import { Net3ApiError } from '../api/net3-api-error.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { formRulesReady, loadFormRules } from '../steps/lazy-form-rules.ts';
import { loadStepCode, stepCodeReady } from '../steps/lazy-steps.ts';
import { ERROR_SUMMARY_ID } from '../steps/step-error-summary.tsx';
import { nextStepProblemFor } from '../steps/submit-problem.ts';
import type { RevealedSections } from '../steps/use-revalidate-on-change.ts';
import { firstStepId, stepFromSearch, stepTitle, wizardStep } from '../steps/wizard-steps.ts';
import type { WizardAudience } from '../wizard-audience.ts';
import { codeNotLoaded } from './code-not-loaded.ts';
import { SUBMIT_PROBLEM_ID } from './submit-problem-alert.tsx';
import { successIn, writeHistory } from './wizard-history.ts';
import { stepAfterNext, type WizardEvent, type WizardState } from './wizard-state.ts';

type WizardNavigationOptions = {
  state: WizardState;
  dispatch: (event: WizardEvent) => void;
  form: UseFormReturn<ProvisionCustomerForm>;
  revealed: RevealedSections;
  audience: WizardAudience;
  /** The step's heading, which takes focus on arriving at a step. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The browser went Back or Forward from the success page: a new customer starts. */
  onLeftSuccess: () => void;
};

export type WizardNavigation = {
  goNext: () => Promise<void>;
  goBack: () => void;
  /**
   * "Change" on Review: the step, and with `field` focus on that field (FieldFocus moves it
   * once the step is on screen). Stable, so the memoised Review step does not re-render with
   * every wizard render.
   */
  openStepFromReview: (step: WizardStepId, field?: string) => void;
  /** Shows `step` (a draft restored from elsewhere), keeping this one until it is ready. */
  showRestoredStep: (step: WizardStepId) => void;
  /** Next is waiting for the form rules, or the next step is loading: Next says it is busy. */
  moving: boolean;
  /** Why the last Next could not move on (offline before its code came), or null. */
  nextProblem: string | null;
};

export function useWizardNavigation({
  state,
  dispatch,
  form,
  revealed,
  audience,
  headingRef,
  onLeftSuccess,
}: WizardNavigationOptions): WizardNavigation {
  // Set while a Next is being checked: a second click or Enter is ignored.
  const checking = useRef(false);
  // Shown while the form rules or the next step's code a Next needs are still loading (not
  // when they are here: the answer then comes at once, and a busy state would only flash).
  const [waitingForCode, setWaitingForCode] = useState(false);
  // Why the last Next could not move on (its rules or the next step could not be fetched).
  // Kept with its step: once another step is shown (Back, a restored draft), it is not shown.
  const [nextProblem, setNextProblem] = useState<{ step: WizardStepId; message: string } | null>(
    null,
  );
  // Pending while a step move waits for the new step's code; the old step stays on screen.
  const [stepLoading, startStepMove] = useTransition();
  const moveTo = useCallback(
    (event: WizardEvent) => startStepMove(() => dispatch(event)),
    [dispatch],
  );
  const { step, success, summaryShown, history, focus } = state;
  const { siteName, successTitle } = audience;

  // Before paint, as if written where the move happened: the URL matches the step on screen.
  useLayoutEffect(() => {
    if (history) writeHistory(history);
  }, [history]);

  // Focus moves after the new step (or the error summary) is on screen, once per request:
  // keyed on its number, not its object, which React can remake (see WizardState).
  const focusKey = focus?.key;
  const focusTarget = focus?.target;
  useEffect(() => {
    // A field is focused by FieldFocus, inside the steps' Suspense: it runs once the step is shown.
    if (focusKey === undefined || focusTarget === undefined || focusTarget === 'field') return;
    const element =
      focusTarget === 'heading'
        ? headingRef.current
        : document.getElementById(focusTarget === 'summary' ? ERROR_SUMMARY_ID : SUBMIT_PROBLEM_ID);
    (element ?? headingRef.current)?.focus();
    if (focusTarget === 'heading') window.scrollTo?.({ top: 0 });
  }, [focusKey, focusTarget, headingRef]);

  useEffect(() => {
    document.title = success
      ? `${successTitle} – ${siteName}`
      : stepTitle(step, summaryShown, siteName);
  }, [step, success, summaryShown, successTitle, siteName]);

  const onPopState = useEffectEvent((event: PopStateEvent) => {
    // Back or Forward to another page of the app: that page takes over.
    if (normalisePathname(window.location.pathname) !== audience.path) return;
    const saved = successIn(event.state);
    if (saved) {
      // A transition: until the success page's code is here the step stays on screen (not
      // the page's Loading fallback, which would hide and then show this wizard again).
      moveTo({ type: 'history-success-shown', success: saved });
      return;
    }
    // Back from the success page starts a new customer: the old one was submitted and
    // must not be submitted again.
    if (success) {
      onLeftSuccess();
      return;
    }
    const target = stepFromSearch(window.location.search) ?? firstStepId;
    moveTo({ type: 'history-step-shown', step: target });
  });

  // The wizard shows every step from its top itself (focus on the heading, scrolled up). The
  // browser's own scroll restoration would then move the page to where that history entry was
  // left: Back from the success page landed at the bottom of the new customer's form.
  useEffect(() => {
    const before = window.history.scrollRestoration;
    window.history.scrollRestoration = 'manual';
    return () => {
      window.history.scrollRestoration = before;
    };
  }, []);

  useEffect(() => {
    const listener = (event: PopStateEvent) => onPopState(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  const goNext = async () => {
    // A second press while the next step is loading would move on twice.
    if (checking.current || stepLoading) return;
    checking.current = true;
    try {
      revealed.reveal(wizardStep(step).section);
      setNextProblem(null);
      const target = stepAfterNext(state);
      if (!formRulesReady() || !stepCodeReady(target)) setWaitingForCode(true);
      const { stepFieldNames } = await loadFormRules();
      const valid = await form.trigger(stepFieldNames[step]);
      if (!valid) {
        dispatch({ type: 'step-invalid' });
        return;
      }
      await loadStepCode(target);
      moveTo({ type: 'step-accepted' });
    } catch (error) {
      // The rules or the next step had not arrived and could not be fetched (offline, or the
      // connection failed): say so beside Next, which tries again when pressed. React.lazy
      // never sees the failure: the step is shown only once its code is here.
      const problem = codeNotLoaded(error);
      // Not a part that could not be fetched: a bug, for the console too.
      if (!(problem instanceof Net3ApiError)) console.error('Next failed', error);
      setNextProblem({ step, message: nextStepProblemFor(problem) });
    } finally {
      checking.current = false;
      setWaitingForCode(false);
    }
  };

  const goBack = () => moveTo({ type: 'back-pressed' });

  const openStepFromReview = useCallback(
    (target: WizardStepId, field?: string) =>
      moveTo({
        type: 'change-requested',
        step: target,
        ...(field === undefined ? {} : { field }),
      }),
    [moveTo],
  );

  const showRestoredStep = useCallback(
    (target: WizardStepId) => moveTo({ type: 'draft-restored', step: target }),
    [moveTo],
  );

  return {
    goNext,
    goBack,
    openStepFromReview,
    showRestoredStep,
    moving: waitingForCode || stepLoading,
    nextProblem: nextProblem?.step === step ? nextProblem.message : null,
  };
}
