import { EntityManager } from 'typeorm';
import { Phase } from './phase.entity';
import { PhasePlan } from './phase-plan.entity';
import type { PlanWithPhases } from './program-reader';
import type { PhaseRequirements } from './program-templates';

export interface NewPlanVersion {
  programId: string;
  version: number;
  note: string | null;
  createdBy: string | null;
  /** In order: the first is position 1. Already validated (phasePlanProblems). */
  phases: readonly PhaseRequirements[];
}

/** Inserts a plan version and its phases (never updates one: versions are immutable). Runs in the caller's transaction. */
export async function insertPlanVersion(manager: EntityManager, input: NewPlanVersion): Promise<PlanWithPhases> {
  const plan = await manager.save(
    manager.create(PhasePlan, { programId: input.programId, version: input.version, note: input.note, createdBy: input.createdBy }),
  );
  const phases = await manager.save(
    input.phases.map((phase, i) =>
      manager.create(Phase, {
        phasePlanId: plan.id,
        position: i + 1,
        name: phase.name.trim(),
        translations: phase.translations ?? {},
        description: phase.description?.trim() || null,
        minDaysInPhase: phase.minDaysInPhase,
        sobrietyDays: phase.sobrietyDays,
        testsPerWeek: phase.testsPerWeek,
        hearingEveryWeeks: phase.hearingEveryWeeks,
        treatmentSessionsPerWeek: phase.treatmentSessionsPerWeek,
        communityServiceHours: phase.communityServiceHours,
        milestones: phase.milestones.map((m) => m.trim()),
        milestoneTranslations: phase.milestoneTranslations ?? {},
        feesDue: phase.feesDue,
      }),
    ),
  );
  return { plan, phases };
}

/** The next version number of a program's plan. Call with the program row locked, so two writers cannot both take it. */
export async function nextPlanVersion(manager: EntityManager, programId: string): Promise<number> {
  const row = await manager
    .createQueryBuilder(PhasePlan, 'pp')
    .select('COALESCE(MAX(pp.version), 0)', 'max')
    .where('pp.programId = :programId', { programId })
    .getRawOne<{ max: number | string }>();
  return Number(row?.max ?? 0) + 1;
}
