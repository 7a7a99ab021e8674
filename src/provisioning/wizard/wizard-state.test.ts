import { describe, expect, it } from 'vitest';
import type { WizardStepId } from '../form/form-model.ts';
import type { WizardSuccess } from '../wizard-audience.ts';
import {
  initialWizardState,
  wizardReducer,
  type WizardEvent,
  type WizardState,
} from './wizard-state.ts';

const success: WizardSuccess = {
  result: { customerId: 'CUST-1001' },
  primaryContactEmail: 'ops@acme.example',
};

function after(state: WizardState, ...events: WizardEvent[]): WizardState {
  return events.reduce(wizardReducer, state);
}

function on(step: WizardStepId): WizardState {
  return initialWizardState(step, null);
}

describe('opening the wizard', () => {
  it('replaces the first history entry with its step, so Back to it shows that step', () => {
    const state = initialWizardState('contacts', null);
    expect(state.step).toBe('contacts');
    expect(state.history).toEqual({ mode: 'replace', step: 'contacts' });
    expect(state.focus).toBeNull();
    expect(state.announcement.message).toBe('');
  });

  it('leaves the history entry of a success page alone', () => {
    const state = initialWizardState('company', success);
    expect(state.success).toBe(success);
    expect(state.history).toBeNull();
  });
});

describe('Next, Back and Change', () => {
  it('goes to the next step on a valid Next: new history entry, heading focused, announced', () => {
    const state = after(on('company'), { type: 'step-accepted' });
    expect(state.step).toBe('addresses');
    expect(state.history).toEqual({ mode: 'push', step: 'addresses' });
    expect(state.focus).toMatchObject({ target: 'heading' });
    expect(state.announcement).toEqual({ message: 'Step 2 of 4: Addresses', key: 1 });
  });

  it('stays on the step and focuses the error summary on an invalid Next, unannounced', () => {
    const start = on('addresses');
    const state = after(start, { type: 'step-invalid' });
    expect(state.step).toBe('addresses');
    expect(state.history).toBe(start.history);
    expect(state.focus).toMatchObject({ target: 'summary' });
    expect(state.announcement).toBe(start.announcement);
  });

  it('asks for focus again on each invalid Next: each request has a new number', () => {
    const once = after(on('company'), { type: 'step-invalid' });
    const twice = after(once, { type: 'step-invalid' });
    expect(twice.focus?.key).toBeGreaterThan(once.focus?.key ?? Infinity);
  });

  it('gives a request applied again on top of an event that asked for no focus the same number, so focus moves once', () => {
    const start = on('company');
    const first = after(start, { type: 'step-invalid' });
    // React applies the invalid Next again on top of a pending transition's update: here a
    // draft restored on the step already shown, which asks for nothing.
    const again = after(after(start, { type: 'draft-restored', step: 'company' }), {
      type: 'step-invalid',
    });
    expect(again.focus).toEqual(first.focus);
  });

  it('numbers every request after the last, whatever asks for it', () => {
    const events: WizardEvent[] = [
      { type: 'step-accepted' },
      { type: 'step-invalid' },
      { type: 'back-pressed' },
      { type: 'change-requested', step: 'contacts', field: 'contacts.0.email' },
      { type: 'history-step-shown', step: 'review' },
      { type: 'submit-invalid', firstInvalid: 'addresses' },
      { type: 'field-errors-returned', firstStep: null, unplaced: [] },
      { type: 'submit-failed', problem: { title: 'No', message: 'Down', canRetry: true } },
      { type: 'started-fresh', reason: 'start-over' },
    ];
    let state = on('company');
    for (const event of events) {
      const before = state.focus?.key ?? 0;
      state = after(state, event);
      expect(state.focus?.key, event.type).toBe(before + 1);
    }
  });

  it('numbers a field request from Change like any other', () => {
    const review = on('review');
    const state = after(review, {
      type: 'change-requested',
      step: 'contacts',
      field: 'contacts.1.email',
    });
    expect(state.focus).toEqual({ target: 'field', field: 'contacts.1.email', key: 1 });
  });

  it('goes back one step, and never before the first', () => {
    expect(after(on('contacts'), { type: 'back-pressed' }).step).toBe('addresses');
    const fromFirst = after(on('company'), { type: 'back-pressed' });
    expect(fromFirst.step).toBe('company');
    expect(fromFirst.history).toEqual({ mode: 'push', step: 'company' });
  });

  it('returns straight to Review after "Change", then goes on normally', () => {
    const changing = after(on('review'), { type: 'change-requested', step: 'company' });
    expect(changing.step).toBe('company');
    expect(changing.returnToReview).toBe(true);
    expect(changing.history).toEqual({ mode: 'push', step: 'company' });

    const back = after(changing, { type: 'step-accepted' });
    expect(back.step).toBe('review');
    expect(back.returnToReview).toBe(false);

    const again = after(
      back,
      { type: 'change-requested', step: 'addresses' },
      { type: 'back-pressed' },
    );
    expect(again.step).toBe('company');
    expect(again.returnToReview).toBe(false);
    expect(after(again, { type: 'step-accepted' }).step).toBe('addresses');
  });

  it('keeps returning to Review while the changed step is invalid', () => {
    const state = after(
      on('review'),
      { type: 'change-requested', step: 'contacts' },
      { type: 'step-invalid' },
    );
    expect(state.returnToReview).toBe(true);
    expect(after(state, { type: 'step-accepted' }).step).toBe('review');
  });
});

describe("the browser's Back and Forward", () => {
  it('shows the step without writing history, focuses and announces it', () => {
    const start = after(on('review'), { type: 'change-requested', step: 'company' });
    const state = after(start, { type: 'history-step-shown', step: 'contacts' });
    expect(state.step).toBe('contacts');
    expect(state.history).toBe(start.history);
    expect(state.returnToReview).toBe(false);
    expect(state.focus).toMatchObject({ target: 'heading' });
    expect(state.announcement.message).toBe('Step 3 of 4: Contacts');
  });

  it('announces the same step again when it is arrived at again', () => {
    const state = after(on('addresses'), { type: 'history-step-shown', step: 'addresses' });
    expect(state.announcement).toEqual({ message: 'Step 2 of 4: Addresses', key: 1 });
  });

  it('shows a success page kept in the history entry', () => {
    const state = after(on('review'), { type: 'history-success-shown', success });
    expect(state.success).toBe(success);
  });
});

describe('the error summary', () => {
  it('records whether it is shown, keeping the state when nothing changed', () => {
    const shown = after(on('company'), { type: 'summary-shown-changed', shown: true });
    expect(shown.summaryShown).toBe(true);
    expect(wizardReducer(shown, { type: 'summary-shown-changed', shown: true })).toBe(shown);
    expect(after(shown, { type: 'summary-shown-changed', shown: false }).summaryShown).toBe(false);
  });
});

describe('submitting', () => {
  it('clears the last problems when a request starts', () => {
    const failed = after(
      on('review'),
      { type: 'submit-failed', problem: { title: 'No', message: 'Down', canRetry: true } },
      { type: 'field-errors-returned', firstStep: null, unplaced: [{ key: 'k', message: 'm' }] },
    );
    const state = after(failed, { type: 'submit-started' });
    expect(state.submitProblem).toBeNull();
    expect(state.serverProblems).toEqual([]);
    expect(state.step).toBe('review');
  });

  it('takes an invalid submit to the earliest invalid step, which returns to Review', () => {
    const state = after(on('review'), { type: 'submit-invalid', firstInvalid: 'addresses' });
    expect(state.step).toBe('addresses');
    expect(state.returnToReview).toBe(true);
    expect(state.history).toEqual({ mode: 'push', step: 'addresses' });
    expect(state.focus).toMatchObject({ target: 'summary' });
    expect(state.announcement.message).toBe('Step 2 of 4: Addresses');
  });

  it('stays on Review, unannounced and without a history entry, when only Review is invalid', () => {
    const start = on('review');
    const state = after(start, { type: 'submit-invalid', firstInvalid: null });
    expect(state.step).toBe('review');
    expect(state.returnToReview).toBe(false);
    expect(state.history).toBe(start.history);
    expect(state.focus).toMatchObject({ target: 'summary' });
    expect(state.announcement).toBe(start.announcement);
  });

  it("shows Net3's field errors on the earliest step with one, and lists the rest", () => {
    const unplaced = [{ key: 'server-1', message: "'Requester IP' is not valid." }];
    const state = after(on('review'), {
      type: 'field-errors-returned',
      firstStep: 'contacts',
      unplaced,
    });
    expect(state.step).toBe('contacts');
    expect(state.returnToReview).toBe(true);
    expect(state.serverProblems).toBe(unplaced);
    expect(state.history).toEqual({ mode: 'push', step: 'contacts' });
    expect(state.focus).toMatchObject({ target: 'summary' });
  });

  it('lists field errors no field can show on Review itself', () => {
    const unplaced = [{ key: 'server-0', message: 'Not accepted' }];
    const state = after(on('review'), { type: 'field-errors-returned', firstStep: null, unplaced });
    expect(state.step).toBe('review');
    expect(state.returnToReview).toBe(false);
    expect(state.serverProblems).toBe(unplaced);
  });

  it('shows any other failure as the problem message, which takes focus', () => {
    const problem = {
      title: 'Not authorised',
      message: 'Contact an administrator.',
      canRetry: false,
    };
    const state = after(on('review'), { type: 'submit-failed', problem });
    expect(state.submitProblem).toBe(problem);
    expect(state.step).toBe('review');
    expect(state.focus).toMatchObject({ target: 'submit-problem' });
  });

  it('pushes the success page with its answer and announces it', () => {
    const state = after(
      after(on('review'), { type: 'change-requested', step: 'company' }, { type: 'step-accepted' }),
      { type: 'submit-succeeded', success, announcement: 'Customer submitted' },
    );
    expect(state.success).toBe(success);
    expect(state.returnToReview).toBe(false);
    expect(state.history).toEqual({ mode: 'push', success });
    expect(state.announcement.message).toBe('Customer submitted');
  });
});

describe('starting a new customer', () => {
  const dirty = after(
    on('review'),
    {
      type: 'field-errors-returned',
      firstStep: 'contacts',
      unplaced: [{ key: 'k', message: 'm' }],
    },
    { type: 'submit-failed', problem: { title: 't', message: 'm', canRetry: true } },
  );

  it('"Start over" clears every problem, goes to Company and says so', () => {
    const state = after(dirty, { type: 'started-fresh', reason: 'start-over' });
    expect(state.step).toBe('company');
    expect(state.returnToReview).toBe(false);
    expect(state.serverProblems).toEqual([]);
    expect(state.submitProblem).toBeNull();
    expect(state.history).toEqual({ mode: 'push', step: 'company' });
    expect(state.focus).toMatchObject({ target: 'heading' });
    expect(state.announcement.message).toBe('All answers cleared. Step 1 of 4: Company');
  });

  it('"Start over" on Company replaces its entry rather than adding another', () => {
    const state = after(on('company'), { type: 'started-fresh', reason: 'start-over' });
    expect(state.history).toEqual({ mode: 'replace', step: 'company' });
  });

  it('"Start another" leaves the success page for a new Company entry', () => {
    const submitted = initialWizardState('company', success);
    const state = after(submitted, { type: 'started-fresh', reason: 'start-another' });
    expect(state.success).toBeNull();
    expect(state.step).toBe('company');
    expect(state.history).toEqual({ mode: 'push', step: 'company' });
    expect(state.focus).toMatchObject({ target: 'heading' });
    expect(state.announcement).toBe(submitted.announcement);
  });

  it('going Back from the success page replaces that entry, so it cannot be submitted again', () => {
    const submitted = after(on('review'), {
      type: 'submit-succeeded',
      success,
      announcement: 'Customer submitted',
    });
    const state = after(submitted, { type: 'started-fresh', reason: 'left-success' });
    expect(state.success).toBeNull();
    expect(state.step).toBe('company');
    expect(state.history).toEqual({ mode: 'replace', step: 'company' });
  });
});
