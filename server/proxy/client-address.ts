// Who the portal's client is, as the proxy tells Net3: the address stamped into requesterIP,
// the X-Forwarded-For chain and X-Forwarded-Proto. Forwarded headers from the client are only
// believed when the operator says a trusted reverse proxy sits in front (TRUST_PROXY), because
// anyone can send them, and then only as far as the chain of trusted proxies reaches.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { isTrustedHop, type TrustProxy } from './trusted-proxies.ts';

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

function headerValues(req: IncomingMessage, name: string): string[] {
  const value = req.headers[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value.join(',') : value).split(',').map((entry) => entry.trim());
}

/**
 * The addresses the request came through, nearest first: the socket peer, then X-Forwarded-For
 * from right to left while the entry before was a trusted proxy (proxy-addr's walk). The last
 * one is the client: the rightmost untrusted entry. Entries left of it were written by the
 * client and are never believed. An entry that is not an address ends the walk at the hop
 * that handed it over.
 */
export function trustedChain(req: IncomingMessage, trust: TrustProxy): string[] {
  const chain = [socketAddress(req)];
  const entries = headerValues(req, 'x-forwarded-for').reverse();
  for (const entry of entries) {
    if (!isTrustedHop(trust, chain[chain.length - 1]!, chain.length - 1)) break;
    const address = addressFromForwardedEntry(entry);
    if (address === null) break;
    chain.push(address);
  }
  return chain;
}

/** The client address the portal vouches for: the rightmost address not of a trusted proxy. */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return trustedChain(req, trust).at(-1)!;
}

/**
 * X-Forwarded-For for the upstream request: the client and the proxies between, as the portal
 * walked them (never the browser's own entries), ending with the portal's peer.
 */
export function forwardedFor(req: IncomingMessage, trust: TrustProxy): string {
  return trustedChain(req, trust).reverse().join(', ');
}

/**
 * A header a trusted proxy sets about the original request (X-Forwarded-Proto, -Host), or
 * undefined when the socket peer is not trusted. Each trusted proxy may append its own value,
 * so the one believed is the value the outermost trusted proxy wrote: anything left of it
 * came from the client.
 */
export function trustedForwardedValue(
  req: IncomingMessage,
  trust: TrustProxy,
  name: 'x-forwarded-proto' | 'x-forwarded-host',
): string | undefined {
  const chain = trustedChain(req, trust);
  const trustedHops = chain.filter((address, hop) => isTrustedHop(trust, address, hop)).length;
  const values = headerValues(req, name);
  if (trustedHops === 0 || values.length === 0) return undefined;
  return values[Math.max(0, values.length - trustedHops)] || undefined;
}

/** The scheme the client used to reach the portal (or its outermost trusted proxy). */
export function forwardedProto(req: IncomingMessage, trust: TrustProxy): 'http' | 'https' {
  const claimed = trustedForwardedValue(req, trust, 'x-forwarded-proto')?.toLowerCase();
  if (claimed === 'http' || claimed === 'https') return claimed;
  return (req.socket as Partial<TLSSocket>).encrypted === true ? 'https' : 'http';
}
