// The white, outlined panel a page's main content sits in (was MUI's outlined Paper).
import { styled } from '@mui/material/styles';

export const Panel = styled('div')(({ theme }) => ({
  padding: 16,
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  backgroundColor: theme.palette.background.paper,
  color: theme.palette.text.primary,
  [theme.breakpoints.up('sm')]: { padding: 32 },
}));
