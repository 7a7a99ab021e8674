// Vite builds the browser app, and in development serves it from source inside the portal's own
// server (server/dev-server.ts: `npm run dev`), which is the only host, as in production.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prefetchLaterParts } from './scripts/prefetch-later-parts-plugin.ts';

// `vite build --ssr` (part of `npm run build`) builds src/prerender/ for Node, to prerender the
// entry pages (scripts/prerender-entry-pages.mjs); it needs none of the browser build's settings.
const prerenderBuild = {
  outDir: 'build-prerender',
  emptyOutDir: true,
  sourcemap: false,
  rolldownOptions: { input: 'src/prerender/render-entry-page.tsx' },
};

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), prefetchLaterParts()],
  // 'hidden': maps are written (the key-leak test searches them) but no bundle points to one,
  // and the production server does not serve them.
  build: isSsrBuild
    ? prerenderBuild
    : {
        sourcemap: 'hidden',
        manifest: true,
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Every module the entry imports statically (rolldown's built-in `$initial` tag: the
              // entry's static import graph, so no list of folders to keep up to date) goes into the
              // entry chunk. Left alone, rolldown splits each module that the first step shares with
              // a lazy page into its own chunk (Box, Typography, portal-button, react-hook-form…):
              // a dozen chunks whose import/export glue and lost gzip context cost the first step
              // about 5 kB against its 150 kB budget. Modules that only lazy parts import are not
              // `$initial`, so later steps, the phone library, review, sign-in and the submissions
              // pages stay lazy. Decision 008.
              groups: [{ name: 'first-step', tags: ['$initial'] }],
            },
          },
        },
      },
}));
