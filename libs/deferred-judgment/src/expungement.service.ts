import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal, SessionsService } from '@app/auth';
import { Clock, ConflictError, isUuid, type Language, NotFoundError } from '@app/core';
import { lockParticipant, Participant } from '@app/participants';
import { DataSource, EntityManager } from 'typeorm';
import { DeferredJudgment } from './deferred-judgment.entity';
import { toDeferredJudgmentDto } from './deferred-judgments.service';
import { ExpungementEligibilityDto, ExpungementGrantedDto, GrantExpungementDto, ReadSealedRecordDto, SealedRecordDto } from './dto/deferred-judgment.dto';
import { Eligibility, expungementEligibility } from './expungement-eligibility';
import { renderExpungementMotion } from './expungement-motion-pdf';

/** Makes the participant's row visible to this transaction only (the row-level policy on `participants`). */
export async function unsealFor(manager: EntityManager, participantId: string): Promise<void> {
  await manager.query(`SELECT set_config('tc.sealed_read', $1, true)`, [participantId]);
}

/**
 * Expungement of a completed deferred judgment: its eligibility against the
 * program's rules, the motion and order as a PDF, and the judge's grant,
 * which seals the record. A sealed participant disappears from every query
 * of the application (Postgres' row-level policy on `participants`); only
 * the court administrator reads the record again, giving a reason that is
 * audited.
 */
@Injectable()
export class ExpungementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  async eligibility(principal: Principal, participantId: string): Promise<ExpungementEligibilityDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const { judgment, eligibility } = await this.assess(this.dataSource.manager, participantId);
    await this.access.record(principal, [grant], {
      action: 'expungement.eligibility_read',
      entityType: 'deferred_judgment',
      entityIds: [judgment.id],
      details: { eligible: eligibility.eligible },
    });
    return { participantId, ...eligibility };
  }

  async motion(principal: Principal, participantId: string, language: Language): Promise<Buffer> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const { participant, judgment, eligibility } = await this.assess(this.dataSource.manager, participantId);
    const [court] = (await this.dataSource.query(`SELECT name FROM courts WHERE id = $1`, [participant.courtId])) as Array<{ name: string }>;
    const pdf = await renderExpungementMotion(
      {
        courtName: court.name,
        participantName: `${participant.firstName} ${participant.lastName}`,
        participantNumber: participant.participantNumber,
        caseNumbers: participant.caseNumbers,
        charges: judgment.charges,
        plea: judgment.plea,
        pleaEnteredOn: judgment.pleaEnteredOn,
        deferredSentence: judgment.deferredSentence,
        dischargedOn: participant.dischargedOn,
        eligibility,
        date: this.clock.now(),
        grantedOn: null,
        orderReference: null,
      },
      language,
    );
    await this.access.record(principal, [grant], {
      action: 'expungement.motion_read',
      entityType: 'deferred_judgment',
      entityIds: [judgment.id],
      details: { eligible: eligibility.eligible, language },
    });
    return pdf;
  }

  async grant(principal: Principal, participantId: string, input: GrantExpungementDto): Promise<ExpungementGrantedDto> {
    const grant = await this.access.participant(principal, Permission.ExpungementGrant, participantId);
    return this.dataSource.transaction(async (manager) => {
      const participant = await lockParticipant(manager, participantId);
      const { judgment, eligibility } = await this.assess(manager, participantId);
      if (!eligibility.eligible) {
        const failed = eligibility.rules.filter((r) => !r.passed);
        throw new ConflictError(
          'expungement-not-eligible',
          'Not eligible for expungement',
          `Not every rule is met: ${failed.map((r) => `${r.rule} (${r.detail})`).join('; ')}.`,
          { failed: failed.map((r) => r.rule) },
        );
      }
      const now = this.clock.now();
      const orderReference = input.orderReference ?? null;
      await manager.update(DeferredJudgment, { id: judgment.id }, { expungementGrantedAt: now, expungementGrantedBy: principal.userId, expungementOrderReference: orderReference });
      // The update makes the row sealed, which the policy would hide from this very statement's check.
      await unsealFor(manager, participantId);
      await manager.update(Participant, { id: participantId }, { sealedAt: now, sealedBy: principal.userId, markedForExpungement: false });
      if (participant.userId) {
        await manager.query(`UPDATE users SET active = false, deactivated_at = $2, updated_at = $2 WHERE id = $1`, [participant.userId, now]);
        await this.sessions.revokeAllOf(manager, participant.userId, 'record sealed');
      }
      await this.access.record(
        principal,
        [grant],
        { action: 'expungement.grant', entityType: 'participant', entityIds: [participantId], details: { orderReference, deferredJudgmentId: judgment.id } },
        manager,
      );
      return { participantId, sealedAt: now.toISOString(), orderReference };
    });
  }

  /** The court administrator's read of a sealed record, with the reason, audited; 404 for anything but a sealed record of their court. */
  async readSealed(principal: Principal, participantId: string, input: ReadSealedRecordDto): Promise<SealedRecordDto> {
    if (!isUuid(participantId)) throw new NotFoundError('sealed record');
    const courts = principal.courtsWith(Permission.SealedRecordRead).map((m) => m.courtId);
    return this.dataSource.transaction(async (manager) => {
      await unsealFor(manager, participantId);
      const participant = await manager.findOne(Participant, { where: { id: participantId } });
      if (!participant?.sealedAt || !courts.includes(participant.courtId)) throw new NotFoundError('sealed record');
      const judgment = await manager.findOne(DeferredJudgment, { where: { participantId } });
      await this.access.record(
        principal,
        [this.access.grantFor(principal, participantId, participant.courtId)],
        { action: 'participant.sealed_read', entityType: 'participant', entityIds: [participantId], details: { reason: input.reason } },
        manager,
      );
      return {
        participantId,
        participantNumber: participant.participantNumber,
        firstName: participant.firstName,
        lastName: participant.lastName,
        caseNumbers: participant.caseNumbers,
        status: participant.status,
        disposition: participant.disposition,
        dischargedOn: participant.dischargedOn,
        sealedAt: participant.sealedAt.toISOString(),
        deferredJudgment: judgment ? toDeferredJudgmentDto(judgment) : null,
      };
    });
  }

  private async assess(manager: EntityManager, participantId: string): Promise<{ participant: Participant; judgment: DeferredJudgment; eligibility: Eligibility }> {
    const participant = await manager.findOneOrFail(Participant, { where: { id: participantId } });
    const judgment = await manager.findOne(DeferredJudgment, { where: { participantId } });
    if (!judgment) throw new NotFoundError('deferred judgment', 'No plea or deferred sentence is recorded for this participant.');
    // One after another: inside a transaction the queries share one connection.
    const [hours] = await manager.query(`SELECT COALESCE(sum(amount), 0)::float AS done FROM participant_ledger_entries WHERE participant_id = $1 AND kind = 'community_service'`, [participantId]);
    const milestones = await manager.query(`SELECT name FROM participant_milestones WHERE participant_id = $1`, [participantId]);
    const [warrants] = await manager.query(`SELECT count(*)::int AS open FROM warrants WHERE participant_id = $1 AND served_at IS NULL AND recalled_at IS NULL`, [participantId]);
    const eligibility = expungementEligibility({
      status: participant.status,
      pleaEnteredOn: judgment.pleaEnteredOn,
      dischargedOn: participant.dischargedOn,
      communityServiceHoursRequired: judgment.communityServiceHours,
      communityServiceHoursDone: (hours as { done: number }).done,
      requiredMilestones: judgment.requiredMilestones,
      milestonesReached: (milestones as Array<{ name: string }>).map((m) => m.name),
      chargeCategories: [...participant.charges, ...judgment.charges].map((c) => c.category),
      openWarrants: (warrants as { open: number }).open,
    });
    return { participant, judgment, eligibility };
  }
}
