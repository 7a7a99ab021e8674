// The error summary for the step on screen: every problem of that step's part of the form
// (list-level messages first, then fields in page order, list items named "Address 2: ..."),
// plus problems from the server that match no field. Subscribes to that part's errors only.
import { useEffect } from 'react';
import { useFormState, type Control, type FieldPath, type UseFormSetFocus } from 'react-hook-form';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/error-summary.tsx';
import { fieldId } from '../../components/field-id.ts';
import { formProblems, listItemName, type FormProblem } from './form-error-paths.ts';
import { listErrorId } from './list-error-message.tsx';
import { wizardStep } from './wizard-steps.ts';

export const ERROR_SUMMARY_ID = 'error-summary';

type StepErrorSummaryProps = {
  control: Control<ProvisionCustomerForm>;
  setFocus: UseFormSetFocus<ProvisionCustomerForm>;
  step: WizardStepId;
  /** Problems that belong to no field (e.g. server errors the form cannot place). */
  extraItems: readonly ErrorSummaryItem[];
  onShownChange: (shown: boolean) => void;
};

function toItem(
  problem: FormProblem,
  setFocus: UseFormSetFocus<ProvisionCustomerForm>,
): ErrorSummaryItem {
  const list = /^(addresses|contacts)(\.root)?$/.exec(problem.path)?.[1] as
    'addresses' | 'contacts' | undefined;
  // The addresses' rule is answered in "Which is the primary address?": its first radio.
  if (list === 'addresses') {
    return {
      key: problem.path,
      message: problem.message,
      targetId: fieldId('addresses.0.primary'),
      focus: () => setFocus('addresses.0.primary'),
    };
  }
  if (list) return { key: problem.path, message: problem.message, targetId: listErrorId(list) };
  const itemName = listItemName(problem.path);
  return {
    key: problem.path,
    message: itemName ? `${itemName}: ${problem.message}` : problem.message,
    targetId: fieldId(problem.path),
    focus: () => setFocus(problem.path as FieldPath<ProvisionCustomerForm>),
  };
}

export function StepErrorSummary({
  control,
  setFocus,
  step,
  extraItems,
  onShownChange,
}: StepErrorSummaryProps) {
  const section = wizardStep(step).section;
  const { errors } = useFormState({ control, name: section });
  const items = [
    ...formProblems(errors, section).map((problem) => toItem(problem, setFocus)),
    ...extraItems,
  ];
  const shown = items.length > 0;

  useEffect(() => {
    onShownChange(shown);
  }, [shown, onShownChange]);

  if (!shown) return null;
  return <ErrorSummary id={ERROR_SUMMARY_ID} items={items} />;
}
