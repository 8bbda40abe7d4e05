import { createHash, createHmac } from 'node:crypto';
import { ConflictError, DomainError } from '../errors/domain-error';

/** The request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set on an answer that repeats a stored one. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** How long a key is remembered. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** How long a request waits for the first request with its key to finish before it is refused as in flight. */
export const IDEMPOTENCY_WAIT_MS = 10_000;

/** Printable ASCII, space included (an RFC 8941 sf-string's characters). */
const KEY_CHARACTERS = /^[\x20-\x7e]+$/;

export function invalidIdempotencyKey(): DomainError {
  return new DomainError(
    'idempotency-key-invalid',
    400,
    'Invalid Idempotency-Key',
    `The Idempotency-Key header must be one value of 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters.`,
    { header: 'Idempotency-Key' },
  );
}

export function idempotencyKeyReused(): ConflictError {
  return new ConflictError(
    'idempotency-key-reused',
    'Idempotency-Key reused',
    'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    { header: 'Idempotency-Key' },
  );
}

export function idempotencyKeyInFlight(): ConflictError {
  return new ConflictError(
    'idempotency-key-in-flight',
    'Request with this Idempotency-Key in progress',
    'A request with this Idempotency-Key is still being processed; try again shortly.',
    { header: 'Idempotency-Key', retryAfterSeconds: 1 },
  );
}

/**
 * The key of the header's value(s): undefined when absent. The draft writes
 * the key as a structured-field string (`"…"`); a bare token is taken as
 * well. Empty, repeated, over-long or non-ASCII keys are refused.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    if (header.length !== 1) throw invalidIdempotencyKey();
    header = header[0];
  }
  let key = header.trim();
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) {
    key = key.slice(1, -1);
    if (/(^|[^\\])"/.test(key)) throw invalidIdempotencyKey();
    key = key.replace(/\\(["\\])/g, '$1');
  }
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !KEY_CHARACTERS.test(key)) throw invalidIdempotencyKey();
  return key;
}

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` are one body. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * What makes two requests "the same request" for one key: method, target
 * and body. Keyed (HMAC) with a server secret, since a body may carry a
 * temporary password or PIN that a plain hash would let anyone reading the
 * table test guesses against.
 */
export function requestFingerprint(secret: string, method: string, target: string, body: unknown): string {
  const key = createHash('sha256').update(`idempotency-fingerprint\0${secret}`).digest();
  return createHmac('sha256', key).update(`${method.toUpperCase()} ${target}\n${canonicalJson(body)}`).digest('hex');
}
