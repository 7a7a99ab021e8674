// The security headers on every response of the production server (static files and /api):
// helmet's, with a strict Content-Security-Policy. They are the same for every request (no
// nonces), but @fastify/helmet rebuilds helmet's middleware, parsing the CSP directives again,
// on each request, which was a measurable part of what an /api request cost. So helmet is asked
// once, at start, what it sets, and the server sets those headers itself.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
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
 * The headers @fastify/helmet sets with the options above, read from one request to a throwaway
 * Fastify instance: at the end of onRequest, helmet's headers are the only ones on the response.
 */
export async function readSecurityHeaders(): Promise<Readonly<OutgoingHttpHeaders>> {
  const probe = Fastify({ logger: false });
  await probe.register(fastifyHelmet, helmetOptions);
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
  return Object.freeze({ ...headers });
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
