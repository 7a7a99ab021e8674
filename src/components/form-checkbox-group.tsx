// A group of checkboxes that edits one string[] react-hook-form field (a contact's
// roles): a real <fieldset> with a <legend>. The first box carries the field's id and
// ref, so the error summary's link and setFocus land on it. As in GOV.UK's checkboxes,
// the fieldset is described by the hint and the error.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { fieldId } from './field-id.ts';
import { FieldErrorText } from './field-error-text.tsx';

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
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const message = fieldState.error?.message;
  const chosen: readonly TValue[] = Array.isArray(field.value) ? field.value : [];
  const describedBy =
    [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;

  const toggle = (value: TValue, checked: boolean) => {
    // Keep the options' order so the stored list (and the draft) does not depend on
    // the order in which boxes were ticked.
    const next = options
      .map((option) => option.value)
      .filter((option) => (option === value ? checked : chosen.includes(option)));
    field.onChange(next);
  };

  return (
    <FormControl
      component="fieldset"
      error={Boolean(message)}
      aria-describedby={describedBy}
      sx={
        message
          ? { minWidth: 0, borderLeft: 4, borderColor: 'error.main', pl: 1.5, ml: '-4px' }
          : { minWidth: 0 }
      }
    >
      <FormLabel
        component="legend"
        sx={{
          color: 'text.primary',
          fontWeight: 600,
          mb: 0.5,
          '&.Mui-focused, &.Mui-error': { color: 'text.primary' },
        }}
      >
        {legend}
      </FormLabel>
      {hint && (
        <FormHelperText id={`${id}-hint`} error={false} sx={{ mt: 0, mb: 0.5 }}>
          {hint}
        </FormHelperText>
      )}
      {message && (
        <FormHelperText id={`${id}-error`} sx={{ mt: 0, fontWeight: 600 }}>
          <FieldErrorText message={message} />
        </FormHelperText>
      )}
      <FormGroup
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' },
          columnGap: 2,
        }}
      >
        {options.map((option, index) => (
          <FormControlLabel
            key={option.value}
            label={option.label}
            control={
              <Checkbox
                id={index === 0 ? id : `${id}-${option.value}`}
                name={field.name}
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={(_event, checked) => toggle(option.value, checked)}
                onBlur={field.onBlur}
                slotProps={{
                  input: {
                    ref: index === 0 ? field.ref : undefined,
                    'aria-invalid': message ? true : undefined,
                  },
                }}
              />
            }
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}
