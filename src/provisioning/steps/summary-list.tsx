// A description list of answers ("Customer name: Acme"), one row per answer. An empty
// answer reads "Not provided". A row may end with a "Change" link (Review) whose hidden text
// names the answer ("Change Customer name"), in a <dd> of its own as in GOV.UK's summary
// list. On a phone each answer sits under its label, the Change link beside the label.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { PortalLink } from '../../components/portal-link.tsx';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';

export type SummaryRowChange = {
  /** What is changed, after "Change" for screen readers: "Customer name". */
  name: string;
  href: string;
  onClick: () => void;
};

export type SummaryRow = { label: string; value: ReactNode; change?: SummaryRowChange };

function isEmpty(value: ReactNode): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const withChange = rows.some((row) => row.change);
  return (
    <Box component="dl" sx={{ m: 0 }}>
      {rows.map((row) => (
        <Box
          key={row.label}
          sx={{
            display: 'grid',
            // The label column is 35% wide with or without Change links, so the answers of
            // every list on a page (Review's and "Created by") line up.
            gridTemplateColumns: withChange
              ? { xs: 'minmax(0, 1fr) auto', sm: '35% minmax(0, 1fr) auto' }
              : { xs: '1fr', sm: '35% minmax(0, 1fr)' },
            columnGap: 2,
            py: 1,
            borderBottom: 1,
            borderColor: 'divider',
          }}
        >
          <Box component="dt" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {row.label}
          </Box>
          <Box
            component="dd"
            sx={{
              m: 0,
              overflowWrap: 'anywhere',
              whiteSpace: 'pre-line',
              // On a phone the answer takes the whole row under its label and Change link.
              gridColumn: withChange ? { xs: '1 / -1', sm: 'auto' } : undefined,
              gridRow: withChange ? { xs: 2, sm: 'auto' } : undefined,
            }}
          >
            {isEmpty(row.value) ? (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                Not provided
              </Box>
            ) : (
              row.value
            )}
          </Box>
          {withChange && (
            <Box component="dd" sx={{ m: 0, gridColumn: { xs: 2, sm: 3 }, gridRow: 1 }}>
              {row.change && (
                <PortalLink
                  href={row.change.href}
                  style={{ display: 'inline-block', minHeight: 24, fontWeight: 600 }}
                  onClick={(event) => {
                    event.preventDefault();
                    row.change?.onClick();
                  }}
                >
                  Change <VisuallyHidden>{row.change.name}</VisuallyHidden>
                </PortalLink>
              )}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
