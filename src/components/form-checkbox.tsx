// A single checkbox bound to a boolean react-hook-form field (useFormField), with its label,
// then its hint and error underneath.
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { CheckboxLabel } from './checkbox-label.tsx';
import { FieldHintAndError } from './field-hint-and-error.tsx';
import { useFormField } from './use-form-field.ts';

export type FormCheckboxProps<TForm extends FieldValues> = {
  control: Control<TForm>;
  name: FieldPathByValue<TForm, boolean>;
  label: string;
  hint?: string;
};

export function FormCheckbox<TForm extends FieldValues>({
  control,
  name,
  label,
  hint,
}: FormCheckboxProps<TForm>) {
  const { id, field, inputRef, error, invalid, describedBy } = useFormField({
    control,
    name,
    hint,
  });

  return (
    <div>
      <CheckboxLabel
        label={label}
        id={id}
        name={field.name}
        checked={Boolean(field.value)}
        onChange={(event) => field.onChange(event.target.checked)}
        onBlur={field.onBlur}
        ref={inputRef}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <FieldHintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
