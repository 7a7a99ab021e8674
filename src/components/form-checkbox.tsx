// A single MUI checkbox bound to a boolean react-hook-form field, with its label and an
// inline error. `onCheckedChange` lets a parent react after the value changes (the
// "Primary address" box un-chooses the other addresses).
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
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
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const message = fieldState.error?.message;
  const describedBy = message ? `${id}-error` : hint ? `${id}-hint` : undefined;

  return (
    <FormControl error={Boolean(message)}>
      <FormControlLabel
        label={label}
        control={
          <Checkbox
            id={id}
            name={field.name}
            checked={Boolean(field.value)}
            onChange={(_event, checked) => {
              field.onChange(checked);
              onCheckedChange?.(checked);
            }}
            onBlur={field.onBlur}
            slotProps={{
              input: {
                ref: field.ref,
                'aria-invalid': message ? true : undefined,
                'aria-describedby': describedBy,
              },
            }}
          />
        }
      />
      {message ? (
        <FormHelperText id={`${id}-error`} sx={{ mt: 0 }}>
          <FieldErrorText message={message} />
        </FormHelperText>
      ) : hint ? (
        <FormHelperText id={`${id}-hint`} sx={{ mt: 0 }}>
          {hint}
        </FormHelperText>
      ) : null}
    </FormControl>
  );
}
