// For component tests: render inside the app's providers with a fresh QueryClient that
// never retries, so each test starts clean and a failed request fails at once.
import type { ReactElement } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { AppProviders } from './app-providers.tsx';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

export function renderWithProviders(
  ui: ReactElement,
  queryClient: QueryClient = createTestQueryClient(),
): RenderResult & { queryClient: QueryClient } {
  const result = render(<AppProviders queryClient={queryClient}>{ui}</AppProviders>);
  return { ...result, queryClient };
}
