// A small spinner with text, announced politely: shown while part of the page loads.
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

export function LoadingStatus({ text = 'Loading…' }: { text?: string }) {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 2 }}>
      <CircularProgress size={20} aria-hidden="true" />
      <span>{text}</span>
    </Box>
  );
}
