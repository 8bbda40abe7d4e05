import { BlockList, isIP } from 'node:net';

/**
 * What Fastify's `trustProxy` is given: false (trust no proxy), a hop count,
 * or the addresses and CIDRs of the proxies whose X-Forwarded-For is believed.
 */
export type TrustProxy = false | number | string[];

/**
 * Reads TRUST_PROXY. Unset, empty or `false`: no proxy. A whole number: that
 * many hops. Otherwise a comma-separated list of IPv4/IPv6 addresses or
 * CIDRs. `true` (or `*`, or a CIDR covering every address) is refused:
 * trusting any sender of X-Forwarded-For lets a client choose its own
 * address and escape every per-address limit.
 * Returns the value, or the problem as a sentence.
 */
export function parseTrustProxy(raw: string | undefined): { value: TrustProxy } | { problem: string } {
  const text = (raw ?? '').trim();
  if (text === '' || text.toLowerCase() === 'false') return { value: false };
  if (['true', 'yes', 'on', '*', 'all'].includes(text.toLowerCase())) {
    return {
      problem: `must be a hop count or a comma-separated list of trusted proxy addresses/CIDRs, never "${text}": trusting every proxy lets any client choose its own address (got "${text}")`,
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) return { problem: `a hop count must be 1 to 10 (got "${text}")` };
    return { value: hops };
  }
  const list = parseAddressList(text);
  if ('problem' in list) return { problem: `must be a hop count or a comma-separated list of proxy addresses/CIDRs; ${list.problem} (got "${text}")` };
  return { value: list.value };
}

/** A comma-separated list of IPv4/IPv6 addresses and CIDRs (none covering every address), or the entry that is not one. */
export function parseAddressList(text: string): { value: string[] } | { problem: string } {
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const maxPrefix = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= maxPrefix && Number(prefix) > 0);
    if (family === 0 || extra !== undefined || !prefixOk) return { problem: `"${entry}" is not an address or CIDR` };
  }
  return { value: entries };
}

/** Whether an address is in a list of addresses and CIDRs (IPv4-mapped IPv6 addresses match their IPv4 entries). */
export function addressMatcher(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    if (!address || entries.length === 0) return false;
    const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
    return list.check(plain, isIP(plain) === 6 ? 'ipv6' : 'ipv4');
  };
}
