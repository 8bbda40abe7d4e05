import { DomainError } from '../errors/domain-error';
import { canonicalJson, IDEMPOTENCY_KEY_MAX_LENGTH, parseIdempotencyKey, requestFingerprint } from './idempotency-key';

const invalid = (header: string | string[]) => {
  try {
    parseIdempotencyKey(header);
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : String(error);
  }
  return 'accepted';
};

describe('Idempotency-Key header', () => {
  it('is absent when the header is', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it('takes a bare key and the draft’s quoted string alike', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('"a \\"quoted\\" key"')).toBe('a "quoted" key');
    expect(parseIdempotencyKey(['k-1'])).toBe('k-1');
  });

  it('refuses empty, over-long, non-ASCII and repeated keys with a 400', () => {
    expect(invalid('')).toBe('400 idempotency-key-invalid');
    expect(invalid('   ')).toBe('400 idempotency-key-invalid');
    expect(invalid('""')).toBe('400 idempotency-key-invalid');
    expect(invalid('x'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1))).toBe('400 idempotency-key-invalid');
    expect(invalid('x'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH))).toBe('accepted');
    expect(invalid('clé')).toBe('400 idempotency-key-invalid');
    expect(invalid('a\tb')).toBe('400 idempotency-key-invalid');
    expect(invalid(['a', 'b'])).toBe('400 idempotency-key-invalid');
    expect(invalid('"a"b"')).toBe('400 idempotency-key-invalid');
  });
});

describe('request fingerprint', () => {
  const secret = 'test-secret';

  it('does not depend on the order of object members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}');
    expect(requestFingerprint(secret, 'POST', '/x', { a: 1, b: 2 })).toBe(requestFingerprint(secret, 'post', '/x', { b: 2, a: 1 }));
  });

  it('differs with the body, the target, the method or the server secret', () => {
    const base = requestFingerprint(secret, 'POST', '/x', { a: 1 });
    expect(requestFingerprint(secret, 'POST', '/x', { a: 2 })).not.toBe(base);
    expect(requestFingerprint(secret, 'POST', '/y', { a: 1 })).not.toBe(base);
    expect(requestFingerprint(secret, 'PUT', '/x', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('another', 'POST', '/x', { a: 1 })).not.toBe(base);
  });

  it('reads a missing body as null', () => {
    expect(requestFingerprint(secret, 'POST', '/x', undefined)).toBe(requestFingerprint(secret, 'POST', '/x', null));
  });
});
