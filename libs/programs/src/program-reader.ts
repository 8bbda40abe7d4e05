import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Phase } from './phase.entity';
import { PhasePlan } from './phase-plan.entity';
import { Program } from './program.entity';

/** A phase plan version with its phases in order. */
export interface PlanWithPhases {
  plan: PhasePlan;
  phases: Phase[];
}

/**
 * Read access to programs and phase plans for other modules (enrolment,
 * phase changes, readiness). No access checks: callers have already checked
 * access to the participant or court they act on.
 */
@Injectable()
export class ProgramReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  program(id: string, manager: EntityManager = this.dataSource.manager): Promise<Program | null> {
    return manager.findOne(Program, { where: { id } });
  }

  /** The program's current plan: its highest version. */
  async currentPlan(programId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanWithPhases | null> {
    const plan = await manager.findOne(PhasePlan, { where: { programId }, order: { version: 'DESC' } });
    return plan ? { plan, phases: await this.phasesOf(plan.id, manager) } : null;
  }

  async plan(planId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanWithPhases | null> {
    const plan = await manager.findOne(PhasePlan, { where: { id: planId } });
    return plan ? { plan, phases: await this.phasesOf(plan.id, manager) } : null;
  }

  phasesOf(planId: string, manager: EntityManager = this.dataSource.manager): Promise<Phase[]> {
    return manager.find(Phase, { where: { phasePlanId: planId }, order: { position: 'ASC' } });
  }

  /** Phases by id, for many participants at once. */
  async phases(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Phase>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.createQueryBuilder(Phase, 'ph').where('ph.id IN (:...ids)', { ids: [...new Set(ids)] }).getMany();
    return new Map(rows.map((phase) => [phase.id, phase]));
  }
}
