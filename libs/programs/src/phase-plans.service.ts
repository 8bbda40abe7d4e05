import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { Phase } from './phase.entity';
import { PhasePlan } from './phase-plan.entity';
import { insertPlanVersion, nextPlanVersion } from './phase-plan-writer';
import { ProgramAccess, requireProgram } from './program-access';
import { courtActor, courtEntry } from '@app/courts';
import { PlanWithPhases, ProgramReader } from './program-reader';
import { phasePlanProblems } from './program-rules';
import type { PhaseRequirements } from './program-templates';

export interface NewPhasePlan {
  /** The whole plan, in order: the first is position 1. */
  phases: readonly PhaseRequirements[];
  /** Why this version was written. */
  note?: string | null;
}

/** A version in a program's history, without its phases. */
export interface PhasePlanSummary {
  plan: PhasePlan;
  phaseCount: number;
}

/**
 * Versioned phase plans. A change to a program's phases writes the next
 * version in full; versions already written are never changed, so
 * participants enrolled under one keep exactly the requirements they had.
 */
@Injectable()
export class PhasePlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: ProgramReader,
  ) {}

  /**
   * Writes the program's next plan version. The program row is locked first,
   * so concurrent writers get consecutive versions rather than the same one.
   */
  async create(principal: Principal, programId: string, input: NewPhasePlan): Promise<PlanWithPhases> {
    const grant = ProgramAccess.configure(principal, await requireProgram(this.dataSource.manager, programId));
    const problems = phasePlanProblems(input.phases);
    if (problems.length > 0) throw new ValidationFailedError(problems);

    return this.dataSource.transaction(async (manager) => {
      await requireProgram(manager, programId, true);
      const version = await nextPlanVersion(manager, programId);
      let written: PlanWithPhases;
      try {
        written = await insertPlanVersion(manager, { programId, version, note: input.note ?? null, createdBy: principal.userId, phases: input.phases });
      } catch (error) {
        // Only reachable if a writer skipped the lock; the unique index keeps versions unique all the same.
        if (isUniqueViolation(error, 'phase_plans_program_version_key')) {
          throw new ConflictError('phase-plan-version-taken', 'Plan version written concurrently', 'Another version was written at the same time; try again.');
        }
        throw error;
      }
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'program.phase_plan_create',
          entityType: 'phase_plan',
          entityIds: [written.plan.id, programId],
          details: { version, phaseCount: written.phases.length, note: written.plan.note },
        }),
        manager,
      );
      return written;
    });
  }

  /** The program's plan versions, newest first, with their phase counts. */
  async list(principal: Principal, programId: string): Promise<PhasePlanSummary[]> {
    const manager = this.dataSource.manager;
    ProgramAccess.read(principal, await requireProgram(manager, programId));
    const plans = await manager.find(PhasePlan, { where: { programId }, order: { version: 'DESC' } });
    if (plans.length === 0) return [];
    const counts: Array<{ planId: string; count: number }> = await manager
      .createQueryBuilder(Phase, 'ph')
      .select('ph.phasePlanId', 'planId')
      .addSelect('COUNT(*)::int', 'count')
      .where('ph.phasePlanId IN (:...ids)', { ids: plans.map((p) => p.id) })
      .groupBy('ph.phasePlanId')
      .getRawMany();
    const byPlan = new Map(counts.map((row) => [row.planId, Number(row.count)]));
    return plans.map((plan) => ({ plan, phaseCount: byPlan.get(plan.id) ?? 0 }));
  }

  /** One version with its phases; 404 when missing or its program's court is out of reach. */
  async get(principal: Principal, phasePlanId: string): Promise<PlanWithPhases> {
    const plan = await this.dataSource.manager.findOne(PhasePlan, { where: { id: phasePlanId } });
    const program = plan ? await this.reader.program(plan.programId) : null;
    if (!plan || !program) throw new NotFoundError('phase plan');
    try {
      ProgramAccess.read(principal, program);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('phase plan');
      throw error;
    }
    return { plan, phases: await this.reader.phasesOf(plan.id) };
  }
}
