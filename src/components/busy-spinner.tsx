// A small spinning ring for "working on it" (loading lists, submitting). Decorative: the
// words beside it say what is happening. Replaces MUI's CircularProgress, which brought
// its own keyframes machinery to the first step for one ring.
import { keyframes, styled } from '@mui/material/styles';

const spin = keyframes`
  to { transform: rotate(360deg); }
`;

const Ring = styled('span')({
  display: 'inline-block',
  flex: 'none',
  boxSizing: 'border-box',
  borderRadius: '50%',
  border: '2px solid currentColor',
  borderRightColor: 'transparent',
  animation: `${spin} 0.8s linear infinite`,
  '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
});

export function BusySpinner({ size = 20 }: { size?: number }) {
  return <Ring aria-hidden="true" style={{ width: size, height: size }} />;
}
