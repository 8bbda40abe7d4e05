/**
 * How an error is written to the log: enough to find and fix the fault, never
 * a personal value. pino's standard serializer copied every enumerable field
 * of the error, and a failed insert carries many: TypeORM's QueryFailedError
 * has the statement's `parameters` (a participant's name, birth date…) and
 * its `query`, and the Postgres error its `detail` (`Key (last_name,
 * date_of_birth)=(Silva, 1990-04-17) already exists.`), `where` and `hint`.
 *
 * Written instead: the error's class, its code and the names Postgres gives
 * (constraint, schema, table, column, data type, routine, severity), the
 * message and a stack. A database error's message can quote a value
 * (`invalid input syntax for type uuid: "…"`), so in its message and stack
 * every quoted text that is not one of those names is replaced. Other fields
 * of any error are left out. A `cause` is written the same way.
 */

export const REDACTED_VALUE = '[redacted]';

/** Fields of an error that name things, never hold a person's data. */
const NAME_FIELDS = ['code', 'constraint', 'schema', 'table', 'column', 'dataType', 'routine', 'severity', 'errno', 'syscall'] as const;

/** How deep a chain of causes is followed. */
const MAX_CAUSES = 3;

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  cause?: SerializedError;
  [field: string]: unknown;
}

type ErrorFields = Error & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A Postgres error (pg's DatabaseError, or TypeORM's QueryFailedError around one): a SQLSTATE code and a severity or a driver error. */
function isDatabaseError(error: ErrorFields): boolean {
  if (error.name === 'QueryFailedError' || isObject(error.driverError)) return true;
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && typeof error.severity === 'string';
}

/** A TypeORM error whose message quotes the criteria of a lookup (`matching: {"lastName": …}`). */
function quotesCriteria(error: ErrorFields): boolean {
  return error.name === 'EntityNotFoundError' || error.name === 'EntityPropertyNotFoundError';
}

/** `text` with every double-quoted part that is not one of `names` replaced. */
function redactQuoted(text: string, names: ReadonlySet<string>): string {
  return text.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => (names.has(inner) ? quoted : `"${REDACTED_VALUE}"`));
}

function safeMessage(error: ErrorFields, names: ReadonlySet<string>): string {
  const message = typeof error.message === 'string' ? error.message : String(error.message);
  if (quotesCriteria(error)) return message.replace(/\bmatching:[\s\S]*$/, `matching: ${REDACTED_VALUE}`);
  if (isDatabaseError(error)) return redactQuoted(message, names);
  return message;
}

/** The stack's frames under the safe message: the stack's first lines repeat the original message. */
function safeStack(error: ErrorFields, type: string, message: string): string | undefined {
  if (typeof error.stack !== 'string') return undefined;
  const frames = error.stack.indexOf('\n    at ');
  return `${type}: ${message}${frames >= 0 ? error.stack.slice(frames) : ''}`;
}

function serialize(error: unknown, depth: number): SerializedError {
  if (!isObject(error)) return { type: typeof error, message: REDACTED_VALUE };
  const fields = error as ErrorFields;
  const driver = isObject(fields.driverError) ? (fields.driverError as Record<string, unknown>) : {};
  const type = typeof fields.constructor === 'function' && fields.constructor.name ? fields.constructor.name : String(fields.name ?? 'Error');
  const out: SerializedError = { type, message: '' };
  const names = new Set<string>();
  for (const field of NAME_FIELDS) {
    const value = fields[field] ?? driver[field];
    if (typeof value === 'string' || typeof value === 'number') {
      out[field] = value;
      if (typeof value === 'string') names.add(value);
    }
  }
  out.message = safeMessage(fields, names);
  const stack = safeStack(fields, type, out.message);
  if (stack !== undefined) out.stack = stack;
  if (fields.cause !== undefined && depth < MAX_CAUSES) out.cause = serialize(fields.cause, depth + 1);
  return out;
}

/** pino's `err` serializer: see above. */
export function serializeError(error: unknown): SerializedError {
  return serialize(error, 0);
}
