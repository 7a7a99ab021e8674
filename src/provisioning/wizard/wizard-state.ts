// What the provisioning wizard is doing, as plain data and one reducer, so every rule about
// moving between steps can be unit-tested without React: which step is on screen, whether
// Next goes straight back to Review, what the last submission answered, and the side
// effects each move asks for (a browser history entry, where focus goes, what is announced).
// The hooks carry those requests out: use-wizard-navigation.ts writes history, moves focus
// and sets the title; use-wizard-submission.ts sends and turns answers into events here.
import type { ErrorSummaryItem } from '../../components/error-summary.tsx';
import type { WizardStepId } from '../form/form-model.ts';
import type { SubmitProblem } from '../steps/submit-problem.ts';
import {
  firstStepId,
  nextStepId,
  previousStepId,
  stepAnnouncement,
} from '../steps/wizard-steps.ts';
import type { WizardSuccess } from '../wizard-audience.ts';

/**
 * Where focus goes once the new state is on screen: 'field' is the field Change was pressed
 * for on Review (its form path in the request's `field`).
 */
export type FocusTarget = 'heading' | 'summary' | 'submit-problem' | 'field';

/**
 * A request to move focus. `key` counts from the state it was made on, so the same request
 * applied again on top of an event that asked for no focus keeps its number and focus stays
 * where the person put it (focusing twice took focus back from the field a person had just
 * reached through an error summary link); on top of a step move it gets the next number and
 * is carried out on the step now shown.
 */
export type FocusRequest = { target: FocusTarget; field?: string; key: number };

/**
 * A browser history entry to write: a step (`?step=<id>`) or the success page
 * (`?step=submitted`, with Net3's answer so a reload shows it again).
 */
export type HistoryWrite =
  { mode: 'push' | 'replace'; step: WizardStepId } | { mode: 'push'; success: WizardSuccess };

export type WizardState = {
  step: WizardStepId;
  /** Set after "Change" on Review or a failed submit: the step's Next goes back to Review. */
  returnToReview: boolean;
  /** Net3's answer once submitted: the success page replaces the steps. */
  success: WizardSuccess | null;
  /** Whether the step's error summary is on screen (the title then starts "Error: "). */
  summaryShown: boolean;
  /** The server's field errors that no field of this audience can show. */
  serverProblems: readonly ErrorSummaryItem[];
  /** Why the last submission failed, when it was not about fields. */
  submitProblem: SubmitProblem | null;
  // Requests for the hooks. Each is a new object when made; events that make none keep the
  // previous one. React may apply an update twice (first alone, then again on top of a
  // pending transition's), which makes a new object for the same request. So a history write
  // must do no harm twice (writeHistory does not push the entry the page is already on), and
  // a focus request is numbered (FocusRequest) so the hooks move focus once per request.
  history: HistoryWrite | null;
  focus: FocusRequest | null;
  announcement: { message: string; key: number };
};

/** Why the answers are being cleared for a new customer. */
export type FreshStartReason =
  /** "Start over" confirmed on a step. */
  | 'start-over'
  /** "Start another" on the success page. */
  | 'start-another'
  /** The browser's Back or Forward away from the success page. */
  | 'left-success';

export type WizardEvent =
  /** Next found problems on the step: the error summary takes focus. */
  | { type: 'step-invalid' }
  /** Next found the step valid. */
  | { type: 'step-accepted' }
  | { type: 'back-pressed' }
  /** "Change" on the Review step, for a section (its step) or one answer (`field`). */
  | { type: 'change-requested'; step: WizardStepId; field?: string }
  /** The browser's Back or Forward arrived at a step of this wizard. */
  | { type: 'history-step-shown'; step: WizardStepId }
  /** The browser's Back or Forward arrived at a success page entry. */
  | { type: 'history-success-shown'; success: WizardSuccess }
  | { type: 'summary-shown-changed'; shown: boolean }
  /** Submit found answers that break the rules; `firstInvalid` is the earliest such step. */
  | { type: 'submit-invalid'; firstInvalid: WizardStepId | null }
  /** A request is being sent (Submit or Retry): earlier problems are cleared. */
  | { type: 'submit-started' }
  /** `announcement` is the audience's success title. */
  | { type: 'submit-succeeded'; success: WizardSuccess; announcement: string }
  /**
   * Net3 rejected fields. Those placed on fields are already set on the form; `firstStep`
   * is the earliest step with one (null if none), `unplaced` lists the rest.
   */
  | { type: 'field-errors-returned'; firstStep: WizardStepId | null; unplaced: ErrorSummaryItem[] }
  | { type: 'submit-failed'; problem: SubmitProblem }
  | { type: 'started-fresh'; reason: FreshStartReason }
  /** The person's newer draft came from the server: its step is shown. */
  | { type: 'draft-restored'; step: WizardStepId };

/** Where a valid Next goes: back to Review after a "Change" or a failed submit, else on. */
export function stepAfterNext(state: Pick<WizardState, 'step' | 'returnToReview'>): WizardStepId {
  return state.returnToReview ? 'review' : nextStepId(state.step);
}

/** The state on opening the wizard: the step from the draft, or a success kept in history. */
export function initialWizardState(step: WizardStepId, success: WizardSuccess | null): WizardState {
  return {
    step,
    returnToReview: false,
    success,
    summaryShown: false,
    serverProblems: [],
    submitProblem: null,
    // The first entry carries its step too, so Back to it shows the right step.
    history: success ? null : { mode: 'replace', step },
    focus: null,
    announcement: { message: '', key: 0 },
  };
}

function focusOn(state: WizardState, target: FocusTarget, field?: string): FocusRequest {
  const key = (state.focus?.key ?? 0) + 1;
  return field === undefined ? { target, key } : { target, field, key };
}

function announce(state: WizardState, message: string): WizardState['announcement'] {
  return { message, key: state.announcement.key + 1 };
}

/**
 * Shows `step` and moves focus. Arriving at another step, or focusing a heading, is
 * announced; staying on the step to show its errors is not (the summary says enough).
 */
function show(
  state: WizardState,
  step: WizardStepId,
  history: 'push' | 'replace' | 'none',
  focus: FocusTarget = 'heading',
): WizardState {
  return {
    ...state,
    step,
    history: history === 'none' ? state.history : { mode: history, step },
    focus: focusOn(state, focus),
    announcement:
      step !== state.step || focus === 'heading'
        ? announce(state, stepAnnouncement(step))
        : state.announcement,
  };
}

/** Shows the step with problems and its error summary; a new step gets its own entry. */
function showProblemsOn(state: WizardState, step: WizardStepId): WizardState {
  return {
    // Once the answer is corrected, Next goes straight back to Review to submit again.
    ...show(state, step, step === state.step ? 'none' : 'push', 'summary'),
    returnToReview: step !== 'review',
  };
}

function startFresh(state: WizardState, reason: FreshStartReason): WizardState {
  const history =
    reason === 'left-success' || (reason === 'start-over' && state.step === firstStepId)
      ? 'replace'
      : 'push';
  return {
    ...state,
    step: firstStepId,
    returnToReview: false,
    success: null,
    serverProblems: [],
    submitProblem: null,
    history: { mode: history, step: firstStepId },
    focus: focusOn(state, 'heading'),
    announcement:
      reason === 'start-over'
        ? announce(state, `All answers cleared. ${stepAnnouncement(firstStepId)}`)
        : state.announcement,
  };
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'step-invalid':
      return { ...state, focus: focusOn(state, 'summary') };
    case 'step-accepted':
      return {
        ...show(state, stepAfterNext(state), 'push'),
        returnToReview: false,
      };
    case 'back-pressed':
      return { ...show(state, previousStepId(state.step), 'push'), returnToReview: false };
    case 'change-requested':
      return {
        ...show(state, event.step, 'push'),
        returnToReview: true,
        ...(event.field === undefined ? {} : { focus: focusOn(state, 'field', event.field) }),
      };
    case 'history-step-shown':
      return { ...show(state, event.step, 'none'), returnToReview: false };
    case 'draft-restored':
      return event.step === state.step
        ? state
        : { ...show(state, event.step, 'replace'), returnToReview: false };
    case 'history-success-shown':
      return { ...state, success: event.success };
    case 'summary-shown-changed':
      return event.shown === state.summaryShown ? state : { ...state, summaryShown: event.shown };
    case 'submit-invalid':
      return showProblemsOn(state, event.firstInvalid ?? state.step);
    case 'submit-started':
      return { ...state, serverProblems: [], submitProblem: null };
    case 'submit-succeeded':
      return {
        ...state,
        success: event.success,
        returnToReview: false,
        history: { mode: 'push', success: event.success },
        announcement: announce(state, event.announcement),
      };
    case 'field-errors-returned':
      return {
        ...showProblemsOn(state, event.firstStep ?? 'review'),
        serverProblems: event.unplaced,
      };
    case 'submit-failed':
      return { ...state, submitProblem: event.problem, focus: focusOn(state, 'submit-problem') };
    case 'started-fresh':
      return startFresh(state, event.reason);
  }
}
