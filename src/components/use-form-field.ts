// The set-up every field adapter (text, select, checkbox, checkbox group) shares: the
// react-hook-form controller, the field's id, its error message, aria-invalid and
// aria-describedby by the one rule in field-id.ts. Controlled through useController, so only
// this field re-renders as the person types; `inputRef` registers the element that takes
// focus, for setFocus from the error summary.
import type { ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { describedBy, fieldId } from './field-id.ts';

export type UseFormFieldOptions<TForm extends FieldValues, TName extends FieldPath<TForm>> = {
  control: Control<TForm>;
  name: TName;
  /** The hint the field shows, if any: it describes the field before the error does. */
  hint?: ReactNode;
};

export function useFormField<TForm extends FieldValues, TName extends FieldPath<TForm>>({
  control,
  name,
  hint,
}: UseFormFieldOptions<TForm, TName>) {
  const {
    field: { ref: inputRef, ...field },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(name);
  const error = fieldState.error?.message;
  return {
    id,
    field,
    inputRef,
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
