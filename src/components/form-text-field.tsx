// A text input bound to one react-hook-form field (useFormField), in a FieldFrame (label
// above, hint, error). The value is never undefined, so the input stays controlled.
import type { HTMLAttributes } from 'react';
import { styled } from '@mui/material/styles';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { FieldFrame } from './field-frame.tsx';
import { fieldInputStyles } from './field-input-styles.ts';
import { useFormField } from './use-form-field.ts';

const TextInput = styled('input')(({ theme }) => fieldInputStyles(theme));
const TextArea = styled('textarea')(({ theme }) => ({
  ...fieldInputStyles(theme),
  resize: 'vertical',
}));

export type FormTextFieldProps<TForm extends FieldValues> = {
  control: Control<TForm>;
  name: FieldPathByValue<TForm, string>;
  label: string;
  /** Adds "(optional)" to the label; required fields carry no marker (GOV.UK style). */
  optional?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  multiline?: boolean;
};

export function FormTextField<TForm extends FieldValues>({
  control,
  name,
  label,
  optional = false,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  multiline = false,
}: FormTextFieldProps<TForm>) {
  const { id, field, inputRef, error, invalid, describedBy } = useFormField({
    control,
    name,
    hint,
  });
  const inputProps = {
    id,
    name: field.name,
    value: field.value ?? '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    autoComplete: autoComplete ?? 'off',
    inputMode,
    spellCheck,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
  };

  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {multiline ? (
        <TextArea {...inputProps} ref={inputRef} rows={2} />
      ) : (
        <TextInput {...inputProps} ref={inputRef} type={type} />
      )}
    </FieldFrame>
  );
}
