// False while React hydrates a prerendered page (and on the server), true from then on.
// Parts that depend on who is signed in or on answers fetched at run time render their
// build-time form until then, so the first client render matches the HTML and hydration
// never throws the prerendered page away. useSyncExternalStore gives exactly this: React
// uses the server snapshot during hydration, then re-renders with the client one.
import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
