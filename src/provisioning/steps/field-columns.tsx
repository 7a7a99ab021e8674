// Fields side by side on a wider screen ("City | State | Postal code"), one under another
// on a phone. `columns` is the grid's column widths from the sm breakpoint up.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export function FieldColumns({ columns, children }: { columns: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', sm: columns } }}>
      {children}
    </Box>
  );
}
