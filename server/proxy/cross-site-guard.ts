// Refuses state-changing /api requests that another site could have made the browser send.
// Besides the SameSite=Strict session cookie, each must carry `X-Net3-Portal: 1`: a cross-site
// form cannot set a header, and a cross-site fetch with one needs a CORS preflight the portal
// never grants. When the browser says where the request came from (Origin), it must be the
// portal's own origin, scheme included (http://portal is another origin than https://portal,
// and a page served over plain http could have been rewritten on the way), or one of the extra
// origins the configuration allows (ALLOWED_ORIGINS).
import type { IncomingMessage } from 'node:http';
import {
  PORTAL_REQUEST_HEADER,
  PORTAL_REQUEST_HEADER_VALUE,
} from '../../src/provisioning/contract/portal-wire.ts';
import { forwardedProto, trustedForwardedValue } from './client-address.ts';
import type { TrustProxy } from './trusted-proxies.ts';

/** Methods that change nothing; every other method must pass the guard. */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/** null when the request may go on; otherwise the message for a 403. */
export function crossSiteRefusal(
  req: IncomingMessage,
  trustProxy: TrustProxy,
  allowedOrigins: readonly string[] = [],
): string | null {
  const marker = req.headers[PORTAL_REQUEST_HEADER.toLowerCase()];
  if (typeof marker !== 'string' || marker.trim() !== PORTAL_REQUEST_HEADER_VALUE) {
    return (
      `The portal only accepts this request from its own pages (the ${PORTAL_REQUEST_HEADER} header ` +
      'is missing), so nothing was done. Reload the portal and try again.'
    );
  }
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  const from = originOf(origin);
  const own = portalOrigin(req, trustProxy);
  if (from === null || (from !== own && !allowedOrigins.includes(from))) {
    // The portal's own origin is named too: behind a proxy that ends TLS without TRUST_PROXY,
    // the portal believes it is on http://, and this is where an operator sees it.
    return (
      `The portal only accepts this request from its own pages (${JSON.stringify(own ?? '?')}), ` +
      `and this one came from ${JSON.stringify(origin.slice(0, 100))}, so nothing was done.`
    );
  }
  return null;
}

/** scheme://host[:port] of an Origin header, normalised; null for "null" or anything unparsable. */
export function originOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.host === '' ? null : url.origin;
  } catch {
    return null;
  }
}

/** The portal's own origin as the browser addressed it: scheme (trusted proxy or socket) and host. */
function portalOrigin(req: IncomingMessage, trustProxy: TrustProxy): string | null {
  const host = requestHost(req, trustProxy);
  return host === null ? null : originOf(`${forwardedProto(req, trustProxy)}://${host}`);
}

// The host the browser addressed. Behind a trusted reverse proxy that rewrites Host, the
// original is in X-Forwarded-Host.
function requestHost(req: IncomingMessage, trustProxy: TrustProxy): string | null {
  const claimed = trustedForwardedValue(req, trustProxy, 'x-forwarded-host');
  const host = claimed || req.headers.host;
  if (host === undefined || host === '') return null;
  // Normalised the way URL does (default ports dropped), so it compares with an Origin's host.
  try {
    return new URL(`http://${host}`).host.toLowerCase();
  } catch {
    return null;
  }
}
