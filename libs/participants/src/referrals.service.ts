import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal, Role } from '@app/auth';
import { Clock, ConflictError, FieldProblem, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { ReferParticipantDto, UpdateParticipantDto } from './dto/referral.dto';
import { ParticipantStatusChange } from './entities/history.entities';
import { Participant } from './entities/participant.entity';
import { assertCaseManager, assertOpenProgram } from './path/court-checks';
import { correctedIssueFields, DEMOGRAPHIC_INPUT_KEYS, demographicColumns } from './demographics/demographic-input';
import { courtToday, lockParticipant } from './path/participant-path';

const BEFORE_ENROLMENT = ['referred', 'screening', 'accepted'];

/**
 * Referral: the record a participant's path starts with, and corrections
 * to its details. The participant number and PIN come later, at enrolment.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async refer(principal: Principal, input: ReferParticipantDto): Promise<string> {
    // Only the court's team refers; a court the caller cannot refer in does not exist for them.
    const membership = principal.courtsWith(Permission.ParticipantWrite).find((m) => m.courtId === input.courtId && m.role !== Role.TreatmentProvider);
    if (!membership) throw new NotFoundError('court');
    const demographics = demographicColumns(input);
    return this.dataSource.transaction(async (manager) => {
      const today = await courtToday(manager, input.courtId, this.clock);
      assertReferralDates(input, today, demographics.problems);
      if (input.programId) await assertOpenProgram(manager, input.courtId, input.programId);
      if (input.caseManagerId) await assertCaseManager(manager, input.courtId, input.caseManagerId);
      const participant = await manager.save(
        manager.create(Participant, {
          courtId: input.courtId,
          participantNumber: null,
          firstName: input.firstName,
          lastName: input.lastName,
          status: 'referred',
          programId: input.programId ?? null,
          referralSource: input.referralSource,
          referredOn: input.referredOn,
          arrestedOn: input.arrestedOn ?? null,
          caseNumbers: input.caseNumbers ?? [],
          charges: input.charges ?? [],
          dateOfBirth: input.dateOfBirth ?? null,
          gender: null,
          sex: null,
          ethnicity: null,
          races: [],
          raceDeclined: false,
          primaryLanguage: null,
          ...demographics.columns,
          contact: input.contact ?? {},
          caseManagerId: input.caseManagerId ?? null,
        }),
      );
      await manager.save(
        manager.create(ParticipantStatusChange, {
          participantId: participant.id,
          fromStatus: null,
          toStatus: 'referred',
          reason: `referred by ${input.referralSource}`,
          effectiveOn: input.referredOn,
          changedBy: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [this.access.grantFor(principal, participant.id, input.courtId)],
        { action: 'participant.refer', entityType: 'participant', entityIds: [participant.id] },
        manager,
      );
      return participant.id;
    });
  }

  async update(principal: Principal, id: string, input: UpdateParticipantDto): Promise<void> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, id);
    const demographics = demographicColumns(input);
    if (demographics.problems.length > 0) throw new ValidationFailedError(demographics.problems);
    await this.dataSource.transaction(async (manager) => {
      const participant = await lockParticipant(manager, id);
      const today = await courtToday(manager, participant.courtId, this.clock);
      if (input.dateOfBirth && participant.referredOn && input.dateOfBirth >= participant.referredOn) {
        throw new ValidationFailedError([{ field: 'dateOfBirth', message: 'must be before the referral date' }]);
      }
      if (input.dateOfBirth && input.dateOfBirth > today) throw new ValidationFailedError([{ field: 'dateOfBirth', message: 'is in the future' }]);
      if (input.programId !== undefined && input.programId !== participant.programId) {
        if (!BEFORE_ENROLMENT.includes(participant.status)) {
          throw new ConflictError('program-fixed', 'Program cannot change', 'The program cannot change after enrolment; a transfer discharges the participant instead.');
        }
        await assertOpenProgram(manager, participant.courtId, input.programId);
      }
      if (input.caseManagerId) await assertCaseManager(manager, participant.courtId, input.caseManagerId);
      const details = Object.entries(input).filter(([key, value]) => value !== undefined && !DEMOGRAPHIC_INPUT_KEYS.has(key));
      const changes = { ...Object.fromEntries(details), ...demographics.columns };
      if (Object.keys(changes).length > 0) await manager.update(Participant, { id }, changes as Partial<Pick<Participant, 'firstName'>>);
      // The answers now given replace whatever free text the migration could not map.
      const corrected = correctedIssueFields(demographics.columns);
      if (corrected.length > 0) {
        await manager.query(
          `UPDATE demographic_migration_issues SET resolved_at = $3, resolved_by = $4 WHERE participant_id = $1 AND field = ANY($2) AND resolved_at IS NULL`,
          [id, corrected, this.clock.now(), principal.userId],
        );
      }
      await this.access.record(
        principal,
        [grant],
        { action: 'participant.update', entityType: 'participant', entityIds: [id], details: { fields: Object.keys(changes) } },
        manager,
      );
    });
  }
}

function assertReferralDates(input: ReferParticipantDto, today: string, problems: FieldProblem[]): void {
  if (input.referredOn > today) problems.push({ field: 'referredOn', message: `is in the future (court date today is ${today})` });
  if (input.arrestedOn && input.arrestedOn > input.referredOn) problems.push({ field: 'arrestedOn', message: 'is after the referral date' });
  if (input.dateOfBirth && input.dateOfBirth >= (input.arrestedOn ?? input.referredOn)) {
    problems.push({ field: 'dateOfBirth', message: 'must be before the arrest and referral dates' });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);
}
