import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { CalendarDate, Clock, ConflictError, ValidationFailedError } from '@app/core';
import { Phase, PhasePlan, ProgramReader } from '@app/programs';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PhaseChangeDto, PlanChangeDto } from './dto/phase-change.dto';
import { ParticipantPhase } from './entities/history.entities';
import { Participant } from './entities/participant.entity';
import { assertHeard, assertJudgeOrders, type HearingPresence } from './path/judicial-orders';
import { assertOwnHearing, courtToday, effectiveDate, lockParticipant } from './path/participant-path';
import { ReadinessService } from './readiness.service';

type StartReason = 'promotion' | 'demotion' | 'plan_change';

/**
 * Moving a participant between phases, by court order: promotion, demotion
 * (with a remedial plan), or onto another version of the program's plan.
 * The court decides; the record keeps which requirements were still unmet.
 */
@Injectable()
export class PhaseChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly programs: ProgramReader,
    private readonly readiness: ReadinessService,
    private readonly clock: Clock,
  ) {}

  async change(principal: Principal, id: string, input: PhaseChangeDto): Promise<ParticipantPhase> {
    const grant = await this.access.participant(principal, Permission.PhaseChange, id);
    return this.dataSource.transaction((manager) => this.changeIn(manager, principal, grant, input));
  }

  /**
   * The promotion or demotion inside the caller's transaction (a hearing's
   * outcome, which passes the participant's presence); the grant must hold
   * `participant.phase_change`. A demotion is the judge's alone, and at a
   * hearing it needs the participant heard.
   */
  async changeIn(
    manager: EntityManager,
    principal: Principal,
    grant: ParticipantGrant,
    input: PhaseChangeDto,
    hearing?: HearingPresence,
  ): Promise<ParticipantPhase> {
    const id = grant.participantId;
    if (input.direction === 'demote') {
      assertJudgeOrders(principal, grant.courtId, 'demotion');
      if (hearing) assertHeard(hearing, 'demotion');
    }
    const participant = await this.lockActive(manager, id);
    const plan = await this.programs.plan(participant.phasePlanId!, manager);
    const phases = plan!.phases;
    const current = phases.find((p) => p.id === participant.phaseId)!;
    const promote = input.direction === 'promote';
    const target = input.toPhaseId ? phases.find((p) => p.id === input.toPhaseId) : phases.find((p) => p.position === current.position + (promote ? 1 : -1));
    if (input.toPhaseId && !target) throw new ValidationFailedError([{ field: 'toPhaseId', message: 'is not a phase of the participant’s phase plan' }]);
    if (!target) {
      throw new ConflictError(
        promote ? 'final-phase' : 'first-phase',
        promote ? 'Already in the final phase' : 'Already in the first phase',
        promote ? 'The participant is in the final phase: graduation is a status change.' : 'There is no earlier phase to demote to.',
      );
    }
    if (promote ? target.position <= current.position : target.position >= current.position) {
      throw new ValidationFailedError([{ field: 'toPhaseId', message: `must be ${promote ? 'after' : 'before'} the current phase (${current.position})` }]);
    }
    // A demotion is only a hearing's outcome (DESIGN rule 8): the judge's own order outside a hearing is refused too.
    if (!promote && !hearing) assertHeard(hearing, 'demotion');
    if (input.hearingId) await assertOwnHearing(manager, id, input.hearingId);
    const orderedOn = await this.orderDate(manager, participant, input.orderedOn);
    const standing = await this.readiness.standing(principal, grant, manager);
    const unmet = standing?.readiness.requirements.filter((r) => r.met !== true) ?? [];
    const entry = await this.move(manager, principal, participant, plan!.plan, target, orderedOn, promote ? 'promotion' : 'demotion', {
      orderNote: input.reason,
      remedialPlan: promote ? null : input.remedialPlan!,
      hearingId: input.hearingId ?? null,
      unmetAtOrder: unmet.length > 0 ? unmet : null,
    });
    await this.audit(principal, grant, manager, promote ? 'phase.promote' : 'phase.demote', { from: current.position, to: target.position, orderedOn });
    return entry;
  }

  /** Moves the participant onto another version of their program's plan (an explicit action: versions never move people by themselves). */
  async changePlan(principal: Principal, id: string, input: PlanChangeDto): Promise<ParticipantPhase> {
    const grant = await this.access.participant(principal, Permission.PhaseChange, id);
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.lockActive(manager, id);
      const target = await this.programs.plan(input.phasePlanId, manager);
      if (!target || target.plan.programId !== participant.programId) {
        throw new ValidationFailedError([{ field: 'phasePlanId', message: 'is not a version of the participant’s program’s phase plan' }]);
      }
      if (target.plan.id === participant.phasePlanId) throw new ConflictError('same-plan', 'Already on this plan', 'The participant already follows this version of the plan.');
      const current = await this.programs.phases([participant.phaseId!], manager);
      const position = current.get(participant.phaseId!)!.position;
      const phase = input.phaseId
        ? target.phases.find((p) => p.id === input.phaseId)
        : (target.phases.find((p) => p.position === position) ?? target.phases[target.phases.length - 1]);
      if (!phase) throw new ValidationFailedError([{ field: 'phaseId', message: 'is not a phase of that version of the plan' }]);
      const today = await courtToday(manager, participant.courtId, this.clock);
      const entry = await this.move(manager, principal, participant, target.plan, phase, today, 'plan_change', {
        orderNote: input.reason,
        remedialPlan: null,
        hearingId: null,
        unmetAtOrder: null,
      });
      await this.audit(principal, grant, manager, 'phase.plan_change', { phasePlanId: target.plan.id, version: target.plan.version, position: phase.position });
      return entry;
    });
  }

  private async lockActive(manager: EntityManager, id: string): Promise<Participant> {
    const participant = await lockParticipant(manager, id);
    if (participant.status !== 'active' || !participant.phaseId) {
      throw new ConflictError('participant-not-active', 'Participant not active', `Phase changes apply to active participants; this participant is ${participant.status}.`);
    }
    return participant;
  }

  private async orderDate(manager: EntityManager, participant: Participant, orderedOn: CalendarDate | undefined): Promise<CalendarDate> {
    const today = await courtToday(manager, participant.courtId, this.clock);
    return effectiveDate('orderedOn', orderedOn, today, { date: participant.phaseStartedOn, what: 'the start of the current phase' });
  }

  /** Ends the open phase and starts the next, keeping history in order. */
  private async move(
    manager: EntityManager,
    principal: Principal,
    participant: Participant,
    plan: PhasePlan,
    phase: Phase,
    on: CalendarDate,
    reason: StartReason,
    order: Pick<ParticipantPhase, 'orderNote' | 'remedialPlan' | 'hearingId' | 'unmetAtOrder'>,
  ): Promise<ParticipantPhase> {
    await manager.update(ParticipantPhase, { participantId: participant.id, endedOn: IsNull() }, { endedOn: on, endReason: reason });
    await manager.update(Participant, { id: participant.id }, { phasePlanId: plan.id, phaseId: phase.id, phaseStartedOn: on });
    return manager.save(
      manager.create(ParticipantPhase, {
        participantId: participant.id,
        phasePlanId: plan.id,
        phaseId: phase.id,
        startedOn: on,
        startReason: reason,
        ...order,
        recordedBy: principal.userId,
      }),
    );
  }

  private audit(principal: Principal, grant: ParticipantGrant, manager: EntityManager, action: string, details: Record<string, unknown>): Promise<void> {
    return this.access.record(principal, [grant], { action, entityType: 'participant', entityIds: [grant.participantId], details }, manager);
  }
}
