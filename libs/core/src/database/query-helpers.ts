import { QueryFailedError } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID, checked before it reaches a `uuid` parameter (which would fail the query). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Whether a write failed on the named unique index. Uniqueness is left to
 * the database (a check-then-insert would race); this turns the one expected
 * violation into a 409 while anything else stays an error.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/**
 * Postgres returns `numeric` as a string (it may not fit a double); the
 * amounts this system keeps (hours, fees, tests per week) always do.
 */
export const numericTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The rows an `UPDATE … RETURNING` or `DELETE … RETURNING` gave back:
 * TypeORM's `query` answers those two with `[rows, affectedCount]`, and
 * every other statement with the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
