// The frame around one input, in GOV.UK's order: label (above the input, full size, never
// truncated or floating), hint, error message, then the input. With an error the group
// gets a red bar on its left. The input itself is passed as children and should carry
// `describedBy(id, ...)` as aria-describedby.
import type { ReactNode } from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { FieldErrorText } from './field-error-text.tsx';

type FieldFrameProps = {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
};

/** The ids of the hint and error shown for field `id`, for aria-describedby. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

export function FieldFrame({
  id,
  label,
  optional = false,
  hint,
  error,
  children,
}: FieldFrameProps) {
  return (
    <FormControl
      fullWidth
      error={Boolean(error)}
      sx={
        error
          ? { borderLeft: 4, borderColor: 'error.main', pl: 1.5, ml: '-4px', minWidth: 0 }
          : { minWidth: 0 }
      }
    >
      <FormLabel
        htmlFor={id}
        sx={{
          color: 'text.primary',
          fontWeight: 600,
          mb: 0.5,
          '&.Mui-focused, &.Mui-error': { color: 'text.primary' },
        }}
      >
        {label}
        {optional ? ' (optional)' : ''}
      </FormLabel>
      {hint && (
        <FormHelperText id={`${id}-hint`} error={false} sx={{ mt: 0, mb: 0.75 }}>
          {hint}
        </FormHelperText>
      )}
      {error && (
        <FormHelperText id={`${id}-error`} sx={{ mt: 0, mb: 0.75, fontWeight: 600 }}>
          <FieldErrorText message={error} />
        </FormHelperText>
      )}
      {children}
    </FormControl>
  );
}
