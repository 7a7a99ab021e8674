// Measures the JavaScript a browser must fetch before the first wizard step is
// interactive: the entry chunk and everything it imports statically (transitively),
// read from Vite's build manifest and gzipped at level 9. Used by the size check in
// `npm test` and by `npm run bench`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_STEP_BUDGET_BYTES = 150 * 1000;

function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function measureBundle(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);

  const firstStep = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || firstStep.has(chunk.file)) return;
    firstStep.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0][0]);

  const assetsDir = join(distDir, 'assets');
  const chunks = readdirSync(assetsDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const file = `assets/${name}`;
      return {
        file,
        bytes: readFileSync(join(distDir, file)).length,
        gzipBytes: gzipSize(join(distDir, file)),
        firstStep: firstStep.has(file),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  const sum = (list) => list.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  return {
    firstStepGzipBytes: sum(chunks.filter((chunk) => chunk.firstStep)),
    totalGzipBytes: sum(chunks),
    chunks,
  };
}
