/**
 * Errors a domain throws on purpose. Each carries a stable `code` (never
 * translated; clients branch on it), the HTTP status it maps to and a human
 * title. The global filter turns them into RFC 9457 problem details.
 */
export interface FieldProblem {
  /** Dotted path of the offending field in the request, e.g. `address.postcode`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, detail = `The ${what} was not found.`) {
    super('not-found', 404, 'Not found', detail, { resource: what });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, title: string, detail?: string, extensions?: Record<string, unknown>) {
    super(code, 409, title, detail, extensions);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(readonly errors: FieldProblem[], detail?: string) {
    super(
      'validation-failed',
      422,
      'The request is not valid',
      detail ?? errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      { errors },
    );
  }
}

export class MalformedRequestError extends DomainError {
  constructor(detail: string) {
    super('malformed-request', 400, 'The request could not be read', detail);
  }
}

/** A server the system depends on (Postgres, Redis) cannot be reached right now. */
export class DependencyUnavailableError extends DomainError {
  constructor(dependency: 'postgres' | 'redis', detail?: string) {
    super(
      'service-unavailable',
      503,
      'Service temporarily unavailable',
      detail ?? (dependency === 'postgres' ? 'The database is not reachable; try again shortly.' : 'The queue store is not reachable; try again shortly.'),
      { dependency },
    );
  }
}
