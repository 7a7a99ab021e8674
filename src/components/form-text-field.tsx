// A text input bound to one react-hook-form field, in a FieldFrame (label above, hint,
// error). Controlled through useController, so only this field re-renders as the person
// types, the value is never undefined, and the input element is registered
// (inputRef) for setFocus from the error summary.
import type { HTMLAttributes } from 'react';
import { styled } from '@mui/material/styles';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { fieldId } from './field-id.ts';
import { describedBy, FieldFrame } from './field-frame.tsx';
import { fieldInputStyles } from './field-input-styles.ts';

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
  const {
    field: { ref: inputRef, ...field },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(name);
  const message = fieldState.error?.message;

  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={message}>
      {multiline ? (
        <TextArea
          id={id}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={inputRef}
          autoComplete={autoComplete ?? 'off'}
          rows={2}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-invalid={Boolean(message)}
          aria-describedby={describedBy(id, hint, message)}
        />
      ) : (
        <TextInput
          id={id}
          name={field.name}
          type={type}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={inputRef}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-invalid={Boolean(message)}
          aria-describedby={describedBy(id, hint, message)}
        />
      )}
    </FieldFrame>
  );
}
