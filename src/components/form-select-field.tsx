// A native <select> bound to one react-hook-form field, in a FieldFrame. Native so it
// works with the keyboard, screen readers, phones and axe without a custom listbox. The
// first option is an empty "Choose ..." so nothing is pre-chosen.
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { fieldId } from './field-id.ts';
import { describedBy, FieldFrame } from './field-frame.tsx';

export type SelectOption = { value: string; label: string };

export type FormSelectFieldProps<TForm extends FieldValues> = {
  control: Control<TForm>;
  name: FieldPathByValue<TForm, string>;
  label: string;
  options: readonly SelectOption[];
  /** Text of the empty first option, e.g. "Choose a service level". */
  placeholder: string;
  optional?: boolean;
  hint?: string;
  autoComplete?: string;
};

export function FormSelectField<TForm extends FieldValues>({
  control,
  name,
  label,
  options,
  placeholder,
  optional = false,
  hint,
  autoComplete,
}: FormSelectFieldProps<TForm>) {
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const message = fieldState.error?.message;
  const value: string = field.value ?? '';
  // A restored draft may hold a value the operator has since removed from the list:
  // keep it visible (and so still sent) rather than silently showing the placeholder.
  const missing = value !== '' && !options.some((option) => option.value === value);

  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={message}>
      <NativeSelect
        id={id}
        name={field.name}
        value={value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        input={<OutlinedInput />}
        inputProps={{
          autoComplete: autoComplete ?? 'off',
          'aria-describedby': describedBy(id, hint, message),
        }}
      >
        <option value="">{placeholder}</option>
        {missing && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </FieldFrame>
  );
}
