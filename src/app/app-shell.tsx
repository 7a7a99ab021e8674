// The page frame: a header naming the portal, then one centred column (max ~760 px)
// that holds the wizard. No sideways scrolling down to 320 px wide.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
        <Container maxWidth={false} sx={{ maxWidth: 808, py: 1.5 }}>
          <Typography variant="h1" sx={{ m: 0 }}>
            Net3 Customer Portal
          </Typography>
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
