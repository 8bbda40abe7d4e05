import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { changedFields, CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { ConflictError, FieldProblem, isUniqueViolation, ValidationFailedError, type Translations } from '@app/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { Phase } from './phase.entity';
import { PhasePlan } from './phase-plan.entity';
import { insertPlanVersion } from './phase-plan-writer';
import { ProgramAccess, requireProgram } from './program-access';
import type { ChargeCategory, ProgramModel, ScreeningParty, ViolationOutcome } from './program-model';
import { PlanWithPhases, ProgramReader } from './program-reader';
import { excludedChargeCategoriesProblems, phasePlanProblems, requiredApprovalsProblems } from './program-rules';
import { PhaseRequirements, programTemplate } from './program-templates';
import { Program, type ProgramTranslatedField } from './program.entity';

const CODE = /^[A-Z0-9-]{2,32}$/;

export interface NewProgram {
  /** Upper-case, unique in the court. */
  code: string;
  name: string;
  /** The name in other languages; defaults to none. */
  translations?: Translations<ProgramTranslatedField>;
  model: ProgramModel;
  /**
   * Copy the model's template phases as plan version 1. Defaults to true
   * when `phases` is absent; false without `phases` creates a program with
   * no plan yet. Cannot be combined with `phases`.
   */
  template?: boolean;
  /** Explicit phases for plan version 1, in order. */
  phases?: readonly PhaseRequirements[];
  /** Defaults to the model template's. */
  requiredApprovals?: ScreeningParty[];
  /** Defaults to the model template's. */
  excludedChargeCategories?: ChargeCategory[];
  /** Note on plan version 1. */
  note?: string | null;
  /** Whether a provider-reported no-show is a violation; defaults to true. */
  noShowViolation?: boolean;
}

export interface ProgramChanges {
  name?: string;
  /** Replaces the whole map. */
  translations?: Translations<ProgramTranslatedField>;
  active?: boolean;
  excludedChargeCategories?: ChargeCategory[];
  requiredApprovals?: ScreeningParty[];
  /** Testing guard rails; null removes the limit. */
  maxUntestedDays?: number | null;
  maxTestsPer7Days?: number | null;
  /** Test outcomes that are violations in this program. */
  violationOutcomes?: ViolationOutcome[];
  /** Whether a provider-reported no-show is a violation. */
  noShowViolation?: boolean;
  /** Days of silence after which a participant is flagged as possibly absconded. */
  abscondingDays?: number;
  /** Testing begins after the warning hearing. */
  warningHearingRequired?: boolean;
  /** Positives within `treatmentOfferDays` that propose a treatment assessment; null: never on positives. */
  treatmentOfferPositives?: number | null;
  treatmentOfferDays?: number;
}

/** A program with its current (highest-version) plan, or null before one is written. */
export interface ProgramWithPlan {
  program: Program;
  currentPlan: PlanWithPhases | null;
}

/**
 * The programs a court runs: created from a model's template or from
 * explicit phases, and configured by the court's administrators. Phase plan
 * versions after the first are written by PhasePlansService.
 */
@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: ProgramReader,
  ) {}

  /** A new program in the court, with plan version 1 copied from the template or from `phases`; one transaction, audited. */
  async create(principal: Principal, courtId: string, input: NewProgram): Promise<ProgramWithPlan> {
    const grant = CourtAccess.configure(principal, courtId);
    const template = programTemplate(input.model);
    const useTemplate = input.template ?? input.phases === undefined;
    const phases = input.phases ?? (useTemplate ? template.phases : undefined);
    const requiredApprovals = input.requiredApprovals ?? [...template.requiredApprovals];
    const excludedChargeCategories = input.excludedChargeCategories ?? [...template.excludedChargeCategories];
    const problems: FieldProblem[] = [
      ...(CODE.test(input.code) ? [] : [{ field: 'code', message: 'must be 2 to 32 upper-case letters, digits or hyphens' }]),
      ...(useTemplate && input.phases !== undefined ? [{ field: 'template', message: 'cannot be true when phases are given' }] : []),
      ...requiredApprovalsProblems(requiredApprovals),
      ...excludedChargeCategoriesProblems(excludedChargeCategories),
      ...(phases ? phasePlanProblems(phases) : []),
    ];
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const note = input.note ?? (useTemplate ? `Copied from the ${template.name} template` : null);

    return this.dataSource.transaction(async (manager) => {
      await requireCourt(manager, courtId);
      const program = await saveUnique(
        manager,
        manager.create(Program, {
          courtId,
          code: input.code,
          name: input.name,
          translations: input.translations ?? {},
          model: input.model,
          requiredApprovals,
          excludedChargeCategories,
          noShowViolation: input.noShowViolation ?? true,
          // HOPE starts with the warning hearing: no testing before the judge has explained the rules.
          warningHearingRequired: input.model === 'hope_probation',
          active: true,
        }),
      );
      const currentPlan = phases
        ? await insertPlanVersion(manager, { programId: program.id, version: 1, note, createdBy: principal.userId, phases })
        : null;
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'program.create',
          entityType: 'program',
          entityIds: currentPlan ? [program.id, currentPlan.plan.id] : [program.id],
          details: {
            code: program.code,
            name: program.name,
            translations: program.translations,
            model: program.model,
            template: useTemplate,
            requiredApprovals,
            excludedChargeCategories,
            noShowViolation: program.noShowViolation,
            phasePlanVersion: currentPlan ? 1 : null,
            phaseCount: currentPlan?.phases.length ?? 0,
          },
        }),
        manager,
      );
      return { program, currentPlan };
    });
  }

  /** The court's programs by code, each with its current plan. */
  async list(principal: Principal, courtId: string): Promise<ProgramWithPlan[]> {
    CourtAccess.read(principal, courtId);
    const manager = this.dataSource.manager;
    await requireCourt(manager, courtId);
    const programs = await manager.find(Program, { where: { courtId }, order: { code: 'ASC' } });
    const plans = await currentPlans(manager, programs.map((p) => p.id));
    return programs.map((program) => ({ program, currentPlan: plans.get(program.id) ?? null }));
  }

  /** One program with its current plan; 404 when missing or in a court out of reach. */
  async get(principal: Principal, programId: string): Promise<ProgramWithPlan> {
    const program = await requireProgram(this.dataSource.manager, programId);
    ProgramAccess.read(principal, program);
    return { program, currentPlan: await this.reader.currentPlan(program.id) };
  }

  /** Renames, opens or closes a program, or changes its eligibility, approvals or testing settings; audited with what changed. */
  async update(principal: Principal, programId: string, changes: ProgramChanges): Promise<ProgramWithPlan> {
    const grant = ProgramAccess.configure(principal, await requireProgram(this.dataSource.manager, programId));
    const problems = [
      ...(changes.requiredApprovals !== undefined ? requiredApprovalsProblems(changes.requiredApprovals) : []),
      ...(changes.excludedChargeCategories !== undefined ? excludedChargeCategoriesProblems(changes.excludedChargeCategories) : []),
    ];
    if (problems.length > 0) throw new ValidationFailedError(problems);

    return this.dataSource.transaction(async (manager) => {
      const program = await requireProgram(manager, programId, true);
      const changed = changedFields(program, changes);
      if (Object.keys(changed).length > 0) {
        if (changes.name !== undefined) program.name = changes.name;
        if (changes.translations !== undefined) program.translations = changes.translations;
        if (changes.active !== undefined) program.active = changes.active;
        if (changes.requiredApprovals !== undefined) program.requiredApprovals = changes.requiredApprovals;
        if (changes.excludedChargeCategories !== undefined) program.excludedChargeCategories = changes.excludedChargeCategories;
        if (changes.maxUntestedDays !== undefined) program.maxUntestedDays = changes.maxUntestedDays;
        if (changes.maxTestsPer7Days !== undefined) program.maxTestsPer7Days = changes.maxTestsPer7Days;
        if (changes.violationOutcomes !== undefined) program.violationOutcomes = changes.violationOutcomes;
        if (changes.noShowViolation !== undefined) program.noShowViolation = changes.noShowViolation;
        if (changes.abscondingDays !== undefined) program.abscondingDays = changes.abscondingDays;
        if (changes.warningHearingRequired !== undefined) program.warningHearingRequired = changes.warningHearingRequired;
        if (changes.treatmentOfferPositives !== undefined) program.treatmentOfferPositives = changes.treatmentOfferPositives;
        if (changes.treatmentOfferDays !== undefined) program.treatmentOfferDays = changes.treatmentOfferDays;
        await manager.save(program);
        await this.audit.record(
          courtActor(principal, grant),
          courtEntry(grant, { action: 'program.update', entityType: 'program', entityIds: [programId], details: { changes: changed } }),
          manager,
        );
      }
      return { program, currentPlan: await this.reader.currentPlan(programId, manager) };
    });
  }
}

async function saveUnique(manager: EntityManager, program: Program): Promise<Program> {
  try {
    return await manager.save(program);
  } catch (error) {
    if (isUniqueViolation(error, 'programs_court_code_key')) {
      throw new ConflictError('program-code-taken', 'Program code in use', `The court already has a program with code ${program.code}.`, { field: 'code' });
    }
    throw error;
  }
}

/** The current (highest-version) plan of each program, with its phases, in two queries. */
async function currentPlans(manager: EntityManager, programIds: string[]): Promise<Map<string, PlanWithPhases>> {
  if (programIds.length === 0) return new Map();
  const plans = await manager
    .createQueryBuilder(PhasePlan, 'pp')
    .distinctOn(['pp.programId'])
    .where('pp.programId IN (:...programIds)', { programIds })
    .orderBy('pp.programId')
    .addOrderBy('pp.version', 'DESC')
    .getMany();
  if (plans.length === 0) return new Map();
  const phases = await manager.find(Phase, { where: { phasePlanId: In(plans.map((p) => p.id)) }, order: { position: 'ASC' } });
  return new Map(plans.map((plan) => [plan.programId, { plan, phases: phases.filter((phase) => phase.phasePlanId === plan.id) }]));
}
