import { Principal } from '@app/auth';
import { CourtAccess, CourtGrant, notFoundAs } from '@app/courts';
import { isUuid, NotFoundError } from '@app/core';
import { EntityManager } from 'typeorm';
import { Program } from './program.entity';

/**
 * Access to a program follows access to its court (CourtAccess). A program
 * in a court the caller does not belong to is "not found", exactly like one
 * that does not exist; a member whose role cannot configure gets 403 on writes.
 */
export const ProgramAccess = {
  read(principal: Principal, program: Program): CourtGrant {
    return notFoundAs('program', () => CourtAccess.read(principal, program.courtId));
  },

  configure(principal: Principal, program: Program): CourtGrant {
    return notFoundAs('program', () => CourtAccess.configure(principal, program.courtId));
  },
};

/**
 * The program, or 404. `lock` takes a row lock: `true` or `pessimistic_write`
 * (FOR UPDATE) for a read-modify-write, `pessimistic_read` (FOR SHARE) to keep
 * it from changing while rows that depend on it are written.
 */
export async function requireProgram(
  manager: EntityManager,
  id: string,
  lock: boolean | 'pessimistic_read' | 'pessimistic_write' = false,
): Promise<Program> {
  const mode = lock === true ? 'pessimistic_write' : lock || null;
  const program = isUuid(id) ? await manager.findOne(Program, { where: { id }, ...(mode ? { lock: { mode } } : {}) }) : null;
  if (!program) throw new NotFoundError('program');
  return program;
}
