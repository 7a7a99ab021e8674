// The page frame: a header naming the site (and, on staff pages, who is signed in with Sign
// out), then one centred column (max ~760 px) that holds the page. No sideways scrolling
// down to 320 px wide.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';

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
        <Container
          maxWidth={false}
          sx={{
            maxWidth: 808,
            py: 1.5,
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            columnGap: 3,
            rowGap: 1,
          }}
        >
          <Typography variant="h1" sx={{ m: 0 }}>
            {title}
          </Typography>
          {account}
        </Container>
      </Box>
      <Container
        component="main"
        maxWidth={false}
        sx={{ maxWidth: 808, px: { xs: 1.5, sm: 3 }, py: { xs: 2, sm: 4 } }}
      >
        {children}
      </Container>
    </Box>
  );
}
