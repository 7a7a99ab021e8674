// One native checkbox with its label: <label><input type="checkbox"> text</label>, the
// box drawn by the browser in the theme's colour (accent-color). It replaces MUI's
// Checkbox and FormControlLabel, which brought ButtonBase, the ripple and SvgIcon to the
// first step (docs/decisions/003-first-step-bundle.md). The whole row is the target and is
// at least 44px tall (WCAG 2.5.8).
import type { ComponentProps, ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { focusRing } from '../app/design-tokens.ts';

const Row = styled('label')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 10,
  minHeight: 44,
  padding: '0 4px',
  cursor: 'pointer',
  color: theme.palette.text.primary,
  fontSize: '1rem',
  lineHeight: 1.4,
}));

const CheckboxInput = styled('input')(({ theme }) => ({
  flex: 'none',
  width: 22,
  height: 22,
  margin: 0,
  cursor: 'pointer',
  accentColor: theme.palette.primary.main,
  '&:focus-visible': focusRing(),
  '&[aria-invalid="true"]': { outline: `2px solid ${theme.palette.error.main}`, outlineOffset: 1 },
  '&[aria-invalid="true"]:focus-visible': { outlineWidth: 3, outlineOffset: 2 },
}));

export type CheckboxLabelProps = Omit<ComponentProps<'input'>, 'type'> & { label: ReactNode };

export function CheckboxLabel({ label, ...inputProps }: CheckboxLabelProps) {
  return (
    <Row>
      <CheckboxInput type="checkbox" {...inputProps} />
      <span>{label}</span>
    </Row>
  );
}
