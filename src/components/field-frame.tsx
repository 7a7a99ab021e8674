// The frame around one input, in GOV.UK's order: label (above the input, full size, never
// truncated or floating), hint, error message, then the input. With an error the group
// gets a red bar on its left. The input itself is passed as children and should carry
// `describedBy(id, hint, error)` (field-id.ts) as aria-describedby. Fields side by side go in
// a FieldRow, where their inputs line up.
import type { ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { FieldHintAndError } from './field-hint-and-error.tsx';

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
  // Side by side in a FieldRow, the field takes the row's four tracks (label, hint, error,
  // input) as a subgrid: the labels share a line and the inputs share a line, whatever hint
  // or error each field shows.
  [theme.breakpoints.up('sm')]: {
    '[data-field-row] > &': {
      display: 'grid',
      gridRow: 'span 4',
      gridTemplateRows: 'subgrid',
      rowGap: 0,
      '& > label': { gridRow: 1 },
      '& > [data-part="hint"]': { gridRow: 2 },
      '& > [data-part="error"]': { gridRow: 3 },
      // The input (or the select's wrapper) is always last.
      '& > :last-child': { gridRow: 4 },
    },
  },
}));

const Row = styled('div', {
  shouldForwardProp: (prop) => prop !== 'columns',
})<{ columns: string }>(({ theme, columns }) => ({
  display: 'grid',
  gridTemplateColumns: '1fr',
  gap: 24,
  [theme.breakpoints.up('sm')]: {
    gridTemplateColumns: columns,
    // The fields' own tracks: a gap between them would open up under each label.
    rowGap: 0,
  },
}));

/**
 * Fields side by side from the sm breakpoint up ("State | Postal code", "Phone | Extension"),
 * one under another on a phone. `columns` is the grid's column widths when side by side.
 */
export function FieldRow({ columns, children }: { columns: string; children: ReactNode }) {
  return (
    <Row columns={columns} data-field-row="">
      {children}
    </Row>
  );
}

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
