// The entry pages the production server sends: the HTML prerendered at build time
// (scripts/prerender-entry-pages.mjs, dist/prerendered/), with what the server knows on this
// request written into it. '/' is the staff wizard for a signed-in person, with who they are
// and the choice lists its first step offers, and the Sign in page for anyone else (the
// address becomes /sign-in in the browser): no page waits for /api/auth, then for a lazy
// Sign in page, before anything is painted. See docs/decisions/011-prerendered-entry-pages.md.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import {
  ENTRY_PAGE_BOOTSTRAP_MARKER,
  entryPageBootstrapScript,
  PRERENDERED_ENTRY_PAGES,
  STAFF_NAME_PLACEHOLDER,
  type EntryPageBootstrap,
} from '../src/provisioning/contract/entry-page-bootstrap.ts';
import { staffDisplayName } from '../src/provisioning/contract/staff-display-name.ts';
import { readChoiceLists } from './proxy/choice-lists.ts';
import type { PortalApi } from './proxy/portal-api.ts';
import { authenticateResponseOf } from './session/staff-identity.ts';

export type EntryPageAnswer = {
  html: string;
  /** '/' names a person: never kept by a cache. The others are the same for everyone. */
  cacheControl: 'no-store' | 'no-cache';
};

export type EntryPages = {
  /** The page for a GET of `urlPath`, or null when it is not an entry page. */
  answer(
    urlPath: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<EntryPageAnswer | null>;
};

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

function withBootstrap(html: string, bootstrap: EntryPageBootstrap): string {
  return html.replace(ENTRY_PAGE_BOOTSTRAP_MARKER, () => entryPageBootstrapScript(bootstrap));
}

/**
 * Reads the prerendered pages from `distDir`; null when the build has none (the production
 * server then sends index.html for every page, as before they existed).
 */
export function loadEntryPages(distDir: string, portalApi: PortalApi): EntryPages | null {
  const read = (file: string) => {
    const full = path.join(distDir, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : null;
  };
  const signIn = read(PRERENDERED_ENTRY_PAGES.signIn.file);
  const signup = read(PRERENDERED_ENTRY_PAGES.signup.file);
  const staffWizard = read(PRERENDERED_ENTRY_PAGES.staffWizard.file);
  if (signIn === null || signup === null || staffWizard === null) return null;
  const signedOut: EntryPageBootstrap = { session: null };
  const staffWizardPage = staffWizard;
  const signInForAnyone = withBootstrap(signIn, signedOut);
  const signupForAnyone = withBootstrap(signup, signedOut);

  async function staffWizardFor(req: IncomingMessage, res: ServerResponse): Promise<string> {
    const identity = await portalApi.currentStaff(req, res);
    if (identity === null) return signInForAnyone;
    const session = authenticateResponseOf(identity);
    // A choice lists file that cannot be read is left to the page, which asks and says so.
    const choiceLists = await readChoiceLists(portalApi.choiceListsFile).catch(() => undefined);
    return withBootstrap(
      staffWizardPage.replaceAll(STAFF_NAME_PLACEHOLDER, () =>
        escapeHtml(staffDisplayName(session)),
      ),
      { session, choiceLists },
    );
  }

  return {
    async answer(urlPath, req, res) {
      const page = urlPath.replace(/\/+$/, '') || '/';
      if (page === PRERENDERED_ENTRY_PAGES.staffWizard.path) {
        return { html: await staffWizardFor(req, res), cacheControl: 'no-store' };
      }
      if (page === PRERENDERED_ENTRY_PAGES.signIn.path) {
        return { html: signInForAnyone, cacheControl: 'no-cache' };
      }
      if (page === PRERENDERED_ENTRY_PAGES.signup.path) {
        return { html: signupForAnyone, cacheControl: 'no-cache' };
      }
      return null;
    },
  };
}
