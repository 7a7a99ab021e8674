// Everything the app needs around it: the query client, the MUI theme, CssBaseline
// and the page-wide styles. Tests wrap components in the same providers (with their
// own QueryClient) so what they render looks and behaves like the app.
import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ThemeProvider } from '@mui/material/styles';
import CssBaseline from '@mui/material/CssBaseline';
import { theme } from './theme.ts';
import { AppGlobalStyles } from './app-global-styles.tsx';

type AppProvidersProps = { queryClient: QueryClient; children: ReactNode };

export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <AppGlobalStyles />
        {children}
      </ThemeProvider>
    </QueryClientProvider>
  );
}
