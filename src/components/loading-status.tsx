// A small spinner with text, announced politely: shown while part of the page loads.
import Box from '@mui/material/Box';
import { BusySpinner } from './busy-spinner.tsx';

export function LoadingStatus({ text = 'Loading…' }: { text?: string }) {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 2 }}>
      <BusySpinner size={20} />
      <span>{text}</span>
    </Box>
  );
}
