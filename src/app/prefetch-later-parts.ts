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

/** Adds one prefetch link per later part, once a page. */
export function prefetchLaterParts(): void {
  if (asked) return;
  asked = true;
  const links = document.createDocumentFragment();
  for (const url of laterPartsInPage()) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.setAttribute('as', 'script');
    // As the module scripts that will use them are fetched, so the cached copy serves them.
    link.setAttribute('crossorigin', '');
    link.href = url;
    links.append(link);
  }
  document.head.append(links);
}

/** Calls prefetchLaterParts when the browser is next idle (within `timeoutMs` at the latest). */
export function prefetchLaterPartsWhenIdle(timeoutMs = 2_000): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(prefetchLaterParts, { timeout: timeoutMs });
  } else {
    // Safari before 18: after the current work.
    setTimeout(prefetchLaterParts, 200);
  }
}
