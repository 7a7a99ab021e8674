// A description list of answers ("Customer name: Acme"), one row per answer. An empty
// answer reads "Not provided". On a phone each answer sits under its label.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export type SummaryRow = { label: string; value: ReactNode };

function isEmpty(value: ReactNode): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <Box component="dl" sx={{ m: 0 }}>
      {rows.map((row) => (
        <Box
          key={row.label}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 2fr) minmax(0, 3fr)' },
            columnGap: 2,
            py: 1,
            borderBottom: 1,
            borderColor: 'divider',
          }}
        >
          <Box component="dt" sx={{ fontWeight: 600 }}>
            {row.label}
          </Box>
          <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {isEmpty(row.value) ? (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                Not provided
              </Box>
            ) : (
              row.value
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
