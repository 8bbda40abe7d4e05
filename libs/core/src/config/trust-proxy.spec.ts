import { addressMatcher, parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it('trusts no proxy when unset, empty or false', () => {
    expect(parseTrustProxy(undefined)).toEqual({ value: false });
    expect(parseTrustProxy('')).toEqual({ value: false });
    expect(parseTrustProxy('false')).toEqual({ value: false });
  });

  it('takes a hop count or a list of addresses and CIDRs', () => {
    expect(parseTrustProxy('1')).toEqual({ value: 1 });
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1, fd00::/8')).toEqual({ value: ['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8'] });
  });

  it('refuses "trust anyone", a zero-width CIDR and anything that is not an address', () => {
    for (const raw of ['true', 'TRUE', '*', '0', '0.0.0.0/0', '::/0', 'proxy.example', '10.0.0.0/33', '1.2.3.4/8/1']) {
      expect(parseTrustProxy(raw)).toEqual({ problem: expect.any(String) });
    }
    expect(parseTrustProxy('true')).toEqual({ problem: expect.stringMatching(/never "true"/) });
  });

  it('matches addresses against a list of addresses and CIDRs', () => {
    const gateway = addressMatcher(['10.20.0.0/16', '2001:db8::1']);
    expect(gateway('10.20.3.4')).toBe(true);
    expect(gateway('::ffff:10.20.3.4')).toBe(true);
    expect(gateway('2001:db8::1')).toBe(true);
    expect(gateway('10.21.0.1')).toBe(false);
    expect(gateway(undefined)).toBe(false);
    expect(addressMatcher([])('10.20.3.4')).toBe(false);
  });
});
