// The set-up every field adapter (text, select, checkbox, checkbox group) shares: the
// react-hook-form controller, the field's id, its error message, aria-invalid and
// aria-describedby by the one rule in field-id.ts. Controlled through useController, so only
// this field re-renders as the person types; `inputRef` registers the element that takes
// focus, for setFocus from the error summary.
// A text field splits the two (form-text-field.tsx): its frame (label, hint, error) uses
// useFieldMessages, which follows the field's error only, and the input alone follows the
// value, so a key press re-renders the input and nothing around it.
import type { ReactNode } from 'react';
import {
  get,
  useController,
  useFormState,
  type Control,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { describedBy, fieldId } from './field-id.ts';

export type UseFormFieldOptions<TForm extends FieldValues, TName extends FieldPath<TForm>> = {
  control: Control<TForm>;
  name: TName;
  /** The hint the field shows, if any: it describes the field before the error does. */
  hint?: ReactNode;
};

/** What a field says about itself, from its error (undefined when it has none). */
function fieldMessages(name: string, hint: ReactNode, error: string | undefined) {
  const id = fieldId(name);
  return {
    id,
    error,
    /**
     * aria-invalid for the element that takes focus. Text inputs and selects write it as
     * "true"/"false", checkboxes only when true: both are what the existing tests and
     * screen-reader checks were written against, and `[aria-invalid="true"]` styles both.
     */
    invalid: Boolean(error),
    describedBy: describedBy(id, hint, error),
  };
}

/**
 * The field's id, error, aria-invalid and aria-describedby, re-rendering only when the
 * field's error changes (not its value): for the frame around an input that follows the value.
 */
export function useFieldMessages<TForm extends FieldValues, TName extends FieldPath<TForm>>({
  control,
  name,
  hint,
}: UseFormFieldOptions<TForm, TName>) {
  // Reading `errors` (and nothing else) from the proxy subscribes to errors alone.
  const { errors } = useFormState({ control, name, exact: true });
  const error = (get(errors, name) as { message?: string } | undefined)?.message;
  return fieldMessages(name, hint, error);
}

export function useFormField<TForm extends FieldValues, TName extends FieldPath<TForm>>({
  control,
  name,
  hint,
}: UseFormFieldOptions<TForm, TName>) {
  const {
    field: { ref: inputRef, ...field },
    fieldState,
  } = useController({ control, name });
  return { field, inputRef, ...fieldMessages(name, hint, fieldState.error?.message) };
}
