// A vertical stack: children one under another, `spacing` × 8px apart (MUI Stack's scale).
// A styled <div> instead of MUI's Stack, whose responsive-props machinery the portal
// never used (docs/decisions/003-first-step-bundle.md).
import { styled } from '@mui/material/styles';

export const Column = styled('div', {
  shouldForwardProp: (prop) => prop !== 'spacing',
})<{ spacing: number }>(({ spacing }) => ({
  display: 'flex',
  flexDirection: 'column',
  gap: spacing * 8,
}));
