import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, isUniqueViolation } from '@app/core';
import { ProgramReader } from '@app/programs';
import { DataSource } from 'typeorm';
import { RecordScreeningDto, ScreeningDecisionDto } from './dto/screening.dto';
import { Participant } from './entities/participant.entity';
import { Screening, ScreeningDecision } from './entities/screening.entities';
import { courtToday, effectiveDate, lockParticipant, recordStatusChange } from './path/participant-path';

/**
 * Screening: legal eligibility against the program's exclusion criteria,
 * the clinical assessment, and the decisions of the parties the program
 * requires. Acceptance itself is a status change that checks all of it.
 */
@Injectable()
export class ScreeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly programs: ProgramReader,
    private readonly clock: Clock,
  ) {}

  /** Records (or corrects) the screening; the first one moves a referral into screening. */
  async record(principal: Principal, id: string, input: RecordScreeningDto): Promise<void> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, id);
    await this.dataSource.transaction(async (manager) => {
      const participant = await lockParticipant(manager, id);
      if (participant.status !== 'referred' && participant.status !== 'screening') {
        throw new ConflictError('screening-closed', 'Screening is closed', `Screening is recorded before a decision; this participant is ${participant.status}.`);
      }
      const program = participant.programId ? await this.programs.program(participant.programId, manager) : null;
      if (!program) {
        throw new ConflictError('program-required', 'Program not chosen', 'Choose the program (PATCH the participant) before screening: eligibility depends on it.');
      }
      const today = await courtToday(manager, participant.courtId, this.clock);
      effectiveDate('assessedOn', input.assessedOn, today, { date: participant.referredOn, what: 'the referral' });
      const excludedCharges = participant.charges.filter((charge) => (program.excludedChargeCategories as string[]).includes(charge.category));
      const otherExclusion = input.otherExclusion ?? null;
      const existing = await manager.findOne(Screening, { where: { participantId: id } });
      await manager.save(
        manager.create(Screening, {
          ...(existing ?? {}),
          participantId: id,
          excludedCharges,
          otherExclusion,
          legallyEligible: excludedCharges.length === 0 && otherExclusion === null,
          assessedOn: input.assessedOn,
          instrument: input.instrument,
          score: input.score ?? null,
          riskLevel: input.riskLevel,
          needLevel: input.needLevel,
          recordedBy: principal.userId,
        }),
      );
      if (participant.status === 'referred') {
        await recordStatusChange(manager, participant, { to: 'screening', reason: 'screening started', effectiveOn: input.assessedOn, by: principal.userId });
      }
      await this.access.record(
        principal,
        [grant],
        { action: existing ? 'screening.update' : 'screening.write', entityType: 'participant', entityIds: [id] },
        manager,
      );
    });
  }

  async decide(principal: Principal, id: string, input: ScreeningDecisionDto): Promise<void> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, id);
    await this.dataSource.transaction(async (manager) => {
      const participant: Participant = await lockParticipant(manager, id);
      if (participant.status !== 'screening') {
        throw new ConflictError('not-in-screening', 'Not in screening', `Decisions are recorded during screening; this participant is ${participant.status}.`);
      }
      const today = await courtToday(manager, participant.courtId, this.clock);
      const decidedOn = effectiveDate('decidedOn', input.decidedOn, today, { date: participant.referredOn, what: 'the referral' });
      try {
        await manager.save(
          manager.create(ScreeningDecision, {
            participantId: id,
            party: input.party,
            decision: input.decision,
            reason: input.reason ?? null,
            decidedOn,
            recordedBy: principal.userId,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'screening_decisions_party_key')) {
          throw new ConflictError('decision-recorded', 'Decision already recorded', `The ${input.party}'s decision is already recorded.`, { party: input.party });
        }
        throw error;
      }
      await this.access.record(
        principal,
        [grant],
        { action: 'screening.decision', entityType: 'participant', entityIds: [id], details: { party: input.party, decision: input.decision } },
        manager,
      );
    });
  }
}
