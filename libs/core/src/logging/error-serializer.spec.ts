import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { REDACTED_VALUE, serializeError } from './error-serializer';

/** The fields pg's DatabaseError carries for a unique violation. */
function uniqueViolation(): Error & Record<string, unknown> {
  return Object.assign(new Error('duplicate key value violates unique constraint "participants_pkey"'), {
    name: 'error',
    severity: 'ERROR',
    code: '23505',
    detail: 'Key (last_name)=(Silva) already exists.',
    where: 'SQL statement "INSERT … VALUES (\'Silva\')"',
    schema: 'public',
    table: 'participants',
    constraint: 'participants_pkey',
  });
}

describe('the error serializer', () => {
  it('writes a QueryFailedError’s names and code, not its query, parameters, detail or driver error', () => {
    const error = new QueryFailedError('INSERT INTO participants (last_name) VALUES ($1)', ['Silva'], uniqueViolation());
    const out = serializeError(error);
    expect(out).toEqual({
      type: 'QueryFailedError',
      message: 'duplicate key value violates unique constraint "participants_pkey"',
      code: '23505',
      constraint: 'participants_pkey',
      schema: 'public',
      table: 'participants',
      severity: 'ERROR',
      stack: expect.stringMatching(/^QueryFailedError: duplicate key/),
    });
    expect(JSON.stringify(out)).not.toContain('Silva');
  });

  it('replaces values a database error quotes, in its message and its stack', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "Ana Silva"'), { code: '22P02', severity: 'ERROR' });
    const out = serializeError(error);
    expect(out.message).toBe(`invalid input syntax for type uuid: "${REDACTED_VALUE}"`);
    expect(out.stack).not.toContain('Ana Silva');
    expect(out.stack).toContain('\n    at ');
  });

  it('drops the criteria TypeORM quotes when an entity is not found', () => {
    const out = serializeError(new EntityNotFoundError('Participant', { lastName: 'Silva' }));
    expect(out.type).toBe('EntityNotFoundError');
    expect(JSON.stringify(out)).not.toContain('Silva');
  });

  it('follows a cause, and writes nothing of a thrown value that is not an object', () => {
    const out = serializeError(new Error('relay failed', { cause: new QueryFailedError('SELECT $1', ['Silva'], uniqueViolation()) }));
    expect(out.cause).toMatchObject({ type: 'QueryFailedError', code: '23505' });
    expect(JSON.stringify(out)).not.toContain('Silva');
    expect(serializeError('Silva')).toEqual({ type: 'string', message: REDACTED_VALUE });
  });
});
