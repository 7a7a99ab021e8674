// Build time only (vite build --ssr, then scripts/prerender-entry-pages.mjs): renders an entry
// page of the app to HTML with React's static renderer, which waits for the lazy parts the page
// shows (the Sign in page) so the HTML is the page a person sees, not a loading panel, and reads
// back the styles that HTML uses from Emotion, for the page's <head>. The browser then hydrates
// it (src/main.tsx). Nothing here runs in the browser or in the production server.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import createEmotionServer from '@emotion/server/create-instance';
import { App } from '../app/app.tsx';
import { createPortalEmotionCache } from '../app/emotion-cache.ts';
import { renderPathnameOnServer } from '../app/navigation.ts';
import { createQueryClient } from '../app/query-client.ts';
import {
  PRERENDERED_ENTRY_PAGES,
  STAFF_NAME_PLACEHOLDER,
  type PrerenderedEntryPage,
} from '../provisioning/contract/entry-page-bootstrap.ts';
import { SESSION_QUERY_KEY } from '../provisioning/steps/provisioning-queries.ts';
import { firstStepId, stepTitle } from '../provisioning/steps/wizard-steps.ts';
import { resellerAudienceDescription } from '../provisioning/audience/reseller-audience-description.ts';
import { staffAudienceDescription } from '../provisioning/audience/staff-audience-description.ts';
import { signInPageTitle } from '../auth/sign-in-page.tsx';

export type RenderedEntryPage = {
  /** What goes inside #root. */
  html: string;
  /** The <style> elements for the page's <head>. */
  styleTags: string;
  /** The document title the page gives itself once alive (its effects do not run here). */
  title: string;
};

const titles: Record<PrerenderedEntryPage, () => string> = {
  signIn: () => signInPageTitle(false),
  signup: () => stepTitle(firstStepId, false, resellerAudienceDescription.siteName),
  staffWizard: () => stepTitle(firstStepId, false, staffAudienceDescription.siteName),
};

export async function renderEntryPage(page: PrerenderedEntryPage): Promise<RenderedEntryPage> {
  renderPathnameOnServer(PRERENDERED_ENTRY_PAGES[page].path);
  const queryClient = createQueryClient();
  if (page === 'staffWizard') {
    // The wizard's first step as any signed-in person sees it; the server writes the person's
    // name over the placeholder when it sends the page (server/entry-pages.ts).
    queryClient.setQueryData(SESSION_QUERY_KEY, {
      userName: '',
      displayName: STAFF_NAME_PLACEHOLDER,
    });
  }
  const emotionCache = createPortalEmotionCache();
  const emotionServer = createEmotionServer(emotionCache);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App queryClient={queryClient} emotionCache={emotionCache} />
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  // `data-s` tells Emotion's default cache (key 'css', made when @emotion/react loads) that
  // these tags are not its own to move to the end of <head> (decision 012).
  const styleTags = emotionServer
    .constructStyleTagsFromChunks(emotionServer.extractCriticalToChunks(html))
    .replaceAll('<style data-emotion=', '<style data-s="" data-emotion=');
  if (!styleTags.includes('data-s=""')) {
    throw new Error(`the ${page} page's style tags are not in the form the prerender expects`);
  }
  return { html, styleTags, title: titles[page]() };
}
