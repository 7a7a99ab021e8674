// The app's TanStack Query client. Queries (session, choice lists) retry once: a
// transient failure should not need a click. Mutations never retry on their own:
// a provisioning request is sent again only when the person presses Retry.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5 * 60 * 1000 },
      mutations: { retry: false },
    },
  });
}
