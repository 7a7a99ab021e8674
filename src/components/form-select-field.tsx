// A native <select> bound to one react-hook-form field (useFormField), in a FieldFrame.
// Native so it works with the keyboard, screen readers, phones and axe without a custom
// listbox. The first option is an empty "Choose ..." so nothing is pre-chosen.
import { styled } from '@mui/material/styles';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { FieldFrame } from './field-frame.tsx';
import { fieldInputStyles } from './field-input-styles.ts';
import { useFormField } from './use-form-field.ts';

// Drawn to match the outlined text fields (same border, height, focus and error colours)
// with a plain <select>: MUI's NativeSelect brought Input, SvgIcon and its arrow icon to
// the first step for the same result (docs/decisions/003-first-step-bundle.md).
const chevron = (colour: string) =>
  `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='8' viewBox='0 0 12 8'%3E%3Cpath d='M1 1l5 5 5-5' fill='none' stroke='${encodeURIComponent(colour)}' stroke-width='2'/%3E%3C/svg%3E")`;

const Select = styled('select')(({ theme }) => ({
  ...fieldInputStyles(theme),
  paddingRight: 40,
  backgroundImage: chevron(theme.palette.text.primary),
  backgroundRepeat: 'no-repeat',
  backgroundPosition: 'right 14px center',
  appearance: 'none',
  cursor: 'pointer',
}));

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
  const { id, field, inputRef, error, invalid, describedBy } = useFormField({
    control,
    name,
    hint,
  });
  const value: string = field.value ?? '';
  // A restored draft may hold a value the operator has since removed from the list:
  // keep it visible (and so still sent) rather than silently showing the placeholder.
  const missing = value !== '' && !options.some((option) => option.value === value);

  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      <Select
        id={id}
        name={field.name}
        value={value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        ref={inputRef}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={invalid}
        aria-describedby={describedBy}
      >
        <option value="">{placeholder}</option>
        {missing && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  );
}
