// How long a client may take to send its request, so a slow or silent one cannot hold a
// connection (and the memory of its half-read body) for ever: the headers within 10 s, and the
// whole body within 10 s after the headers. Either late gets 408 and the connection is closed.
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { sendServiceStackError } from './proxy/servicestack-error.ts';

export type RequestDeadlines = {
  /** From the connection's first byte of a request to the end of its headers. */
  headersMs: number;
  /** From the end of the headers to the body's last byte. */
  bodyMs: number;
};

export const PRODUCTION_REQUEST_DEADLINES: RequestDeadlines = { headersMs: 10_000, bodyMs: 10_000 };

export const REQUEST_TIMEOUT_MESSAGE =
  'The request did not arrive in time, so the portal stopped waiting for it and nothing was done. ' +
  'Check the connection and try again.';

/**
 * An http.Server whose requests are held to `deadlines`; `handle` sees each request once its
 * headers are in. Node enforces the headers' deadline itself (headersTimeout, checked every
 * connectionsCheckingInterval); the body's is a timer per request, since Node's requestTimeout
 * counts from the first byte of the headers, not from their end. requestTimeout stays as a
 * backstop for anything the timer misses.
 */
export function createServerWithDeadlines(
  deadlines: RequestDeadlines,
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Server {
  const server = http.createServer(
    // Checked this often, so a late request is cut off within a second (or a quarter of a short
    // test deadline) of its deadline rather than Node's default 30 s.
    { connectionsCheckingInterval: Math.min(1_000, Math.max(10, deadlines.headersMs / 4)) },
    (req, res) => {
      watchBody(req, res, deadlines.bodyMs);
      handle(req, res);
    },
  );
  server.headersTimeout = deadlines.headersMs;
  server.requestTimeout = deadlines.headersMs + deadlines.bodyMs;
  return server;
}

function watchBody(req: IncomingMessage, res: ServerResponse, bodyMs: number): void {
  if (req.complete) return; // no body, or it came with the headers
  const timer = setTimeout(() => {
    if (req.complete) return;
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    // Connection: close, so Node does not wait for the rest of the body to reuse the connection;
    // whoever is still reading the body then sees it closed.
    sendServiceStackError(res, 408, 'RequestTimeout', REQUEST_TIMEOUT_MESSAGE, {
      connection: 'close',
    });
    res.once('finish', () => req.socket.destroy());
  }, bodyMs);
  const stop = () => clearTimeout(timer);
  req.once('end', stop);
  res.once('close', stop);
}
