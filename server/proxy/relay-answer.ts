// Relays Net3's answer to a forwarded request to the browser as it streams in: the status, the
// few headers the browser may see, and the body, compressed when worth it. An answer cut off
// midway ends the browser's response as broken too, never as a shorter success.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { chooseCompression, createEncoder } from './answer-compression.ts';
import { apiResponseHeaders } from './servicestack-error.ts';

// Upstream response headers the browser gets. Everything else stays behind, notably Set-Cookie
// (an upstream session is the portal's, not the browser's) and WWW-Authenticate (it would make
// the browser pop up its own sign-in dialog).
const relayedResponseHeaders = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'retry-after',
] as const;

export function relayAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: IncomingMessage,
): void {
  const status = upstream.statusCode ?? 502;
  const headers: OutgoingHttpHeaders = { ...apiResponseHeaders };
  for (const name of relayedResponseHeaders) {
    const value = upstream.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const { compressible, encoding } = chooseCompression(req.headers, upstream);
  if (compressible) headers.vary = 'accept-encoding';
  if (encoding !== null) {
    delete headers['content-length'];
    headers['content-encoding'] = encoding;
  }
  res.writeHead(status, headers);
  // Plain pipe() rather than stream.pipeline(): pipeline allocates an AbortController (and an
  // AbortError with a stack trace) per call, a measurable cost at thousands of requests a second.
  // Errors on the answer show as an incomplete 'close' (the upstream client listens for them).
  upstream.once('close', () => {
    // Cut off mid-body (timeout, Net3 went away): end the browser's response as broken too.
    if (!upstream.complete) res.destroy();
  });
  if (encoding === null) {
    upstream.pipe(res);
    return;
  }
  const encoder = createEncoder(encoding, Number(upstream.headers['content-length']));
  encoder.once('error', () => res.destroy());
  upstream.pipe(encoder).pipe(res);
}
