// How the browser starts a page the production server sent (src/main.tsx): the answers the
// server wrote into it go into the query cache, the address is set to the page that was sent,
// and the prerendered HTML is hydrated when the app's first render will be the same HTML,
// else rendered afresh over it. See docs/decisions/011-prerendered-entry-pages.md.
import type { QueryClient } from '@tanstack/react-query';
import { readChoiceLists } from '../provisioning/api/choice-lists.ts';
import { readAuthenticateResponse } from '../provisioning/api/get-session.ts';
import {
  ENTRY_PAGE_BOOTSTRAP_ID,
  PRERENDERED_ENTRY_PAGES,
  PRERENDERED_PATH_ATTRIBUTE,
  type EntryPageBootstrap,
} from '../provisioning/contract/entry-page-bootstrap.ts';
import { anyDraftInThisTab } from '../provisioning/form/draft-storage.ts';
import {
  choiceListsQueryOptions,
  SESSION_QUERY_KEY,
} from '../provisioning/steps/provisioning-queries.ts';
import { stepFromSearch } from '../provisioning/steps/wizard-steps.ts';
import { signInUrl } from '../auth/sign-in-url.ts';
import { SIGN_IN_PATH } from './app-paths.ts';
import { normalisePathname } from './navigation.ts';

function readBootstrap(): EntryPageBootstrap | null {
  const text = document.getElementById(ENTRY_PAGE_BOOTSTRAP_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as EntryPageBootstrap;
  } catch {
    return null;
  }
}

/** What the server said goes into the cache, read as its /api answers would be. */
function seedQueryCache(queryClient: QueryClient, bootstrap: EntryPageBootstrap): void {
  try {
    if (bootstrap.session !== null) {
      queryClient.setQueryData(SESSION_QUERY_KEY, readAuthenticateResponse(bootstrap.session));
    }
    if (bootstrap.choiceLists !== undefined) {
      queryClient.setQueryData(
        choiceListsQueryOptions().queryKey,
        readChoiceLists(bootstrap.choiceLists),
      );
    }
  } catch {
    // Not the shape expected: the page asks the portal itself, as without a bootstrap.
  }
}

/**
 * Prepares the page and says whether its HTML can be hydrated: only when the app will render
 * exactly what was prerendered. A draft in this tab, a success page or notice kept in the
 * history entry, a wizard step or referral in the address: each is shown by rendering afresh.
 */
export function startEntryPage(root: HTMLElement, queryClient: QueryClient): boolean {
  const bootstrap = readBootstrap();
  if (bootstrap !== null) seedQueryCache(queryClient, bootstrap);
  const prerenderedPath = root.getAttribute(PRERENDERED_PATH_ATTRIBUTE);
  if (prerenderedPath === null) return false;
  const search = window.location.search;
  const pathname = normalisePathname(window.location.pathname);
  // The server sends the Sign in page in place of a staff page when nobody is signed in; the
  // address becomes Sign in's, remembering the wizard step, as the app's own redirect would.
  if (prerenderedPath === SIGN_IN_PATH && pathname !== SIGN_IN_PATH) {
    window.history.replaceState(window.history.state, '', signInUrl(stepFromSearch(search)));
    return window.history.state === null;
  }
  if (pathname !== prerenderedPath || window.history.state !== null) return false;
  if (prerenderedPath === PRERENDERED_ENTRY_PAGES.signIn.path) return true;
  return search === '' && !anyDraftInThisTab();
}
