// The ledger as a table: one row per submission, the customer linking to it. Scrolls sideways
// inside itself on a narrow screen rather than widening the page.
import { styled } from '@mui/material/styles';
import type { ReactNode } from 'react';

export type SubmissionTableRow = {
  id: string;
  customer: ReactNode;
  submittedBy: string;
  when: string;
  outcome: string;
  net3CustomerId: string;
};

const Scroller = styled('div')({ overflowX: 'auto' });

const Table = styled('table')(({ theme }) => ({
  width: '100%',
  borderCollapse: 'collapse',
  '& th, & td': {
    textAlign: 'left',
    padding: '8px 12px',
    borderBottom: `1px solid ${theme.palette.divider}`,
    verticalAlign: 'top',
  },
  '& th': { fontWeight: 700 },
  // The date stays on one line (in three it is hard to read); the customer's name wraps, but
  // never into a sliver: on a phone the table scrolls inside its region instead.
  '& td:nth-of-type(3)': { whiteSpace: 'nowrap' },
  '& td:first-of-type': { minWidth: '10rem', overflowWrap: 'anywhere' },
}));

const columns: [keyof Omit<SubmissionTableRow, 'id'>, string][] = [
  ['customer', 'Customer'],
  ['submittedBy', 'Submitted by'],
  ['when', 'When'],
  ['outcome', 'Outcome'],
  ['net3CustomerId', 'Net3 customer ID'],
];

export function SubmissionsTable({ rows }: { rows: SubmissionTableRow[] }) {
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <Scroller tabIndex={0} role="region" aria-label="Submissions, newest first">
      <Table>
        <thead>
          <tr>
            {columns.map(([key, label]) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map(([key]) => (
                <td key={key}>{row[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Scroller>
  );
}
