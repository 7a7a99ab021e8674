// A Vite build plugin: the addresses of the wizard's later parts (the next steps, the form
// rules, what Submit and the success pages need) are written into the HTML as a JSON list, for
// src/app/prefetch-later-parts.ts to have the browser prefetch them (into its cache, not run)
// once the page is alive. Running them at idle (import()) cost the first page 0.3–0.4 s of
// main-thread work at 4x CPU, all of it counted as blocking time; they now run when they are
// needed (Next, Submit), from the cache, while Next or Submit says it is busy. Which parts:
// every module the loader modules below import dynamically, with the chunks those import, so
// adding a lazy part there prefetches it too. Decision 010.
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { LATER_PARTS_ELEMENT_ID } from '../src/app/prefetch-later-parts.ts';

/** The modules whose dynamic imports are the wizard's later parts; the first Next's first. */
const LATER_PART_LOADERS = [
  'src/provisioning/steps/lazy-form-rules.ts',
  'src/provisioning/steps/lazy-steps.ts',
  'src/signup/reseller-audience.ts',
];

export function prefetchLaterParts(): Plugin {
  let root = process.cwd();
  let base = '/';
  let laterParts: string[] = [];
  return {
    name: 'net3-prefetch-later-parts',
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildEnd(error) {
      // A build that failed already says why; a missing loader would only hide it.
      if (error) return;
      laterParts = LATER_PART_LOADERS.flatMap((file) => {
        const info = this.getModuleInfo(path.resolve(root, file));
        if (!info) throw new Error(`${file} is not in the build: update LATER_PART_LOADERS`);
        return info.dynamicallyImportedIds;
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const chunks = Object.values(bundle).filter(
          (output): output is Rollup.OutputChunk => output.type === 'chunk',
        );
        // The entry and what it imports statically are loaded by the page already.
        const initial = new Set([entry.fileName, ...entry.imports]);
        const files = new Set<string>();
        const add = (chunk: Rollup.OutputChunk | undefined) => {
          if (!chunk || initial.has(chunk.fileName) || files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) add(bundle[imported] as Rollup.OutputChunk);
        };
        for (const id of laterParts) add(chunks.find((chunk) => chunk.moduleIds.includes(id)));
        // JSON in a script element: `</` cannot occur in these addresses (chunk file names).
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: LATER_PARTS_ELEMENT_ID },
            children: JSON.stringify([...files].map((file) => `${base}${file}`)),
            injectTo: 'body' as const,
          },
        ];
      },
    },
  };
}
