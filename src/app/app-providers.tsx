// Everything the app needs around it: the query client, the MUI theme, CssBaseline
// and the page-wide styles. Tests wrap components in the same providers (with their
// own QueryClient) so what they render looks and behaves like the app.
import type { ReactNode } from 'react';
import { CacheProvider, type EmotionCache } from '@emotion/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ThemeProvider } from '@mui/material/styles';
import CssBaseline from '@mui/material/CssBaseline';
import { portalTheme } from './theme.ts';
import { AppGlobalStyles } from './app-global-styles.tsx';
import { createPortalEmotionCache } from './emotion-cache.ts';

type AppProvidersProps = {
  queryClient: QueryClient;
  /** The prerender passes its own, to read back the styles a page used; else one per app. */
  emotionCache?: EmotionCache;
  children: ReactNode;
};

let browserEmotionCache: EmotionCache | undefined;

export function AppProviders({ queryClient, emotionCache, children }: AppProvidersProps) {
  const cache = emotionCache ?? (browserEmotionCache ??= createPortalEmotionCache());
  return (
    <CacheProvider value={cache}>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider theme={portalTheme()}>
          <CssBaseline />
          <AppGlobalStyles />
          {children}
        </ThemeProvider>
      </QueryClientProvider>
    </CacheProvider>
  );
}
