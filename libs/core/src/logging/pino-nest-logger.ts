import { LoggerService } from '@nestjs/common';
import type pino from 'pino';
import { logContext } from './pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's logger interface on top of pino: framework and application logs
 * become JSON lines, with the current request's id when there is one.
 * Nest passes the context (class name) as the last string argument and, for
 * errors, a stack before it.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: pino.Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const logger = logContext.getStore() ?? this.root;
    if (!logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const msg = typeof rest[0] === 'string' ? (rest.shift() as string) : undefined;
      logger[level]({ ...fields, ...(message as Record<string, unknown>) }, msg);
    } else {
      if (level === 'error' && typeof rest[0] === 'string') fields.stack = rest.shift();
      logger[level](fields, String(message));
    }
  }
}
