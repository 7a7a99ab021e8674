// The prerendered entry pages (src/prerender/) and what the production server writes into
// them on each request (server/entry-pages.ts). Both sides import these names; neither
// spells them again.
//
// The server knows from the session cookie whether the person is signed in before it sends
// a byte, so it sends the right page and writes who is signed in, and the choice lists the
// first step offers, into it as JSON: the browser starts the page without asking /api/auth
// or /api/choice-lists first, one round trip each on a slow phone line.

/** The element that holds the page's bootstrap JSON (a non-executing script element). */
export const ENTRY_PAGE_BOOTSTRAP_ID = 'net3-portal-bootstrap';

/** On #root: the path the page's HTML was prerendered for. */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';

/** Where, in a prerendered page, the server writes the bootstrap script. */
export const ENTRY_PAGE_BOOTSTRAP_MARKER = '<!--net3-portal-bootstrap-->';

/** The pages prerendered at build time, and the file each is written to under dist/. */
export const PRERENDERED_ENTRY_PAGES = {
  signIn: { path: '/sign-in', file: 'prerendered/sign-in.html' },
  signup: { path: '/signup', file: 'prerendered/signup.html' },
  staffWizard: { path: '/', file: 'prerendered/staff-wizard.html' },
} as const;

/**
 * The signed-in person's name in the prerendered staff wizard: the server writes the name
 * (HTML-escaped, as staffDisplayName() words it) over it on each request, so the page shows who
 * is signed in before any JavaScript runs and hydration finds the same text.
 */
export const STAFF_NAME_PLACEHOLDER = 'NET3PORTALSTAFFNAME';

export type PrerenderedEntryPage = keyof typeof PRERENDERED_ENTRY_PAGES;

/**
 * What the server knows at the time it sends the page. `session` is the signed-in staff
 * member in AuthenticateResponse's shape (null: not signed in); `choiceLists` the body
 * GET /api/choice-lists would answer (only on the staff wizard). Both are read in the browser
 * with the same readers as those answers.
 */
export type EntryPageBootstrap = {
  session: Record<string, unknown> | null;
  choiceLists?: unknown;
};

/**
 * The bootstrap as a script element. `<` is escaped so no value can close the element or
 * open a comment, whatever a display name holds.
 */
export function entryPageBootstrapScript(bootstrap: EntryPageBootstrap): string {
  const json = JSON.stringify(bootstrap).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${ENTRY_PAGE_BOOTSTRAP_ID}">${json}</script>`;
}
