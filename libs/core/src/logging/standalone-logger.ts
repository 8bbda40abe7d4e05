import pino from 'pino';
import { REDACTED_PATHS } from './logging.module';

/** A pino logger for processes outside HTTP (worker, command line), with the same redaction. */
export function standaloneLogger(service: string, level = 'info'): pino.Logger {
  return pino({ level, base: { service }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
