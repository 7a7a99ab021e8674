// Which client address and scheme the proxy vouches for, with and without a trusted reverse proxy.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  forwardedFor,
  forwardedProto,
  stripIpv4MappedPrefix,
} from './client-address.ts';

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

describe('clientAddress', () => {
  const behindProxy = requestFrom('::ffff:10.0.0.5', {
    'x-forwarded-for': '198.51.100.23, 10.0.0.9',
  });

  it('is the socket address when forwarded headers are not trusted', () => {
    expect(clientAddress(behindProxy, false)).toBe('10.0.0.5');
  });

  it('is the leftmost X-Forwarded-For entry when they are trusted', () => {
    expect(clientAddress(behindProxy, true)).toBe('198.51.100.23');
  });

  it('reads entries with ports and brackets as proxies write them', () => {
    expect(
      clientAddress(requestFrom('10.0.0.5', { 'x-forwarded-for': '198.51.100.23:4711' }), true),
    ).toBe('198.51.100.23');
    expect(
      clientAddress(
        requestFrom('10.0.0.5', { 'x-forwarded-for': '[2001:db8::7]:4711, 10.0.0.9' }),
        true,
      ),
    ).toBe('2001:db8::7');
  });

  it('falls back to the socket address when the forwarded entry is not an address', () => {
    expect(clientAddress(requestFrom('10.0.0.5', { 'x-forwarded-for': 'unknown' }), true)).toBe(
      '10.0.0.5',
    );
    expect(clientAddress(requestFrom('10.0.0.5'), true)).toBe('10.0.0.5');
  });
});

describe('forwardedFor', () => {
  it('is just the peer without trust, and the chain plus the peer with it', () => {
    const request = requestFrom('::ffff:10.0.0.5', { 'x-forwarded-for': '198.51.100.23' });

    expect(forwardedFor(request, false)).toBe('10.0.0.5');
    expect(forwardedFor(request, true)).toBe('198.51.100.23, 10.0.0.5');
    expect(forwardedFor(requestFrom('10.0.0.5'), true)).toBe('10.0.0.5');
  });
});

describe('forwardedProto', () => {
  it('is the scheme of the connection to the portal', () => {
    expect(forwardedProto(requestFrom('10.0.0.5'), false)).toBe('http');
    expect(forwardedProto(requestFrom('10.0.0.5', {}, true), false)).toBe('https');
  });

  it("believes the proxy's X-Forwarded-Proto only when trusted, and only http or https", () => {
    const claimsHttps = requestFrom('10.0.0.5', { 'x-forwarded-proto': 'https' });

    expect(forwardedProto(claimsHttps, false)).toBe('http');
    expect(forwardedProto(claimsHttps, true)).toBe('https');
    expect(forwardedProto(requestFrom('10.0.0.5', { 'x-forwarded-proto': 'gopher' }), true)).toBe(
      'http',
    );
  });
});
