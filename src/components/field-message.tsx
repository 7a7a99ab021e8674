// A hint or an error message under a field's label, linked to the input by its id
// (aria-describedby). Replaces MUI's FormHelperText on the first step.
import { styled } from '@mui/material/styles';

export const FieldMessage = styled('p', {
  shouldForwardProp: (prop) => prop !== 'tone',
})<{ tone?: 'hint' | 'error' }>(({ theme, tone = 'hint' }) => ({
  margin: '0 0 6px',
  fontSize: '0.9375rem',
  lineHeight: 1.45,
  color: tone === 'error' ? theme.palette.error.main : theme.palette.text.secondary,
  fontWeight: tone === 'error' ? 600 : 400,
}));
