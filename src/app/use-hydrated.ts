// False while React hydrates a prerendered page (and on the server), true from then on.
// Parts that depend on who is signed in or on answers fetched at run time render their
// build-time form until then, so the first client render matches the HTML and hydration
// never throws the prerendered page away. useSyncExternalStore gives exactly this: React
// uses the server snapshot during hydration, then re-renders with the client one. That
// re-render is synchronous, in the task that commits the hydration: call this in the smallest
// component that differs (a button, a list), never high in a page, or the whole page renders
// again in that one long task (AfterHydration wraps a part that only appears afterwards).
import { type ReactNode, useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}

/** Its children once the page has hydrated; `fallback` (or nothing) in the prerendered HTML. */
export function AfterHydration({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}): ReactNode {
  return useHydrated() ? children : fallback;
}
