// The security headers on every response of the production server (static files and /api):
// helmet's, with a strict Content-Security-Policy. They are the same for every request (no
// nonces), but @fastify/helmet rebuilds helmet's middleware, parsing the CSP directives again,
// on each request, which was a measurable part of what an /api request cost. So helmet is asked
// once, at start, what it sets, and the server sets those headers itself.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import Fastify from 'fastify';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';

const helmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // MUI (emotion) injects <style> elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * Development only: Vite writes two small scripts inline (its client's and React Refresh's
 * preamble), and marks them with this nonce (its html.cspNonce); nothing else is allowed more.
 */
function withScriptNonce(options: FastifyHelmetOptions, nonce?: string): FastifyHelmetOptions {
  if (nonce === undefined) return options;
  const csp = options.contentSecurityPolicy as { directives: Record<string, string[]> };
  return {
    ...options,
    contentSecurityPolicy: {
      ...csp,
      directives: { ...csp.directives, scriptSrc: ["'self'", `'nonce-${nonce}'`] },
    },
  };
}

// helmet sets no Permissions-Policy: every powerful feature the portal never uses is off, so
// an injected script or a framed page cannot ask for them either.
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Node's own answer to a request it could not parse (400, 431 headers too large, 408 too
 * slow), with the same security headers as every other answer; written on the raw socket,
 * as Node does, since there is no request object.
 */
export function answerClientError(
  headers: Readonly<OutgoingHttpHeaders>,
): (error: Error & { code?: string }, socket: Duplex) => void {
  const lines = Object.entries(headers)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${String(value)}\r\n`)
    .join('');
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\n${lines}content-length: 0\r\nconnection: close\r\n\r\n`,
    );
  };
}

/**
 * The headers @fastify/helmet sets with the options above, read from one request to a throwaway
 * Fastify instance: at the end of onRequest, helmet's headers are the only ones on the response.
 */
export async function readSecurityHeaders(
  options: { scriptNonce?: string } = {},
): Promise<Readonly<OutgoingHttpHeaders>> {
  const probe = Fastify({ logger: false });
  await probe.register(fastifyHelmet, withScriptNonce(helmetOptions, options.scriptNonce));
  let headers: OutgoingHttpHeaders = {};
  probe.addHook('onRequest', (_request, reply, done) => {
    headers = reply.raw.getHeaders();
    done();
  });
  probe.get('/', async () => '');
  try {
    await probe.inject({ method: 'GET', url: '/' });
  } finally {
    await probe.close();
  }
  if (headers['content-security-policy'] === undefined) {
    throw new Error(
      '@fastify/helmet set no Content-Security-Policy: the security headers are missing.',
    );
  }
  return Object.freeze({ ...headers, 'permissions-policy': PERMISSIONS_POLICY });
}

/** Puts the security headers on a response (before it is written). */
export function setSecurityHeaders(
  res: ServerResponse,
  headers: Readonly<OutgoingHttpHeaders>,
): void {
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
}
