// The whole app: providers around the page for the current path (app-routes.tsx).
import type { EmotionCache } from '@emotion/react';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './app-providers.tsx';
import { AppRoutes } from './app-routes.tsx';

type AppProps = { queryClient: QueryClient; emotionCache?: EmotionCache };

export function App({ queryClient, emotionCache }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} emotionCache={emotionCache}>
      <AppRoutes />
    </AppProviders>
  );
}
