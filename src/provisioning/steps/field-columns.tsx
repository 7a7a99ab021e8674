// Fields side by side on a wider screen ("State | Postal code", "Telephone | Extension"), one
// under another on a phone. `columns` is the grid's column widths from the sm breakpoint up.
// The fields' labels share a line and their inputs share a line, whatever hint or error one
// of them shows (FieldFrame's ALIGNED_FIELDS_ATTRIBUTE).
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { ALIGNED_FIELDS_ATTRIBUTE } from '../../components/field-frame.tsx';

export function FieldColumns({ columns, children }: { columns: string; children: ReactNode }) {
  return (
    <Box
      {...{ [ALIGNED_FIELDS_ATTRIBUTE]: '' }}
      sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', sm: columns } }}
    >
      {children}
    </Box>
  );
}
