// Where Net3's field errors go after a rejected submission: each one the person can correct
// is set on its field (the error summary and the field then show it), the rest are listed in
// the summary only, and the wizard opens the earliest step that has one. Plain data in and
// out, so the rules are tested without a form; the submission hook applies the result.
import type { FieldPath } from 'react-hook-form';
import type { ErrorSummaryItem } from '../../components/error-summary.tsx';
import type { Net3FieldError } from '../api/net3-api-error.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import type { ServerErrorFormField } from '../form/server-error-paths.ts';
import { stepNumber } from '../steps/wizard-steps.ts';

export type ServerErrorOnField = {
  /** For form.setError: a field, or a list's root ('contacts.root') for the list's message. */
  path: FieldPath<ProvisionCustomerForm>;
  message: string;
  step: WizardStepId;
};

export type PlacedServerErrors = {
  onFields: ServerErrorOnField[];
  /** Errors no field of this audience shows, for the error summary. */
  unplaced: ErrorSummaryItem[];
  /** The earliest step with an error on a field; null when none could be placed. */
  firstStep: WizardStepId | null;
};

export function placeServerFieldErrors(
  fieldErrors: readonly Pick<Net3FieldError, 'fieldName' | 'message'>[],
  /** The form field a Net3 fieldName names (formFieldForServerError with the answers). */
  fieldFor: (fieldName: string) => ServerErrorFormField | null,
  /** Whether the audience has an input for a form path (WizardAudience.asksFor). */
  asksFor: (path: string) => boolean,
): PlacedServerErrors {
  const placed: PlacedServerErrors = { onFields: [], unplaced: [], firstStep: null };
  fieldErrors.forEach((fieldError, index) => {
    const message = fieldError.message || `${fieldError.fieldName} was not accepted`;
    const field = fieldFor(fieldError.fieldName);
    // An answer this audience has no input for cannot be corrected on a field.
    if (!field || !asksFor(field.path)) {
      placed.unplaced.push({ key: `server-${index}`, message });
      return;
    }
    // A list's own message lives at its root: setError on the list would replace the
    // items' errors.
    const isList = field.path === 'addresses' || field.path === 'contacts';
    const path = (isList ? `${field.path}.root` : field.path) as FieldPath<ProvisionCustomerForm>;
    placed.onFields.push({ path, message, step: field.step });
    if (placed.firstStep === null || stepNumber(field.step) < stepNumber(placed.firstStep)) {
      placed.firstStep = field.step;
    }
  });
  return placed;
}
