/** An RFC 9457 problem details body, with this system's extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, the last segment of `type`. */
  code: string;
  requestId?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The `type` URI of a problem code: a relative reference, stable across deployments. */
export function problemType(code: string): string {
  return `/problems/${code}`;
}
