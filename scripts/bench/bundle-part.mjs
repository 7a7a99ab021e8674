// Part 1 of `npm run bench`: the JavaScript the browser needs before the first wizard step
// is interactive, against its gzip budget, with every chunk listed. The measuring itself is
// measureBundle() in first-step-bundle.mjs, shared with the `npm run check:size` gate.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstStepComposition } from './bundle-composition.mjs';
import { FIRST_STEP_BUDGET_BYTES, measureBundle } from './first-step-bundle.mjs';
import { figure, formatKilobytes, partResult, table } from './bench-figures.mjs';

export function runBundlePart({ distDir }) {
  const { firstStepGzipBytes, totalGzipBytes, chunks } = measureBundle(distDir);
  const composition = firstStepComposition(
    distDir,
    chunks.filter((chunk) => chunk.firstStep),
  );
  const shown = composition?.slice(0, 15) ?? [];
  const cssFiles = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.css'));
  const rest = composition?.slice(15) ?? [];
  return partResult({
    figures: [
      figure('First step JS (entry + static imports), gzip', firstStepGzipBytes, {
        max: FIRST_STEP_BUDGET_BYTES,
        format: formatKilobytes,
      }),
      figure('All JS, gzip', totalGzipBytes, { format: formatKilobytes }),
      figure('JS chunks', chunks.length),
      // One since decision 008 (vite.config.ts puts the entry's static graph in the entry chunk);
      // more means the first step pays per-chunk import/export glue again.
      figure('Chunks loaded for the first step', chunks.filter((chunk) => chunk.firstStep).length),
    ],
    tables: [
      table(
        'Chunks (largest first)',
        ['Chunk', 'Raw', 'Gzip', 'Loaded for the first step'],
        chunks.map((chunk) => [
          chunk.file,
          formatKilobytes(chunk.bytes),
          formatKilobytes(chunk.gzipBytes),
          chunk.firstStep ? 'yes' : 'no (lazy)',
        ]),
      ),
      ...(composition
        ? [
            table(
              'First-step JS by source package (from the source maps; each gzipped on its own, so the sum is a little above the real total)',
              ['Package', 'Minified', 'Gzip alone'],
              [
                ...shown.map((entry) => [
                  entry.name,
                  formatKilobytes(entry.bytes),
                  formatKilobytes(entry.gzipBytes),
                ]),
                ...(rest.length > 0
                  ? [
                      [
                        `${rest.length} others`,
                        formatKilobytes(rest.reduce((sum, entry) => sum + entry.bytes, 0)),
                        formatKilobytes(rest.reduce((sum, entry) => sum + entry.gzipBytes, 0)),
                      ],
                    ]
                  : []),
              ],
            ),
          ]
        : []),
    ],
    notes: [
      'From dist/.vite/manifest.json: the entry chunk and every chunk it imports statically, ' +
        'transitively; each file gzipped at level 9 (what a browser downloads with gzip; brotli is smaller). ' +
        (cssFiles.length === 0
          ? 'The build has no CSS files (MUI styles are made by JS at run time).'
          : `CSS is not counted: ${cssFiles.join(', ')}.`),
    ],
    data: { firstStepGzipBytes, totalGzipBytes, chunks, composition },
  });
}
