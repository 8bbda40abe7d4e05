import { Principal } from '@app/auth';
import { CourtAccess, CourtGrant } from '@app/courts';
import { NotFoundError } from '@app/core';
import { EntityManager } from 'typeorm';
import { Program } from './program.entity';

/**
 * Access to a program follows access to its court (CourtAccess). A program
 * in a court the caller does not belong to is "not found", exactly like one
 * that does not exist; a member whose role cannot configure gets 403 on writes.
 */
export const ProgramAccess = {
  read(principal: Principal, program: Program): CourtGrant {
    return asProgramNotFound(() => CourtAccess.read(principal, program.courtId));
  },

  configure(principal: Principal, program: Program): CourtGrant {
    return asProgramNotFound(() => CourtAccess.configure(principal, program.courtId));
  },
};

function asProgramNotFound(check: () => CourtGrant): CourtGrant {
  try {
    return check();
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('program');
    throw error;
  }
}

/** The program, or 404. `lock` takes a row lock (SELECT … FOR UPDATE) for a read-modify-write. */
export async function requireProgram(manager: EntityManager, id: string, lock = false): Promise<Program> {
  const program = await manager.findOne(Program, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!program) throw new NotFoundError('program');
  return program;
}
