// Which client address and scheme the proxy vouches for, with and without trusted reverse
// proxies (TRUST_PROXY as a hop count or addresses, proxy-addr's walk from the right).
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  forwardedFor,
  forwardedProto,
  stripIpv4MappedPrefix,
} from './client-address.ts';
import { clientLimitKey } from '../limits/attempt-limiter.ts';
import { parseTrustProxy, type TrustProxy } from './trusted-proxies.ts';

function requestFrom(
  remoteAddress: string,
  headers: Record<string, string> = {},
  encrypted = false,
): IncomingMessage {
  return { socket: { remoteAddress, encrypted }, headers } as unknown as IncomingMessage;
}

describe('stripIpv4MappedPrefix', () => {
  it('turns an IPv4-mapped IPv6 address into the IPv4 address', () => {
    expect(stripIpv4MappedPrefix('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(stripIpv4MappedPrefix('::FFFF:10.1.2.3')).toBe('10.1.2.3');
  });

  it('leaves real IPv6 and IPv4 addresses alone', () => {
    expect(stripIpv4MappedPrefix('2001:db8::1')).toBe('2001:db8::1');
    expect(stripIpv4MappedPrefix('::ffff:abcd')).toBe('::ffff:abcd');
    expect(stripIpv4MappedPrefix('203.0.113.7')).toBe('203.0.113.7');
  });
});

const oneHop: TrustProxy = { hops: 1 };

describe('clientAddress', () => {
  // The browser wrote 198.51.100.23 itself; the one proxy (10.0.0.5) appended 10.0.0.9.
  const behindProxy = requestFrom('::ffff:10.0.0.5', {
    'x-forwarded-for': '198.51.100.23, 10.0.0.9',
  });

  it('is the socket address when forwarded headers are not trusted', () => {
    expect(clientAddress(behindProxy, false)).toBe('10.0.0.5');
  });

  it('is the rightmost entry behind one trusted hop, whatever the browser wrote to its left', () => {
    const issueExample = requestFrom('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 10.0.0.1' });

    expect(clientAddress(issueExample, oneHop)).toBe('10.0.0.1');
    expect(clientAddress(behindProxy, oneHop)).toBe('10.0.0.9');
    for (const forged of ['1.1.1.1', '2.2.2.2, 3.3.3.3', 'unknown']) {
      const rotated = requestFrom('127.0.0.1', { 'x-forwarded-for': `${forged}, 10.0.0.1` });
      expect(clientClientKey(rotated)).toBe(clientClientKey(issueExample));
    }
  });

  it('walks as many entries as there are trusted hops, and no further', () => {
    const twoProxies = requestFrom('10.0.0.5', {
      'x-forwarded-for': '6.6.6.6, 198.51.100.23, 10.0.0.9',
    });

    expect(clientAddress(twoProxies, { hops: 2 })).toBe('198.51.100.23');
    // Fewer entries than hops: the leftmost is as far as the chain goes.
    expect(
      clientAddress(requestFrom('10.0.0.5', { 'x-forwarded-for': '198.51.100.23' }), { hops: 3 }),
    ).toBe('198.51.100.23');
  });

  it('with addresses, skips the trusted proxies from the right and stops at the first other one', () => {
    const trust: TrustProxy = { addresses: ['10.0.0.0/8', 'loopback'] };

    expect(
      clientAddress(
        requestFrom('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.23, 10.1.2.3' }),
        trust,
      ),
    ).toBe('198.51.100.23');
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(clientAddress(requestFrom('192.0.2.44', { 'x-forwarded-for': '6.6.6.6' }), trust)).toBe(
      '192.0.2.44',
    );
    expect(
      clientAddress(requestFrom('2001:db8::1', { 'x-forwarded-for': '6.6.6.6' }), {
        addresses: ['2001:db8::/32'],
      }),
    ).toBe('6.6.6.6');
  });

  it('reads entries with ports and brackets as proxies write them', () => {
    expect(
      clientAddress(requestFrom('10.0.0.5', { 'x-forwarded-for': '198.51.100.23:4711' }), oneHop),
    ).toBe('198.51.100.23');
    expect(
      clientAddress(
        requestFrom('10.0.0.5', { 'x-forwarded-for': '10.0.0.9, [2001:db8::7]:4711' }),
        oneHop,
      ),
    ).toBe('2001:db8::7');
  });

  it('stops at the hop that handed over an entry that is not an address', () => {
    expect(clientAddress(requestFrom('10.0.0.5', { 'x-forwarded-for': 'unknown' }), oneHop)).toBe(
      '10.0.0.5',
    );
    expect(clientAddress(requestFrom('10.0.0.5'), oneHop)).toBe('10.0.0.5');
  });
});

function clientClientKey(request: IncomingMessage): string {
  return clientLimitKey(clientAddress(request, oneHop));
}

describe('forwardedFor', () => {
  it("is just the peer without trust, and the walked chain with it, never the browser's own entries", () => {
    const request = requestFrom('::ffff:10.0.0.5', { 'x-forwarded-for': '6.6.6.6, 198.51.100.23' });

    expect(forwardedFor(request, false)).toBe('10.0.0.5');
    expect(forwardedFor(request, oneHop)).toBe('198.51.100.23, 10.0.0.5');
    expect(forwardedFor(request, { hops: 2 })).toBe('6.6.6.6, 198.51.100.23, 10.0.0.5');
    expect(forwardedFor(requestFrom('10.0.0.5'), oneHop)).toBe('10.0.0.5');
  });
});

describe('forwardedProto', () => {
  it('is the scheme of the connection to the portal', () => {
    expect(forwardedProto(requestFrom('10.0.0.5'), false)).toBe('http');
    expect(forwardedProto(requestFrom('10.0.0.5', {}, true), false)).toBe('https');
  });

  it('believes X-Forwarded-Proto only from a trusted hop, and only http or https', () => {
    const claimsHttps = requestFrom('10.0.0.5', { 'x-forwarded-proto': 'https' });

    expect(forwardedProto(claimsHttps, false)).toBe('http');
    expect(forwardedProto(claimsHttps, oneHop)).toBe('https');
    expect(forwardedProto(claimsHttps, { addresses: ['10.0.0.6'] })).toBe('http');
    expect(forwardedProto(claimsHttps, { addresses: ['10.0.0.0/24'] })).toBe('https');
    expect(forwardedProto(requestFrom('10.0.0.5', { 'x-forwarded-proto': 'gopher' }), oneHop)).toBe(
      'http',
    );
  });

  it('takes the value the outermost trusted proxy appended, not one the browser put before it', () => {
    const appended = requestFrom('10.0.0.5', {
      'x-forwarded-for': '198.51.100.23, 10.0.0.9',
      'x-forwarded-proto': 'https, http',
    });

    expect(forwardedProto(appended, oneHop)).toBe('http');
    expect(forwardedProto(appended, { hops: 2 })).toBe('https');
  });
});

describe('parseTrustProxy', () => {
  it('reads a hop count, a list of addresses and CIDRs, or false', () => {
    expect(parseTrustProxy('1')).toEqual({ ok: true, value: { hops: 1 } });
    expect(parseTrustProxy('0')).toEqual({ ok: true, value: false });
    expect(parseTrustProxy('false')).toEqual({ ok: true, value: false });
    expect(parseTrustProxy('10.0.0.7, 192.168.0.0/16,loopback, 2001:db8::/32')).toEqual({
      ok: true,
      value: { addresses: ['10.0.0.7', '192.168.0.0/16', 'loopback', '2001:db8::/32'] },
    });
  });

  it('refuses true, saying to give a count or addresses', () => {
    const reading = parseTrustProxy('true');

    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/hop count .* or the addresses\/CIDRs/);
  });

  it('refuses entries that are neither an address nor a CIDR', () => {
    const reading = parseTrustProxy('10.0.0.7, proxy.internal, 10.0.0.0/33');

    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/"proxy.internal", "10.0.0.0\/33"/);
  });
});
