// The last part of `npm run build`: writes the entry pages' HTML (the Sign in page, the
// signup's first step, the staff wizard's first step) into dist/prerendered/, from the app
// itself rendered by React's static renderer (src/prerender/, built for Node into
// build-prerender/ by `vite build --ssr`). Each page is dist/index.html with the page's HTML in
// #root, the styles it uses in <head>, a modulepreload for each lazy part it shows (so the
// browser fetches it with the entry script, not after it), and the marker where the
// production server writes what it knows on each request (server/entry-pages.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ENTRY_PAGE_BOOTSTRAP_MARKER,
  PRERENDERED_ENTRY_PAGES,
  PRERENDERED_PATH_ATTRIBUTE,
} from '../src/provisioning/contract/entry-page-bootstrap.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(repoRoot, 'dist');
const prerenderBuildDir = join(repoRoot, 'build-prerender');

// The lazy parts each page shows on its first screen: React's static renderer waits for them,
// so the HTML holds them, and hydration needs their code as soon as the entry's.
const lazyPartsShown = {
  signIn: ['src/auth/sign-in-page.tsx'],
  signup: [],
  staffWizard: [],
};

const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
const entryChunk = manifest['index.html'];

/** The chunk files a lazy part needs that the entry does not already load. */
function chunkFilesOf(source) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no chunk for ${key}.`);
    if (key === 'index.html' || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(source);
  files.delete(entryChunk.file);
  return [...files];
}

function fill(template, { path, html, styleTags, title, preloads }) {
  const root = '<div id="root"></div>';
  if (!template.includes(root) || !template.includes('</head>')) {
    throw new Error('dist/index.html has no empty <div id="root"></div> or no </head>.');
  }
  const links = preloads.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return template
    .replace(/<title>.*?<\/title>/, `<title>${escapedTitle}</title>`)
    .replace('</head>', `${links.join('')}${styleTags}</head>`)
    .replace(
      root,
      `<div id="root" ${PRERENDERED_PATH_ATTRIBUTE}="${path}">${html}</div>${ENTRY_PAGE_BOOTSTRAP_MARKER}`,
    );
}

const { renderEntryPage } = await import(
  pathToFileURL(join(prerenderBuildDir, 'render-entry-page.js')).href
);
const template = readFileSync(join(distDir, 'index.html'), 'utf8');
for (const [page, { path, file }] of Object.entries(PRERENDERED_ENTRY_PAGES)) {
  const { html, styleTags, title } = await renderEntryPage(page);
  // A Suspense fallback in the HTML ("<!--$!-->" client-rendered, "<!--$?-->" pending) would
  // be a loading panel where the page should be.
  if (html.includes('<!--$!-->') || html.includes('<!--$?-->')) {
    throw new Error(`The prerendered ${path} holds a loading fallback, not the page.`);
  }
  const preloads = lazyPartsShown[page].flatMap(chunkFilesOf);
  const out = join(distDir, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, fill(template, { path, html, styleTags, title, preloads }));
  console.log(`prerendered ${path} -> dist/${file} (${Math.round(html.length / 1024)} kB of HTML)`);
}
rmSync(prerenderBuildDir, { recursive: true, force: true });
