// A text input bound to one react-hook-form field, in a FieldFrame (label above, hint,
// error). Controlled through useController, so only this field re-renders as the person
// types, the value is never undefined, and the input element is registered
// (field.ref -> inputRef) for setFocus from the error summary.
import type { HTMLAttributes } from 'react';
import OutlinedInput from '@mui/material/OutlinedInput';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { fieldId } from './field-id.ts';
import { describedBy, FieldFrame } from './field-frame.tsx';

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
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const message = fieldState.error?.message;

  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={message}>
      <OutlinedInput
        id={id}
        name={field.name}
        type={type}
        value={field.value ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        autoComplete={autoComplete ?? 'off'}
        multiline={multiline}
        minRows={multiline ? 2 : undefined}
        inputProps={{
          inputMode,
          spellCheck,
          'aria-describedby': describedBy(id, hint, message),
        }}
      />
    </FieldFrame>
  );
}
