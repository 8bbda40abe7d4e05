import { HttpException, HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DependencyUnavailableError, DomainError, MalformedRequestError } from './domain-error';
import { ProblemDetails, problemType } from './problem';

const HTTP_CODES: Record<number, { code: string; title: string }> = {
  400: { code: 'bad-request', title: 'Bad request' },
  401: { code: 'unauthenticated', title: 'Authentication required' },
  403: { code: 'forbidden', title: 'Not allowed' },
  404: { code: 'not-found', title: 'Not found' },
  405: { code: 'method-not-allowed', title: 'Method not allowed' },
  409: { code: 'conflict', title: 'Conflict' },
  413: { code: 'payload-too-large', title: 'Request body too large' },
  415: { code: 'unsupported-media-type', title: 'Unsupported media type' },
  422: { code: 'validation-failed', title: 'The request is not valid' },
  429: { code: 'rate-limited', title: 'Too many requests' },
  503: { code: 'service-unavailable', title: 'Service temporarily unavailable' },
};

/** Postgres and network failures that mean "the database is not there right now". */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const CONNECTION_SQLSTATE_CLASSES = ['08', '57P']; // connection exception; operator intervention (shutdown)

/** Duck-typed: errors raised by Node's sockets may come from another realm (a VM context) than `Error`. */
function isErrorLike(error: unknown): error is Error {
  return typeof error === 'object' && error !== null && typeof (error as Error).message === 'string';
}

export function isConnectionError(error: unknown): boolean {
  if (!isErrorLike(error)) return false;
  const e = error as Error & { code?: string; driverError?: unknown };
  if (e.driverError && e.driverError !== error && isConnectionError(e.driverError)) return true;
  if (e.code && CONNECTION_ERROR_CODES.has(e.code)) return true;
  if (e.code && CONNECTION_SQLSTATE_CLASSES.some((c) => e.code!.startsWith(c))) return true;
  // TypeORM releases a query runner whose connection dropped; the request's next query then finds it released.
  if (e.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|Connection is closed|timeout exceeded when trying to connect/i.test(
    e.message,
  );
}

function isRedisError(error: unknown): boolean {
  return isErrorLike(error) && /redis|ioredis|Connection is closed|MaxRetriesPerRequest/i.test(`${error.name} ${error.message} ${error.stack ?? ''}`);
}

export interface ProblemResult {
  problem: ProblemDetails;
  /** Set when the error was unexpected: the caller logs it with this id. */
  unexpected?: { errorId: string; error: unknown };
}

/** Maps any thrown value to problem details. Unknown errors expose nothing but an error id. */
export function toProblem(error: unknown, instance: string, requestId?: string): ProblemResult {
  const base = { instance, requestId };
  if (error instanceof DomainError) {
    return {
      problem: {
        type: problemType(error.code),
        title: error.title,
        status: error.status,
        detail: error.detail,
        code: error.code,
        ...base,
        ...error.extensions,
      },
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Fastify's body parser errors reach the filter as 400s (Nest maps them); a body that is not JSON is its own problem.
    if (status === 400 && /JSON|body/.test(error.message)) {
      return toProblem(new MalformedRequestError(error.message), instance, requestId);
    }
    if (status === 429) {
      // The throttler's own text ("ThrottlerException: ...") says nothing a client can act on.
      return {
        problem: {
          type: problemType('rate-limited'),
          title: 'Too many requests',
          status,
          detail: 'Too many requests from this address; wait a minute and try again.',
          code: 'rate-limited',
          retryAfterSeconds: 60,
          ...base,
        },
      };
    }
    const known = HTTP_CODES[status] ?? { code: status >= 500 ? 'internal-error' : 'bad-request', title: 'Error' };
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : typeof (response as { message?: unknown }).message === 'string'
          ? (response as { message: string }).message
          : undefined;
    return {
      problem: { type: problemType(known.code), title: known.title, status, detail: message, code: known.code, ...base },
    };
  }
  if (isConnectionError(error)) {
    return toProblem(new DependencyUnavailableError(isRedisError(error) ? 'redis' : 'postgres'), instance, requestId);
  }
  const errorId = randomUUID();
  return {
    problem: {
      type: problemType('internal-error'),
      title: 'Internal error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `An unexpected error occurred. Quote error id ${errorId} when reporting it.`,
      code: 'internal-error',
      errorId,
      ...base,
    },
    unexpected: { errorId, error },
  };
}
