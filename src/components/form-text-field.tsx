// A text input bound to one react-hook-form field, in a FieldFrame (label above, hint,
// error). The value is never undefined, so the input stays controlled. The frame follows
// the field's error (useFieldMessages) and the input alone its value (FieldInput), so a key
// press re-renders the input and not its label, hint and frame: in a long list every render
// saved counts (issue 12, docs/decisions/010-next-and-typing.md).
import { memo, type HTMLAttributes } from 'react';
import { styled } from '@mui/material/styles';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { FieldFrame } from './field-frame.tsx';
import { fieldInputStyles } from './field-input-styles.ts';
import { useFieldMessages } from './use-form-field.ts';

// Its size never depends on what is typed (one line, as wide as its column), and saying so
// (size and layout containment) lets the browser lay out only the input on each key press
// instead of the whole page. The height is the line's, in em, so it grows with the text size.
const TextInput = styled('input')(({ theme }) => ({
  ...fieldInputStyles(theme),
  contain: 'size layout',
  containIntrinsicBlockSize: `${fieldInputStyles(theme).lineHeight}em`,
}));
const TextArea = styled('textarea')(({ theme }) => ({
  ...fieldInputStyles(theme),
  resize: 'vertical',
}));

type InputOptions = {
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  multiline?: boolean;
};

export type FormTextFieldProps<TForm extends FieldValues> = InputOptions & {
  control: Control<TForm>;
  name: FieldPathByValue<TForm, string>;
  label: string;
  /** Adds "(optional)" to the label; required fields carry no marker (GOV.UK style). */
  optional?: boolean;
  hint?: string;
};

type FieldInputProps = InputOptions & {
  // The form's own type does not matter below the frame: the name came typed from it.
  control: Control<FieldValues>;
  name: string;
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
};

/** The input itself: the one part of the field that follows its value. */
const FieldInput = memo(function FieldInput({
  control,
  name,
  id,
  invalid,
  describedBy,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  multiline = false,
}: FieldInputProps) {
  const {
    field: { ref, ...field },
  } = useController({ control, name });
  const inputProps = {
    id,
    name: field.name,
    value: (field.value as string | undefined) ?? '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    autoComplete: autoComplete ?? 'off',
    inputMode,
    spellCheck,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
  };
  return multiline ? (
    <TextArea {...inputProps} ref={ref} rows={2} />
  ) : (
    <TextInput {...inputProps} ref={ref} type={type} />
  );
});

export function FormTextField<TForm extends FieldValues>({
  control,
  name,
  label,
  optional = false,
  hint,
  ...inputOptions
}: FormTextFieldProps<TForm>) {
  const { id, error, invalid, describedBy } = useFieldMessages({ control, name, hint });

  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {/* A block around the input: a flex item (the frame is a flex column) cannot be laid
          out on its own, so the containment above would not spare the rest of the page. */}
      <div>
        <FieldInput
          control={control as unknown as Control<FieldValues>}
          name={name}
          id={id}
          invalid={invalid}
          describedBy={describedBy}
          {...inputOptions}
        />
      </div>
    </FieldFrame>
  );
}
