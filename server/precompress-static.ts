// Writes a brotli (.br) and a gzip (.gz) copy beside each compressible file of the built app,
// once, when the production server starts, so @fastify/static serves them as they are
// (preCompressed) instead of compressing the same 400 kB script again for every browser.
// Copies that exist and are newer than their file are kept. Each is written under a temporary
// name and renamed, so a server reading the folder never sees half a file. When the folder
// cannot be written (a read-only image), the server compresses on each request instead.
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files smaller than this are sent as they are (the same threshold as @fastify/compress's). */
export const PRECOMPRESS_MIN_BYTES = 1024;

// Text the browser loads. Source maps are left out: only developer tools ask for them, and
// compressing several MB of them at every start after a build would cost more than it saves.
const compressibleExtensions = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.txt',
  '.xml',
  '.webmanifest',
]);

export type PrecompressResult = {
  /** Copies written now. */
  written: number;
  /** Copies that were already there and up to date. */
  kept: number;
  /** Why copies could not be written, if some could not (the first problem). */
  problem: string | null;
};

export async function precompressStaticFiles(root: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { written: 0, kept: 0, problem: null };
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && compressibleExtensions.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  await Promise.all(
    files.map(async (file) => {
      try {
        const source = await stat(file);
        if (source.size < PRECOMPRESS_MIN_BYTES) return;
        let data: Buffer | undefined;
        for (const [extension, compress] of encoders) {
          const target = file + extension;
          if (await isNewerThan(target, source.mtimeMs)) {
            result.kept += 1;
            continue;
          }
          data ??= await readFile(file);
          await writeAtomically(target, await compress(data));
          result.written += 1;
        }
      } catch (error) {
        result.problem ??= `${file}: ${(error as Error).message}`;
      }
    }),
  );
  return result;
}

// Brotli at its best quality: done once per build, not per request.
const encoders: ReadonlyArray<readonly [string, (data: Buffer) => Promise<Buffer>]> = [
  [
    '.br',
    (data) =>
      brotliCompress(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  ],
  ['.gz', (data) => gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION })],
];

async function isNewerThan(file: string, mtimeMs: number): Promise<boolean> {
  try {
    const copy = await stat(file);
    return copy.isFile() && copy.mtimeMs >= mtimeMs;
  } catch {
    return false;
  }
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}-${Date.now()}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
