// Browser entry: mounts the portal app into #root. A page the production server prerendered
// is hydrated inside a transition, so hydration yields to the person's input; in `npm run dev`
// (no prerendered HTML) the app renders on the client. Typing into the prerendered form before
// then is kept (keep-early-typing.ts). The later parts are prefetched once the page has loaded.
// First, so Error stacks are off while react-dom loads (decision 012).
import { restoreErrorStacks } from './app/error-stacks-at-start.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startEntryPage } from './app/entry-page-start.ts';
import { startKeepingEarlyTyping } from './app/keep-early-typing.ts';
import { createQueryClient } from './app/query-client.ts';

// Every module of the entry chunk has run by now, react-dom included.
restoreErrorStacks();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const hydrate = startEntryPage(rootElement, queryClient);
startKeepingEarlyTyping(rootElement);
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);
if (hydrate) startTransition(() => void hydrateRoot(rootElement, app));
else createRoot(rootElement).render(app);
// The later parts are prefetched once the page is alive (decision 010); the code that does it
// is loaded then too, so it is not part of the first step's JavaScript. Started from the load
// event rather than a timer set here: a timer set while the chunk runs makes DevTools resolve
// the chunk's stack (decision 012).
function prefetchLaterParts(): void {
  import('./app/prefetch-later-parts.ts').then(
    (parts) => parts.prefetchLaterPartsWhenIdle(),
    () => {
      // Offline already: the parts are fetched when they are needed.
    },
  );
}
// (A module script runs before the load event, so the first branch is for safety only.)
if (document.readyState === 'complete') prefetchLaterParts();
else window.addEventListener('load', prefetchLaterParts, { once: true });
