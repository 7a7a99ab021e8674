// Who the portal's client is, as the proxy tells Net3: the address stamped into requesterIP,
// the X-Forwarded-For chain and X-Forwarded-Proto. Forwarded headers from the client are only
// believed when the operator says a trusted reverse proxy sits in front (TRUST_PROXY), because
// anyone can send them.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';

/** '::ffff:203.0.113.7' (how a dual-stack socket reports an IPv4 peer) -> '203.0.113.7'. */
export function stripIpv4MappedPrefix(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4
    ? address.slice(7)
    : address;
}

/** The address of the peer connected to the portal (the browser, or the reverse proxy). */
export function socketAddress(req: IncomingMessage): string {
  return stripIpv4MappedPrefix(req.socket.remoteAddress ?? '');
}

// One X-Forwarded-For entry as proxies write it: '203.0.113.7', '203.0.113.7:51234',
// '[2001:db8::1]:51234' or '2001:db8::1'. Anything else is not an address.
function addressFromForwardedEntry(entry: string): string | null {
  let text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1] !== undefined) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  return isIP(text) === 0 ? null : stripIpv4MappedPrefix(text);
}

function firstHeaderValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The client address the portal vouches for: the socket address, or with trustProxy the
 * leftmost X-Forwarded-For entry (the original client, as recorded by the trusted proxy chain).
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const chain = firstHeaderValue(req.headers['x-forwarded-for']);
    const leftmost = chain?.split(',')[0];
    if (leftmost !== undefined) {
      const address = addressFromForwardedEntry(leftmost);
      if (address !== null) return address;
    }
  }
  return socketAddress(req);
}

/** X-Forwarded-For for the upstream request: the trusted chain plus our peer, or just our peer. */
export function forwardedFor(req: IncomingMessage, trustProxy: boolean): string {
  const peer = socketAddress(req);
  if (!trustProxy) return peer;
  const chain = firstHeaderValue(req.headers['x-forwarded-for'])?.trim();
  return chain ? `${chain}, ${peer}` : peer;
}

/** The scheme the client used to reach the portal (or, with trustProxy, the first proxy). */
export function forwardedProto(req: IncomingMessage, trustProxy: boolean): 'http' | 'https' {
  if (trustProxy) {
    const claimed = firstHeaderValue(req.headers['x-forwarded-proto'])
      ?.split(',')[0]
      ?.trim()
      .toLowerCase();
    if (claimed === 'http' || claimed === 'https') return claimed;
  }
  return (req.socket as Partial<TLSSocket>).encrypted === true ? 'https' : 'http';
}
