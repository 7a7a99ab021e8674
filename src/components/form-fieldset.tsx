// A bordered <fieldset> with a <legend>, for one item of a list ("Address 2"): the legend
// names the group for screen readers, so every field inside is heard as part of it.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { colours } from '../app/design-tokens.ts';

type FormFieldsetProps = { legend: ReactNode; id?: string; children: ReactNode };

export function FormFieldset({ legend, id, children }: FormFieldsetProps) {
  return (
    <Box
      component="fieldset"
      id={id}
      sx={{
        m: 0,
        minWidth: 0,
        border: 1,
        borderColor: colours.groupBorder,
        borderRadius: 1,
        px: { xs: 1.5, sm: 2.5 },
        pt: 1,
        pb: { xs: 2, sm: 2.5 },
        // Its own stacking context, so the browser paints each item as a unit it can reuse:
        // a key press in one item then repaints that item, not every item of a long list.
        isolation: 'isolate',
      }}
    >
      <Box
        component="legend"
        sx={{ px: 0.75, fontSize: '1.125rem', fontWeight: 700, color: 'text.primary' }}
      >
        {legend}
      </Box>
      {children}
    </Box>
  );
}
