import { Role } from '@app/auth';
import { ValidationFailedError } from '@app/core';
import { Program } from '@app/programs';
import { EntityManager } from 'typeorm';

/** A program of this court that takes participants; 422 naming the field otherwise. */
export async function assertOpenProgram(manager: EntityManager, courtId: string, programId: string, field = 'programId'): Promise<Program> {
  const program = await manager.findOne(Program, { where: { id: programId, courtId } });
  if (!program) throw new ValidationFailedError([{ field, message: 'is not a program of this court' }]);
  if (!program.active) throw new ValidationFailedError([{ field, message: `program ${program.code} is closed to new participants` }]);
  return program;
}

/** Case managers are active staff of the court in a case-work role. */
export async function assertCaseManager(manager: EntityManager, courtId: string, userId: string, field = 'caseManagerId'): Promise<void> {
  const rows = (await manager.query(
    `SELECT 1 FROM court_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.user_id = $1 AND m.court_id = $2 AND m.role = ANY($3::text[]) AND u.active`,
    [userId, courtId, [Role.CaseManager, Role.Coordinator]],
  )) as unknown[];
  if (rows.length === 0) throw new ValidationFailedError([{ field, message: 'is not an active case manager or coordinator of this court' }]);
}
