import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, courtDateAt, NotFoundError, ValidationFailedError } from '@app/core';
import { assertOwnHearing, lockParticipant, Participant } from '@app/participants';
import { Program } from '@app/programs';
import { DataSource, EntityManager } from 'typeorm';
import { DeferredJudgment } from './deferred-judgment.entity';
import { ChangeProgramLengthDto, DeferredJudgmentDto, RecordPleaDto } from './dto/deferred-judgment.dto';
import { MAXIMUM_PROGRAM_MONTHS, programDates } from './program-length';

/** Statuses in which a plea can be recorded: accepted into the program, or in it. */
const PLEA_STATUSES = ['accepted', 'active', 'in_custody', 'warrant', 'medical_leave'];

export function toDeferredJudgmentDto(d: DeferredJudgment): DeferredJudgmentDto {
  return {
    id: d.id,
    participantId: d.participantId,
    charges: d.charges,
    plea: d.plea,
    pleaEnteredOn: d.pleaEnteredOn,
    deferredSentence: d.deferredSentence,
    programMonths: d.programMonths,
    communityServiceHours: d.communityServiceHours,
    requiredMilestones: d.requiredMilestones,
    source: d.source,
    hearingId: d.hearingId,
    ...programDates(d.pleaEnteredOn, d.programMonths),
    lengthWarningSentAt: d.lengthWarningSentAt?.toISOString() ?? null,
    expungementGrantedAt: d.expungementGrantedAt?.toISOString() ?? null,
  };
}

/**
 * The plea and the deferred sentence of a participant of a deferred-judgment
 * program, recorded once (the judge at a hearing, or the coordinator from
 * the court's paper), and the program's length, which the court may change
 * but never beyond 18 months from the plea.
 */
@Injectable()
export class DeferredJudgmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async get(principal: Principal, participantId: string): Promise<DeferredJudgmentDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const judgment = await this.dataSource.manager.findOne(DeferredJudgment, { where: { participantId } });
    if (!judgment) throw new NotFoundError('deferred judgment', 'No plea or deferred sentence is recorded for this participant.');
    await this.access.record(principal, [grant], { action: 'deferred_judgment.read', entityType: 'deferred_judgment', entityIds: [judgment.id] });
    return toDeferredJudgmentDto(judgment);
  }

  async record(principal: Principal, participantId: string, input: RecordPleaDto): Promise<DeferredJudgmentDto> {
    const grant = await this.access.participant(principal, Permission.PleaRecord, participantId);
    return this.dataSource.transaction(async (manager) => {
      const participant = await lockParticipant(manager, participantId);
      await this.assertDeferredJudgmentProgram(manager, participant);
      if (!PLEA_STATUSES.includes(participant.status)) {
        throw new ConflictError('plea-not-recordable', 'No plea in this status', `A plea is recorded for a participant accepted into the program or in it; this one is ${participant.status}.`, {
          status: participant.status,
        });
      }
      if (await manager.exists(DeferredJudgment, { where: { participantId } })) {
        throw new ConflictError('plea-recorded', 'The plea is already recorded', 'The plea and deferred sentence are recorded once; the program’s length may be changed.');
      }
      const today = await this.courtToday(manager, participant.courtId);
      const problems = [];
      if (input.pleaEnteredOn > today) problems.push({ field: 'pleaEnteredOn', message: 'is in the future (court time)' });
      if (input.source === 'hearing' && !input.hearingId) problems.push({ field: 'hearingId', message: 'names the hearing the plea was entered at (source hearing)' });
      if (input.source === 'court_paper' && input.hearingId) problems.push({ field: 'hearingId', message: 'is given only with source hearing' });
      if (problems.length > 0) throw new ValidationFailedError(problems);
      if (input.hearingId) await assertOwnHearing(manager, participantId, input.hearingId);
      const judgment = await manager.save(
        manager.create(DeferredJudgment, {
          participantId,
          courtId: participant.courtId,
          charges: input.charges,
          plea: input.plea,
          pleaEnteredOn: input.pleaEnteredOn,
          deferredSentence: input.deferredSentence,
          programMonths: input.programMonths,
          communityServiceHours: input.communityServiceHours ?? 220,
          requiredMilestones: input.requiredMilestones ?? [],
          source: input.source,
          hearingId: input.hearingId ?? null,
          recordedBy: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'deferred_judgment.record', entityType: 'deferred_judgment', entityIds: [judgment.id], details: { source: input.source, programMonths: input.programMonths } },
        manager,
      );
      return toDeferredJudgmentDto(judgment);
    });
  }

  async changeLength(principal: Principal, participantId: string, input: ChangeProgramLengthDto): Promise<DeferredJudgmentDto> {
    const grant = await this.access.participant(principal, Permission.PleaRecord, participantId);
    return this.dataSource.transaction(async (manager) => {
      await lockParticipant(manager, participantId);
      const judgment = await manager.findOne(DeferredJudgment, { where: { participantId } });
      if (!judgment) throw new NotFoundError('deferred judgment', 'No plea or deferred sentence is recorded for this participant.');
      if (input.programMonths > MAXIMUM_PROGRAM_MONTHS) {
        const { maximumOn } = programDates(judgment.pleaEnteredOn, judgment.programMonths);
        throw new ConflictError(
          'program-length-maximum',
          'Beyond the program’s maximum length',
          `A deferred judgment lasts at most ${MAXIMUM_PROGRAM_MONTHS} months from the plea (until ${maximumOn}); it cannot be extended to ${input.programMonths}.`,
          { maximumMonths: MAXIMUM_PROGRAM_MONTHS, maximumOn },
        );
      }
      const from = judgment.programMonths;
      judgment.programMonths = input.programMonths;
      await manager.update(DeferredJudgment, { id: judgment.id }, { programMonths: input.programMonths });
      await this.access.record(
        principal,
        [grant],
        { action: 'deferred_judgment.length_change', entityType: 'deferred_judgment', entityIds: [judgment.id], details: { from, to: input.programMonths, reason: input.reason } },
        manager,
      );
      return toDeferredJudgmentDto(judgment);
    });
  }

  private async assertDeferredJudgmentProgram(manager: EntityManager, participant: Participant): Promise<void> {
    const program = participant.programId ? await manager.findOne(Program, { where: { id: participant.programId } }) : null;
    if (program?.model !== 'deferred_judgment') {
      throw new ConflictError('not-deferred-judgment', 'Not a deferred-judgment program', 'A plea and deferred sentence are recorded only for a participant of a deferred-judgment program.');
    }
  }

  private async courtToday(manager: EntityManager, courtId: string): Promise<string> {
    const [{ time_zone: zone }] = (await manager.query(`SELECT time_zone FROM courts WHERE id = $1`, [courtId])) as Array<{ time_zone: string }>;
    return courtDateAt(this.clock.now(), zone);
  }
}
