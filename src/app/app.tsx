// The whole app: providers around the page for the current path (app-routes.tsx).
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './app-providers.tsx';
import { AppRoutes } from './app-routes.tsx';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <AppRoutes />
    </AppProviders>
  );
}
