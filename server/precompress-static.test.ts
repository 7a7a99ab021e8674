// Compressed copies of the built app, written once: which files get them, that they decode to
// the file, and that up-to-date copies are kept while stale ones are replaced.
import { mkdtemp, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressStaticFiles } from './precompress-static.ts';

const script = `console.log(${JSON.stringify('Net3 Customer Portal '.repeat(200))});\n`;
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'portal-precompress-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'assets', 'index-abc.js'), script);
  await writeFile(path.join(root, 'assets', 'index-abc.js.map'), script);
  await writeFile(path.join(root, 'assets', 'logo.png'), script);
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>small</title>');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('precompressStaticFiles', () => {
  it('writes .br and .gz beside compressible files of 1 KiB or more, and only those', async () => {
    const result = await precompressStaticFiles(root);

    expect(result).toEqual({ written: 2, kept: 0, problem: null });
    const file = path.join(root, 'assets', 'index-abc.js');
    expect(brotliDecompressSync(await readFile(`${file}.br`)).toString('utf8')).toBe(script);
    expect(gunzipSync(await readFile(`${file}.gz`)).toString('utf8')).toBe(script);
    expect((await readdir(path.join(root, 'assets'))).sort()).toEqual([
      'index-abc.js',
      'index-abc.js.br',
      'index-abc.js.gz',
      'index-abc.js.map',
      'logo.png',
    ]);
    expect(await readdir(root)).not.toContain('index.html.br');
  });

  it('keeps copies newer than their file, and replaces copies older than it', async () => {
    await precompressStaticFiles(root);
    const again = await precompressStaticFiles(root);
    const file = path.join(root, 'assets', 'index-abc.js');
    const changed = script.replace('Portal', 'Portals');
    await writeFile(file, changed);
    const past = new Date(Date.now() - 60_000);
    await utimes(`${file}.br`, past, past);
    await utimes(`${file}.gz`, past, past);

    const afterChange = await precompressStaticFiles(root);

    expect(again).toEqual({ written: 0, kept: 2, problem: null });
    expect(afterChange).toEqual({ written: 2, kept: 0, problem: null });
    expect(brotliDecompressSync(await readFile(`${file}.br`)).toString('utf8')).toBe(changed);
  });

  it('says why when a copy cannot be written, and goes on', async () => {
    // A folder where the copy should go: it cannot be replaced by a file.
    await mkdir(path.join(root, 'assets', 'index-abc.js.br'));

    const result = await precompressStaticFiles(root);

    expect(result.problem).toMatch(/index-abc\.js/);
    expect(await readdir(path.join(root, 'assets'))).not.toContainEqual(
      expect.stringMatching(/\.tmp$/),
    );
  });
});
