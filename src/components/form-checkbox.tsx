// A single checkbox bound to a boolean react-hook-form field, with its label and an
// inline error. `onCheckedChange` lets a parent react after the value changes (the
// "Primary address" box un-chooses the other addresses).
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { CheckboxLabel } from './checkbox-label.tsx';
import { FieldMessage } from './field-message.tsx';
import { fieldId } from './field-id.ts';
import { FieldErrorText } from './field-error-text.tsx';

export type FormCheckboxProps<TForm extends FieldValues> = {
  control: Control<TForm>;
  name: FieldPathByValue<TForm, boolean>;
  label: string;
  hint?: string;
  onCheckedChange?: (checked: boolean) => void;
};

export function FormCheckbox<TForm extends FieldValues>({
  control,
  name,
  label,
  hint,
  onCheckedChange,
}: FormCheckboxProps<TForm>) {
  const {
    field: { ref: inputRef, ...field },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(name);
  const message = fieldState.error?.message;
  const describedBy = message ? `${id}-error` : hint ? `${id}-hint` : undefined;

  return (
    <div>
      <CheckboxLabel
        label={label}
        id={id}
        name={field.name}
        checked={Boolean(field.value)}
        onChange={(event) => {
          field.onChange(event.target.checked);
          onCheckedChange?.(event.target.checked);
        }}
        onBlur={field.onBlur}
        ref={inputRef}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
      />
      {message ? (
        <FieldMessage id={`${id}-error`} tone="error">
          <FieldErrorText message={message} />
        </FieldMessage>
      ) : hint ? (
        <FieldMessage id={`${id}-hint`}>{hint}</FieldMessage>
      ) : null}
    </div>
  );
}
