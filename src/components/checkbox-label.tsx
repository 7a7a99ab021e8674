// One native checkbox or radio button with its label: <label><input> text</label>, the
// box or circle drawn by the browser in the theme's colour (accent-color). It replaces MUI's
// Checkbox, Radio and FormControlLabel, which brought ButtonBase, the ripple and SvgIcon to
// the first step (docs/decisions/003-first-step-bundle.md). The whole row is the target and
// is at least 44px tall (WCAG 2.5.8). Native inputs keep the browser's keyboard behaviour:
// Space ticks a box; arrow keys move through (and choose) radios that share a name.
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

const ChoiceInput = styled('input')(({ theme }) => ({
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
      <ChoiceInput type="checkbox" {...inputProps} />
      <span>{label}</span>
    </Row>
  );
}

/** One radio button of a group: the group's radios share `name`, so arrow keys move among them. */
export function RadioLabel({ label, ...inputProps }: CheckboxLabelProps) {
  return (
    <Row>
      <ChoiceInput type="radio" {...inputProps} />
      <span>{label}</span>
    </Row>
  );
}
