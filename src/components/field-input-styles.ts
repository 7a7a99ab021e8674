// The look shared by the portal's own text inputs, text areas and selects: an outlined box
// that matches the theme (border 3:1 on white, primary ring on focus, error border when
// aria-invalid). Plain elements with these styles replace MUI's OutlinedInput, InputBase
// and NativeSelect on the first step (~6 kB gzip, docs/decisions/003-first-step-bundle.md).
import type { Theme } from '@mui/material/styles';
import { colours } from '../app/design-tokens.ts';

export function fieldInputStyles(theme: Theme) {
  return {
    boxSizing: 'border-box',
    display: 'block',
    width: '100%',
    minHeight: 56,
    margin: 0,
    padding: '15.5px 13px',
    border: `1px solid ${colours.controlBorder}`,
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.paper,
    color: theme.palette.text.primary,
    font: 'inherit',
    fontSize: '1rem',
    lineHeight: 1.4375,
    '&:hover': { borderColor: theme.palette.text.primary },
    '&:focus': {
      outline: 'none',
      borderColor: theme.palette.primary.main,
      boxShadow: `inset 0 0 0 1px ${theme.palette.primary.main}`,
    },
    '&[aria-invalid="true"]': { borderColor: theme.palette.error.main },
    '&[aria-invalid="true"]:focus': { boxShadow: `inset 0 0 0 1px ${theme.palette.error.main}` },
  } as const;
}
