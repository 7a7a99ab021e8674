// TRUST_PROXY: which reverse proxies in front of the portal may speak for the client in
// X-Forwarded-For / -Proto / -Host. The forms follow proxy-addr (Express, Fastify): a hop count
// ("1": one reverse proxy in front), or a list of addresses and CIDRs of the proxies (plus
// proxy-addr's names loopback, linklocal, uniquelocal). "true" is refused: believing every hop
// lets a browser choose its own address by writing X-Forwarded-For itself.
import { BlockList, isIP } from 'node:net';

export type TrustProxy =
  /** Trust nothing: the socket peer is the client. */
  | false
  /** The nearest `hops` peers (the socket first) are proxies. */
  | { readonly hops: number }
  /** Peers with these addresses or in these networks are proxies. */
  | { readonly addresses: readonly string[] };

const NAMED_NETWORKS: Record<string, readonly string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

const FORMS =
  'Give a hop count (e.g. 1 for one reverse proxy in front of the portal) or the addresses/CIDRs ' +
  'of the trusted proxies, comma-separated (e.g. 10.0.0.7, 192.168.0.0/16, loopback); ' +
  'false or unset trusts nothing';

export type TrustProxyReading = { ok: true; value: TrustProxy } | { ok: false; message: string };

/** TRUST_PROXY's text (trimmed, non-blank) as a TrustProxy, or why it cannot be one. */
export function parseTrustProxy(text: string): TrustProxyReading {
  const word = text.toLowerCase();
  if (['false', 'no', 'off'].includes(word)) return { ok: true, value: false };
  if (['true', 'yes', 'on'].includes(word)) {
    return {
      ok: false,
      message:
        `must say which proxies to trust, not "${text}": trusting every hop would believe the ` +
        `X-Forwarded-For entries a browser writes itself. ${FORMS}`,
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 100)
      return { ok: false, message: `is ${hops} hops, more than any real chain. ${FORMS}` };
    return { ok: true, value: hops === 0 ? false : { hops } };
  }
  const addresses = text.split(',').map((entry) => entry.trim());
  const wrong = addresses.filter((entry) => !isTrustEntry(entry));
  if (wrong.length > 0) {
    const listed = wrong.map((entry) => JSON.stringify(entry.slice(0, 60))).join(', ');
    return { ok: false, message: `has ${listed}, neither an address nor a CIDR. ${FORMS}` };
  }
  return { ok: true, value: { addresses } };
}

function isTrustEntry(entry: string): boolean {
  if (entry.toLowerCase() in NAMED_NETWORKS) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const compiled = new WeakMap<object, BlockList>();

function blockListOf(trust: { readonly addresses: readonly string[] }): BlockList {
  let list = compiled.get(trust);
  if (list !== undefined) return list;
  list = new BlockList();
  for (const entry of trust.addresses) {
    for (const network of NAMED_NETWORKS[entry.toLowerCase()] ?? [entry]) {
      const [address = '', prefix] = network.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
  }
  compiled.set(trust, list);
  return list;
}

/** Is the peer at `address`, `hop` steps from the portal (0: the socket peer), a trusted proxy? */
export function isTrustedHop(trust: TrustProxy, address: string, hop: number): boolean {
  if (trust === false) return false;
  if ('hops' in trust) return hop < trust.hops;
  const family = isIP(address);
  return family !== 0 && blockListOf(trust).check(address, family === 6 ? 'ipv6' : 'ipv4');
}
