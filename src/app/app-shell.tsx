// The page frame: a header naming the site (and, on staff pages, who is signed in with Sign
// out), then one centred column (max ~760 px) that holds the page. No sideways scrolling
// down to 320 px wide.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';

// One centred column, as wide as the form needs: styled elements, not MUI's Container.
const HeaderBar = styled('div')(({ theme }) => ({
  boxSizing: 'border-box',
  maxWidth: 808,
  margin: '0 auto',
  padding: '12px 24px',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  justifyContent: 'space-between',
  columnGap: 24,
  rowGap: 8,
  [theme.breakpoints.down('sm')]: { paddingInline: 16 },
}));

const Main = styled('main')(({ theme }) => ({
  display: 'block',
  boxSizing: 'border-box',
  maxWidth: 808,
  margin: '0 auto',
  padding: '16px 12px',
  [theme.breakpoints.up('sm')]: { padding: '32px 24px' },
}));

type AppShellProps = {
  /** The site's name in the header's h1. */
  title?: string;
  /** The header's right-hand side, e.g. the signed-in account. */
  account?: ReactNode;
  children: ReactNode;
};

export function AppShell({ title = 'Net3 Customer Portal', account, children }: AppShellProps) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
        <HeaderBar>
          <Typography variant="h1" sx={{ m: 0 }}>
            {title}
          </Typography>
          {account}
        </HeaderBar>
      </Box>
      <Main>{children}</Main>
    </Box>
  );
}
