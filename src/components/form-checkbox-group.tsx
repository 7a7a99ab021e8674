// A group of checkboxes that edits one string[] react-hook-form field (useFormField; a
// contact's roles): a real <fieldset> with a <legend>. The first box carries the field's id and
// ref, so the error summary's link and setFocus land on it. As in GOV.UK's checkboxes,
// the fieldset is described by the hint and the error. An option may carry its own hint (what
// the choice means), shown under its label and describing that box only.
import { styled } from '@mui/material/styles';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { CheckboxLabel } from './checkbox-label.tsx';
import { ChoiceFieldset, ChoiceLegend } from './choice-fieldset.tsx';
import { FieldHintAndError } from './field-hint-and-error.tsx';
import { useFormField } from './use-form-field.ts';

const Options = styled('div', {
  shouldForwardProp: (prop) => prop !== 'withHints',
})<{ withHints: boolean }>(({ theme, withHints }) => ({
  display: 'grid',
  gridTemplateColumns: '1fr',
  columnGap: 16,
  // Options with a hint need the room of two columns to read.
  [theme.breakpoints.up('sm')]: {
    gridTemplateColumns: withHints ? 'repeat(2, minmax(0, 1fr))' : 'repeat(3, minmax(0, 1fr))',
  },
}));

// Under the option's label text: the box (22px) and the gaps beside it (4px + 10px).
const OptionHint = styled('p')(({ theme }) => ({
  margin: '-6px 0 8px',
  paddingLeft: 36,
  fontSize: '0.9375rem',
  lineHeight: 1.45,
  color: theme.palette.text.secondary,
}));

export type CheckboxOption<TValue extends string> = {
  value: TValue;
  label: string;
  /** What choosing it means, under its label (it describes the box). */
  hint?: string;
};

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
      <Options withHints={options.some((option) => option.hint)}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = `${optionId}-option-hint`;
          const box = (
            <CheckboxLabel
              key={option.value}
              label={option.label}
              id={optionId}
              name={field.name}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={field.onBlur}
              ref={index === 0 ? inputRef : undefined}
              aria-invalid={invalid || undefined}
              aria-describedby={option.hint ? optionHintId : undefined}
            />
          );
          if (!option.hint) return box;
          return (
            <div key={option.value}>
              {box}
              <OptionHint id={optionHintId}>{option.hint}</OptionHint>
            </div>
          );
        })}
      </Options>
    </ChoiceFieldset>
  );
}
