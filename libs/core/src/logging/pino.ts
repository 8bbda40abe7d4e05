import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { serializeError } from './error-serializer';

/**
 * Paths pino removes from every log line: credentials, and personal fields
 * should a log call ever include them. Bodies are never logged at all.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.pin',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.dateOfBirth',
  '*.firstName',
  '*.lastName',
  '*.phone',
  '*.email',
];

export const CENSOR = '[redacted]';

type Segments = readonly string[];
type Loggable = Record<string, unknown>;

/** `a.b`, `a["b-c"]`, `*.b` → their segments. */
function segmentsOf(path: string): string[] {
  return [...path.matchAll(/[^.[\]"]+|\["([^"]+)"\]/g)].map((m) => m[1] ?? m[0]);
}

const isObject = (value: unknown): value is Loggable => typeof value === 'object' && value !== null;

/** A copy to censor a field of; an error or class instance keeps its prototype and its non-enumerable fields (message, stack). */
function copyOf(value: Loggable): Loggable {
  if (Array.isArray(value)) return [...value] as unknown as Loggable;
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype === Object.prototype || prototype === null) return { ...value };
  return Object.create(prototype, Object.getOwnPropertyDescriptors(value)) as Loggable;
}

/** `value` with the field at `segments[at…]` censored, copied on write; `value` itself when that field is absent. */
function censorAt(value: unknown, segments: Segments, at: number): unknown {
  if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, segments[at])) return value;
  const key = segments[at];
  const inner = at === segments.length - 1 ? CENSOR : censorAt(value[key], segments, at + 1);
  if (inner === value[key]) return value;
  const copy = copyOf(value);
  Object.defineProperty(copy, key, { value: inner, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * Redaction of REDACTED_PATHS as pino's `redact` option does it (a path's
 * first segment names a top-level key, or `*` for any), but without cloning:
 * a line with nothing to censor (nearly every line) is written as it is, and
 * one with something to censor gets copies of just the objects on the way to
 * it, never changing the caller's. pino's own redaction copied and walked
 * every path for every value of every line, which was most of the cost of
 * the API's one request line (about 20 µs a request, as much as a bare
 * Fastify route costs in all).
 */
export function redactor(paths: readonly string[]): (object: Loggable) => Loggable {
  const byKey = new Map<string, Segments[]>();
  const anyKey: Segments[] = [];
  for (const path of paths) {
    const [first, ...rest] = segmentsOf(path);
    if (first === '*') anyKey.push(rest);
    else byKey.set(first, [...(byKey.get(first) ?? []), rest]);
  }
  // Per top-level key, every path below it (its own and the wildcard ones); `null` when the whole value is censored.
  const below = new Map<string, Segments[] | null>();
  for (const [key, rests] of byKey) below.set(key, rests.some((rest) => rest.length === 0) ? null : [...rests, ...anyKey]);
  const censor = (key: string, value: unknown): unknown => {
    const rests = below.has(key) ? below.get(key)! : anyKey;
    if (rests === null) return CENSOR;
    if (!isObject(value)) return value;
    let result = value;
    for (const rest of rests) result = censorAt(result, rest, 0) as Loggable;
    return result;
  };
  return (object) => {
    let result = object;
    for (const key in object) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
      const value = object[key];
      if (value === undefined) continue;
      const censored = censor(key, value);
      if (censored === value) continue;
      if (result === object) result = { ...object };
      result[key] = censored;
    }
    return result;
  };
}

const redact = redactor(REDACTED_PATHS);

export type ServiceName = 'api' | 'worker' | 'cli';

/**
 * One asynchronous stdout stream per process: a request never waits on
 * stdout, and loggers sharing it (Fastify's and Nest's) cannot interleave
 * their buffered writes mid-line. pino flushes it on exit.
 */
let stdout: pino.DestinationStream | undefined;
function sharedStdout(): pino.DestinationStream {
  stdout ??= pino.destination({ dest: 1, sync: false });
  return stdout;
}

/** The options of every process's root logger (tests write lines with them into a buffer). */
export function pinoOptions(service: ServiceName, level: string): pino.LoggerOptions {
  return {
    level,
    base: { service },
    // Every line's fields. (Child loggers' bindings are written as given: the only child is
    // Fastify's per request, bound to the request id.)
    formatters: { log: redact },
    // An error's class, code, names and stack; never a query's parameters or a value Postgres quotes.
    serializers: { err: serializeError },
  };
}

/** A root structured logger of a process. */
export function createPinoLogger(service: ServiceName, level: string): pino.Logger {
  return pino(pinoOptions(service, level), sharedStdout());
}

/**
 * The logger of the request (or job) being handled, carrying its id, so that
 * every line a service writes while handling it can be traced back to it.
 */
export const logContext = new AsyncLocalStorage<pino.Logger>();
