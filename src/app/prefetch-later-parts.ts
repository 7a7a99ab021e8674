// Once the page is alive and the browser is idle, asks it to prefetch the wizard's later parts
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

function prefetchLink(url: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.setAttribute('as', 'script');
  // As the module scripts that will use them are fetched, so the cached copy serves them.
  link.setAttribute('crossorigin', '');
  link.href = url;
  return link;
}

/** Adds one prefetch link per later part, at once, once a page. */
export function prefetchLaterParts(): void {
  if (asked) return;
  asked = true;
  document.head.append(...laterPartsInPage().map(prefetchLink));
}

/**
 * The same, in the browser's idle time: each link starts a request, and at 4x CPU adding all
 * of them in one go was a 68 ms task; a few go in each idle period instead.
 */
export function prefetchLaterPartsWhenIdle(): void {
  if (asked) return;
  asked = true;
  const waiting = laterPartsInPage();
  if (typeof window.requestIdleCallback !== 'function') {
    // Safari before 18: after the current work, all at once.
    setTimeout(() => document.head.append(...waiting.map(prefetchLink)), 200);
    return;
  }
  const addSome = (deadline: IdleDeadline) => {
    do {
      const url = waiting.shift();
      if (url === undefined) return;
      document.head.append(prefetchLink(url));
    } while (deadline.timeRemaining() > 5);
    window.requestIdleCallback(addSome);
  };
  window.requestIdleCallback(addSome);
}
