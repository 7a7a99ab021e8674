// One item of the Addresses or Contacts list on the Review step: its heading ("Address 1
// (primary)") over its answers.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SummaryList, type SummaryRow } from './summary-list.tsx';

export function ReviewListItem({
  heading,
  rows,
}: {
  heading: string;
  rows: readonly SummaryRow[];
}) {
  return (
    <Box>
      <Typography variant="h4" sx={{ fontSize: '1.0625rem', fontWeight: 700, mt: 1 }}>
        {heading}
      </Typography>
      <SummaryList rows={rows} />
    </Box>
  );
}
