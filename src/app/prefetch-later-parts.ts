// Once the page is alive and the browser is idle, has it prefetch the wizard's later parts
// (the next steps, the form rules, what Submit and the success pages need): fetched into its
// cache, not run. Their addresses are written into the HTML at build time
// (scripts/prefetch-later-parts-plugin.ts). They are not <link rel="prefetch"> in the HTML
// itself: the browser would fetch all of them at once with the page's own JavaScript, which
// on slow 4G then took about half a second longer to arrive. Decision 010.

/** The id of the `<script type="application/json">` that lists their addresses. */
export const LATER_PARTS_ELEMENT_ID = 'net3-later-parts';

/** The addresses listed in the page, or none (`npm run dev`, a page built without them). */
export function laterPartsInPage(): string[] {
  const text = document.getElementById(LATER_PARTS_ELEMENT_ID)?.textContent;
  if (!text) return [];
  try {
    const urls: unknown = JSON.parse(text);
    return Array.isArray(urls) ? urls.filter((url): url is string => typeof url === 'string') : [];
  } catch {
    return [];
  }
}

let asked = false;

// Safari (macOS and iOS) has no <link rel="prefetch">: there a low-priority fetch puts the file
// in the HTTP cache instead (the chunks are served immutable), fetched as a module script is.
const linkPrefetch = (() => {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false; // A DOM that lists no supported tokens throws (jsdom).
  }
})();

function prefetch(url: string): void {
  if (!linkPrefetch) {
    void fetch(url, { mode: 'cors', credentials: 'same-origin', priority: 'low' }).catch(() => {
      // Fetched again when needed.
    });
    return;
  }
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.setAttribute('as', 'script');
  // As the module scripts that will use them are fetched, so the cached copy serves them.
  link.setAttribute('crossorigin', '');
  link.href = url;
  document.head.append(link);
}

/**
 * Once a page, in the browser's idle time: each prefetch starts a request, and at 4x CPU
 * starting all of them in one go was a 68 ms task; a few go in each idle period instead.
 */
export function prefetchLaterPartsWhenIdle(): void {
  if (asked) return;
  asked = true;
  const waiting = laterPartsInPage();
  if (typeof window.requestIdleCallback !== 'function') {
    // Safari before 18: after the current work, all at once.
    setTimeout(() => waiting.forEach(prefetch), 200);
    return;
  }
  const prefetchSome = (deadline: IdleDeadline) => {
    do {
      const url = waiting.shift();
      if (url === undefined) return;
      prefetch(url);
    } while (deadline.timeRemaining() > 5);
    window.requestIdleCallback(prefetchSome, { timeout: 2_000 });
  };
  window.requestIdleCallback(prefetchSome, { timeout: 2_000 });
}
