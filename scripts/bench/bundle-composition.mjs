// What the first-step JavaScript is made of: each chunk's minified code traced back through
// its source map to the source file, then grouped by npm package (or "the app's own code").
// Shows where to trim when the bundle is over budget. Needs the build's .map files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Value = new Map([...base64].map((char, index) => [char, index]));

/** Decodes one mappings segment ("AAAA,...") into its numbers (source map v3 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = base64Value.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** "…/node_modules/@mui/material/Button/Button.js" -> "@mui/material"; app code -> "(the app: src/)". */
export function packageOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at === -1) return source.includes('src/') ? '(the app: src/)' : '(other)';
  const [first, second] = source.slice(at + 'node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** Appends each piece of one chunk's minified code to its source package's list of pieces. */
function splitByPackage(code, map, pieces) {
  const add = (name, text) => {
    if (!pieces.has(name)) pieces.set(name, []);
    pieces.get(name).push(text);
  };
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    // [generated column, package] for each segment of the line, in order.
    const segments = [];
    for (const segment of lineMappings.split(',')) {
      if (segment === '') continue;
      const values = decodeSegment(segment);
      column += values[0];
      if (values.length >= 4) {
        sourceIndex += values[1];
        segments.push([column, packageOf(map.sources[sourceIndex] ?? '')]);
      } else {
        segments.push([column, '(unmapped)']);
      }
    }
    const firstColumn = segments[0]?.[0] ?? line.length;
    if (firstColumn > 0) add('(unmapped)', line.slice(0, firstColumn));
    segments.forEach(([start, name], index) => {
      add(name, line.slice(start, segments[index + 1]?.[0] ?? line.length));
    });
  });
}

/**
 * The minified bytes of `chunks` (measureBundle's) by source package, each also gzipped on
 * its own. Largest first; null when there is nothing to read.
 */
export function firstStepComposition(distDir, chunks) {
  const pieces = new Map();
  for (const chunk of chunks) {
    const code = readFileSync(join(distDir, chunk.file), 'utf8');
    const mapFile = join(distDir, `${chunk.file}.map`);
    if (existsSync(mapFile)) {
      splitByPackage(code, JSON.parse(readFileSync(mapFile, 'utf8')), pieces);
    } else {
      // Small generated chunks (the bundler's runtime) come without a map.
      if (!pieces.has('(no source map)')) pieces.set('(no source map)', []);
      pieces.get('(no source map)').push(code);
    }
  }
  if (pieces.size === 0) return null;
  return [...pieces.entries()]
    .map(([name, texts]) => {
      const text = Buffer.from(texts.join(''));
      return { name, bytes: text.length, gzipBytes: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
