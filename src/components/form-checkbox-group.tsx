// A group of checkboxes that edits one string[] react-hook-form field (useFormField; a
// contact's roles): a real <fieldset> with a <legend>. The first box carries the field's id and
// ref, so the error summary's link and setFocus land on it. As in GOV.UK's checkboxes,
// the fieldset is described by the hint and the error.
import { styled } from '@mui/material/styles';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { CheckboxLabel } from './checkbox-label.tsx';
import { ChoiceFieldset, ChoiceLegend } from './choice-fieldset.tsx';
import { FieldHintAndError } from './field-hint-and-error.tsx';
import { useFormField } from './use-form-field.ts';

const Options = styled('div')(({ theme }) => ({
  display: 'grid',
  gridTemplateColumns: '1fr',
  columnGap: 16,
  [theme.breakpoints.up('sm')]: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
}));

export type CheckboxOption<TValue extends string> = { value: TValue; label: string };

export type FormCheckboxGroupProps<TForm extends FieldValues, TValue extends string> = {
  control: Control<TForm>;
  name: FieldPathByValue<TForm, TValue[]>;
  legend: string;
  options: readonly CheckboxOption<TValue>[];
  hint?: string;
};

export function FormCheckboxGroup<TForm extends FieldValues, TValue extends string>({
  control,
  name,
  legend,
  options,
  hint,
}: FormCheckboxGroupProps<TForm, TValue>) {
  const { id, field, inputRef, error, invalid, describedBy } = useFormField({
    control,
    name,
    hint,
  });
  const chosen: readonly TValue[] = Array.isArray(field.value) ? field.value : [];

  const toggle = (value: TValue, checked: boolean) => {
    // Keep the options' order so the stored list (and the draft) does not depend on
    // the order in which boxes were ticked.
    const next = options
      .map((option) => option.value)
      .filter((option) => (option === value ? checked : chosen.includes(option)));
    field.onChange(next);
  };

  return (
    <ChoiceFieldset invalid={invalid} aria-describedby={describedBy}>
      <ChoiceLegend>{legend}</ChoiceLegend>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <Options>
        {options.map((option, index) => (
          <CheckboxLabel
            key={option.value}
            label={option.label}
            id={index === 0 ? id : `${id}-${option.value}`}
            name={field.name}
            value={option.value}
            checked={chosen.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            onBlur={field.onBlur}
            ref={index === 0 ? inputRef : undefined}
            aria-invalid={invalid || undefined}
          />
        ))}
      </Options>
    </ChoiceFieldset>
  );
}
