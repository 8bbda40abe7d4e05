import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ForbiddenError, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError } from '@app/core';
import { Program, ProgramReader } from '@app/programs';
import { DataSource, EntityManager } from 'typeorm';
import { ChangeStatusDto } from './dto/status.dto';
import { ParticipantStatusChange } from './entities/history.entities';
import { Participant } from './entities/participant.entity';
import { Screening, ScreeningDecision } from './entities/screening.entities';
import { isDischarge, SUSPENSION_STATUSES } from './participant-status';
import { Discharge } from './path/discharge';
import { assertHeard, assertJudgeOrders, isJudicialStatus, type HearingPresence } from './path/judicial-orders';
import { insertWarrant, markRecalled, markServed, openWarrant } from './warrants/warrant-records';
import { assertTransition, courtToday, effectiveDate, lastStatusChangeOn, lockParticipant, recordStatusChange } from './path/participant-path';

/**
 * Status changes the team or the court orders: acceptance or rejection after
 * screening, custody, warrant, leave and return, and discharge. Enrolment
 * (accepted → active) has its own route because it issues the number and PIN.
 */
@Injectable()
export class StatusChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly programs: ProgramReader,
    private readonly discharge: Discharge,
    private readonly clock: Clock,
  ) {}

  async change(principal: Principal, id: string, input: ChangeStatusDto): Promise<ParticipantStatusChange> {
    const grant = await this.access.participant(principal, Permission.ParticipantStatusChange, id);
    return this.dataSource.transaction((manager) => this.changeIn(manager, principal, grant, input));
  }

  /**
   * The status change inside the caller's transaction (a hearing's outcome,
   * which passes the participant's presence); the grant must hold
   * `participant.status_change`. A termination or other discharge is the
   * judge's alone, and at a hearing it needs the participant heard.
   */
  async changeIn(
    manager: EntityManager,
    principal: Principal,
    grant: ParticipantGrant,
    input: ChangeStatusDto,
    hearing?: HearingPresence,
  ): Promise<ParticipantStatusChange> {
    const id = grant.participantId;
    if (isJudicialStatus(input.status)) {
      assertJudgeOrders(principal, grant.courtId, 'discharge');
      if (hearing) assertHeard(hearing, 'discharge');
    }
    const participant = await lockParticipant(manager, id);
    const from = participant.status;
    assertTransition(from, input.status);
    if (input.status === 'active' && !SUSPENSION_STATUSES.includes(from)) {
      throw new ConflictError('enrolment-required', 'Enrol instead', 'An accepted participant becomes active by enrolment (POST …/enrolment), which issues the number and PIN.');
    }
    const today = await courtToday(manager, participant.courtId, this.clock);
    const effectiveOn = effectiveDate('effectiveOn', input.effectiveOn, today, {
      date: await lastStatusChangeOn(manager, id),
      what: 'the previous status change',
    });
    // A termination ends the program against the participant's will: like a demotion or a
    // liberty sanction it is only a hearing's outcome (DESIGN rule 8), refused on this route
    // even for the judge. Graduation, withdrawal and transfer stay the judge's, on or off the bench.
    if (input.status === 'terminated' && !hearing) assertHeard(hearing, 'discharge');
    const program = participant.programId ? await this.programs.program(participant.programId, manager) : null;
    if (input.status === 'accepted') await this.assertAdmissible(manager, participant, program);
    if (input.status === 'graduated') await this.assertFinalPhase(manager, participant);
    if (input.status === 'warrant' && !principal.courtsWith(Permission.WarrantOrder).some((m) => m.courtId === participant.courtId)) {
      throw new ForbiddenError('Only the judge issues a bench warrant.');
    }
    const change = await recordStatusChange(manager, participant, { to: input.status, reason: input.reason, effectiveOn, by: principal.userId });
    const warrant = await this.followWarrant(manager, principal, participant.id, participant.courtId, from, input);
    const effects = isDischarge(input.status) ? await this.discharge.apply(manager, participant, input.status, effectiveOn, program?.model ?? null) : undefined;
    await this.access.record(
      principal,
      [grant],
      {
        action: 'participant.status_change',
        entityType: 'participant',
        entityIds: [id],
        details: { from, to: input.status, effectiveOn, ...(effects ? { discharge: effects } : {}), ...(warrant ? { warrant } : {}) },
      },
      manager,
    );
    return change;
  }

  /**
   * The warrant record the status follows, when the change goes through this
   * route (or a hearing's outcome) rather than the warrant routes: going to
   * `warrant` issues one; leaving it closes the open one, as a recall when the
   * principal may order warrants and the participant is active again, and
   * otherwise as served (in custody, or released).
   */
  private async followWarrant(
    manager: EntityManager,
    principal: Principal,
    participantId: string,
    courtId: string,
    from: string,
    input: ChangeStatusDto,
  ): Promise<{ id: string; action: 'issued' | 'served' | 'recalled' } | null> {
    const now = this.clock.now();
    if (input.status === 'warrant') {
      const issued = await insertWarrant(manager, { participantId, courtId, issuedAt: now, issuedBy: principal.userId, reason: input.reason, hearingId: null });
      return { id: issued.id, action: 'issued' };
    }
    if (from !== 'warrant') return null;
    const open = await openWarrant(manager, participantId);
    if (!open) return null;
    const mayRecall = principal.courtsWith(Permission.WarrantOrder).some((m) => m.courtId === courtId);
    if (input.status === 'active' && mayRecall) {
      await markRecalled(manager, open, { at: now, by: principal.userId, reason: input.reason });
      return { id: open.id, action: 'recalled' };
    }
    const outcome = input.status === 'in_custody' ? 'in_custody' : 'released';
    await markServed(manager, open, { at: now, by: principal.userId, outcome, note: input.reason });
    return { id: open.id, action: 'served' };
  }

  /** Acceptance needs a screening showing legal eligibility and the approval of every party the program requires. */
  private async assertAdmissible(manager: EntityManager, participant: Participant, program: Program | null): Promise<void> {
    const screening = await manager.findOne(Screening, { where: { participantId: participant.id } });
    const decisions = await manager.find(ScreeningDecision, { where: { participantId: participant.id } });
    const unmet: string[] = [];
    if (!program) unmet.push('no program chosen');
    if (!screening) unmet.push('no screening recorded');
    else if (!screening.legallyEligible) {
      const charges = screening.excludedCharges.map((c) => `${c.description} (${c.category})`);
      unmet.push(`not legally eligible: ${[...charges, ...(screening.otherExclusion ? [screening.otherExclusion] : [])].join('; ')}`);
    }
    for (const party of program?.requiredApprovals ?? []) {
      const decision = decisions.find((d) => d.party === party);
      if (!decision) unmet.push(`the ${party}'s decision is missing`);
      else if (decision.decision === 'reject') unmet.push(`the ${party} rejected: ${decision.reason}`);
    }
    if (unmet.length > 0) {
      throw new ConflictError('admission-requirements-unmet', 'Cannot accept yet', `Acceptance needs: ${unmet.join('; ')}.`, { unmet });
    }
  }

  /** Graduation is from the last phase of the participant's plan. */
  private async assertFinalPhase(manager: EntityManager, participant: Participant): Promise<void> {
    const plan = participant.phasePlanId ? await this.programs.plan(participant.phasePlanId, manager) : null;
    const current = plan?.phases.find((p) => p.id === participant.phaseId);
    const last = plan?.phases[plan.phases.length - 1];
    if (!current || !last || current.id !== last.id) {
      throw new ConflictError(
        'not-in-final-phase',
        'Not in the final phase',
        `Graduation is from the final phase (${last?.position ?? '?'}); the participant is in phase ${current?.position ?? '?'}.`,
        { phase: current?.position ?? null, finalPhase: last?.position ?? null },
      );
    }
  }
}
