// The frame around one input, in GOV.UK's order: label (above the input, full size, never
// truncated or floating), hint, error message, then the input. With an error the group
// gets a red bar on its left. The input itself is passed as children and should carry
// `describedBy(id, hint, error)` (field-id.ts) as aria-describedby. In a row of fields
// (ALIGNED_FIELDS_ATTRIBUTE) the inputs line up.
import type { ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { FieldHintAndError } from './field-hint-and-error.tsx';

/**
 * Marks a grid whose fields sit side by side (FieldColumns): each field in it takes four of
 * the grid's rows (label, hint, error, input) as a subgrid, so the labels share a line and
 * the inputs share a line whatever hint or error each field shows.
 */
export const ALIGNED_FIELDS_ATTRIBUTE = 'data-aligned-fields';

const Frame = styled('div', {
  shouldForwardProp: (prop) => prop !== 'invalid',
})<{ invalid: boolean }>(({ theme, invalid }) => ({
  display: 'flex',
  flexDirection: 'column',
  minWidth: 0,
  ...(invalid && {
    borderLeft: `4px solid ${theme.palette.error.main}`,
    paddingLeft: 12,
    marginLeft: -4,
  }),
  [`[${ALIGNED_FIELDS_ATTRIBUTE}] > &`]: {
    display: 'grid',
    gridRow: 'span 4',
    gridTemplateRows: 'subgrid',
    rowGap: 0,
    alignContent: 'start',
    '& > label': { gridRow: 1 },
    '& > [data-part="hint"]': { gridRow: 2 },
    '& > [data-part="error"]': { gridRow: 3 },
    // The input (or the select's wrapper) is always last.
    '& > :last-child': { gridRow: 4, alignSelf: 'end' },
  },
}));

const Label = styled('label')(({ theme }) => ({
  marginBottom: 4,
  color: theme.palette.text.primary,
  fontWeight: 600,
  lineHeight: 1.5,
}));

type FieldFrameProps = {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
};

export function FieldFrame({
  id,
  label,
  optional = false,
  hint,
  error,
  children,
}: FieldFrameProps) {
  return (
    <Frame invalid={Boolean(error)}>
      <Label htmlFor={id}>
        {label}
        {optional ? ' (optional)' : ''}
      </Label>
      <FieldHintAndError id={id} hint={hint} error={error} />
      {children}
    </Frame>
  );
}
