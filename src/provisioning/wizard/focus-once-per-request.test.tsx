// The wizard moves focus (to the error summary, the heading, the submit problem) once per
// request. React can apply an update twice (again on top of a pending transition's), and the
// reducer then makes a new object for the same request (the same number): focusing again took
// focus back from the field a person had just reached through an error summary link (CI
// failed on it in e2e/wizard-validation.spec.ts, 1 run in 20–40 under load).
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { ERROR_SUMMARY_ID } from '../steps/step-error-summary.tsx';
import { staffAudience } from '../wizard-audience.ts';
import { useWizardNavigation } from './use-wizard-navigation.ts';
import { initialWizardState, wizardReducer, type WizardState } from './wizard-state.ts';

const revealed = { reveal: vi.fn(), hideAll: vi.fn() };
const dispatch = vi.fn();
const onLeftSuccess = vi.fn();

function Wizard({ state }: { state: WizardState }) {
  const form = useForm<ProvisionCustomerForm>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useWizardNavigation({
    state,
    dispatch,
    form,
    revealed,
    audience: staffAudience,
    headingRef,
    onLeftSuccess,
  });
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        Company
      </h2>
      <div id={ERROR_SUMMARY_ID} tabIndex={-1}>
        There is a problem
      </div>
      <input aria-label="Customer name" />
    </>
  );
}

describe('focus moves once per request', () => {
  it('does not take focus back when the same request is applied again as a new object', () => {
    const start = initialWizardState('company', null);
    const invalidNext = wizardReducer(start, { type: 'step-invalid' });
    const { getByLabelText, getByText, rerender } = render(<Wizard state={invalidNext} />);
    expect(getByText('There is a problem')).toHaveFocus();

    // The person follows a summary link to the field; React then applies the same Next again.
    getByLabelText('Customer name').focus();
    const appliedAgain = wizardReducer(
      wizardReducer(start, { type: 'draft-restored', step: 'company' }),
      { type: 'step-invalid' },
    );
    rerender(<Wizard state={appliedAgain} />);
    expect(getByLabelText('Customer name')).toHaveFocus();

    // A second failed Next is a new request: the summary takes focus again.
    rerender(<Wizard state={wizardReducer(appliedAgain, { type: 'step-invalid' })} />);
    expect(getByText('There is a problem')).toHaveFocus();
  });
});
