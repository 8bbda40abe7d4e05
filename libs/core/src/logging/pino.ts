import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

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

/** A root structured logger of a process. */
export function createPinoLogger(service: ServiceName, level: string): pino.Logger {
  return pino(
    {
      level,
      base: { service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    sharedStdout(),
  );
}

/**
 * The logger of the request (or job) being handled, carrying its id, so that
 * every line a service writes while handling it can be traced back to it.
 */
export const logContext = new AsyncLocalStorage<pino.Logger>();
