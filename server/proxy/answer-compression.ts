// Compression of Net3's answers on their way to the browser. /api never passes through Fastify
// (or Vite), so @fastify/compress never sees these answers: this is the only code that
// compresses them (decision 005). Small answers, most of Net3's, are sent as they are.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import zlib from 'node:zlib';

// Responses smaller than this are sent as they are: compressing them costs more time than it saves.
const COMPRESSION_THRESHOLD_BYTES = 1024;

const compressibleType = /^\s*(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|javascript))/i;

export type AnswerEncoding = 'br' | 'gzip';

export type AnswerCompression = {
  /** The answer's type could be compressed: its headers say Vary: Accept-Encoding. */
  compressible: boolean;
  /** The encoding to send it in, or null to send it as it came. */
  encoding: AnswerEncoding | null;
};

/** Whether, and how, to compress Net3's answer for this browser. */
export function chooseCompression(
  browserHeaders: IncomingHttpHeaders,
  upstream: IncomingMessage,
): AnswerCompression {
  const status = upstream.statusCode ?? 502;
  const length = upstream.headers['content-length'];
  const contentType = upstream.headers['content-type'];
  const compressible =
    status !== 204 &&
    status !== 304 &&
    upstream.headers['content-encoding'] === undefined &&
    contentType !== undefined &&
    compressibleType.test(contentType);
  // Without a Content-Length the size is unknown; Net3's answers are small, so leave those be.
  const encoding =
    compressible && length !== undefined && Number(length) >= COMPRESSION_THRESHOLD_BYTES
      ? preferredEncoding(headersValue(browserHeaders['accept-encoding']))
      : null;
  return { compressible, encoding };
}

/** A compressing stream for an answer of `length` bytes. */
export function createEncoder(
  encoding: AnswerEncoding,
  length: number,
): zlib.Gzip | zlib.BrotliCompress {
  if (encoding === 'gzip') return zlib.createGzip();
  return zlib.createBrotliCompress({
    params: {
      // Brotli's default (11) is meant for build time; at run time it costs more than it saves.
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: length,
    },
  });
}

function preferredEncoding(acceptEncoding: string | undefined): AnswerEncoding | null {
  if (acceptEncoding === undefined) return null;
  let gzip = false;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';');
    const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(parameter));
    if (refused) continue;
    const coding = name.trim().toLowerCase();
    if (coding === 'br') return 'br';
    if (coding === 'gzip') gzip = true;
  }
  return gzip ? 'gzip' : null;
}

function headersValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
