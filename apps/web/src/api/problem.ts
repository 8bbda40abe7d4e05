/** An RFC 9457 problem+json answer from the API, kept whole so screens can show its sentences. */
export interface ProblemField {
  field: string;
  message: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: ProblemField[];
  [extension: string]: unknown;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemField[];

  constructor(status: number, readonly body: ProblemBody) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = body.code ?? 'unknown';
    this.title = body.title ?? '';
    this.detail = body.detail ?? body.title ?? '';
    this.errors = Array.isArray(body.errors) ? body.errors : [];
  }

  /** The sentences about one field (the pipe may give several), or undefined. */
  messageFor(field: string): string | undefined {
    const messages = [...new Set(this.errors.filter((e) => e.field === field).map((e) => e.message))];
    return messages.length ? messages.join(' ') : undefined;
  }

  /** Field errors whose field is not among those a form shows, so none is lost. */
  otherErrors(shown: readonly string[]): ProblemField[] {
    return this.errors.filter((e) => !shown.includes(e.field));
  }
}

/** A network failure or a non-problem answer, as a problem so screens handle one kind of error. */
export function networkProblem(error: unknown): ApiProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiProblem(0, { code: 'network-error', title: 'No connection', detail });
}
