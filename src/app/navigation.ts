// The portal's few pages by path ('/', '/sign-in', '/signup'): navigate() changes the URL with
// the History API and tells usePathname() subscribers; the browser's Back and Forward do the
// same through popstate. The wizard's own ?step= entries (pushState on the same path) never
// change the path, so they never re-render the page choice. See docs/decisions/002-routing.md.
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'net3:navigate';

export type NavigateOptions = {
  /** Replace the current history entry instead of adding one (redirects). */
  replace?: boolean;
  /** The new entry's history.state, read by the page it opens. */
  state?: unknown;
};

/** Opens `to` (a path on this origin, with any ?query) in the app without reloading. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const state = options.state ?? null;
  if (options.replace) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** '/signup/' and '/signup' are the same page. */
export function normalisePathname(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function currentPathname(): string {
  return normalisePathname(window.location.pathname);
}

// The path a page is prerendered for (src/prerender/): there is no window at build time. In the
// browser, hydration reads the real path, which is the one the page was prerendered for (the
// entry script hydrates only then).
let serverPathname = '/';

export function renderPathnameOnServer(pathname: string): void {
  serverPathname = pathname;
}

function serverSnapshot(): string {
  return typeof window === 'undefined' ? serverPathname : currentPathname();
}

/** The current path, re-rendering when navigate(), Back or Forward changes it. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPathname, serverSnapshot);
}
