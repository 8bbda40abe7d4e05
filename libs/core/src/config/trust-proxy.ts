import { isIP } from 'node:net';

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
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const maxPrefix = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= maxPrefix && Number(prefix) > 0);
    if (family === 0 || extra !== undefined || !prefixOk) {
      return { problem: `must be a hop count or a comma-separated list of proxy addresses/CIDRs; "${entry}" is neither (got "${text}")` };
    }
  }
  return { value: entries };
}
