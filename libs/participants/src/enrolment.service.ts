import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validConsentSql } from '@app/audit';
import { AccessService, CourtMembership, Permission, Principal, Role, SecretHasher, secretProblem, User } from '@app/auth';
import { Clock, ConflictError, isUniqueViolation, ValidationFailedError } from '@app/core';
import { HearingsService } from '@app/hearings';
import { ProgramReader } from '@app/programs';
import { DataSource, EntityManager } from 'typeorm';
import { EnrolmentDto, EnrolParticipantDto } from './dto/enrolment.dto';
import { ParticipantPhase } from './entities/history.entities';
import { Participant } from './entities/participant.entity';
import { assertCaseManager, assertOpenProgram } from './path/court-checks';
import { assertTransition, courtToday, effectiveDate, lastStatusChangeOn, lockParticipant, recordStatusChange } from './path/participant-path';

/**
 * Enrolment: an accepted participant with a consent on file joins the
 * program's current phase plan at phase 1, receives a participant number and
 * a call-in PIN (their sign-in), and gets their first hearing, the warning
 * hearing in a HOPE program. All in one transaction.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly programs: ProgramReader,
    private readonly hearings: HearingsService,
    private readonly hasher: SecretHasher,
    private readonly clock: Clock,
  ) {}

  async enrol(principal: Principal, id: string, input: EnrolParticipantDto): Promise<EnrolmentDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, id);
    const [person] = (await this.dataSource.query(`SELECT date_of_birth::text AS dob FROM participants WHERE id = $1`, [id])) as Array<{ dob: string | null }>;
    const pinProblem = secretProblem('participant', input.pin, 'pin', { dateOfBirth: person?.dob ?? null });
    if (pinProblem) throw new ValidationFailedError([pinProblem]);
    const firstHearingAt = new Date(input.firstHearingAt);
    if (firstHearingAt <= this.clock.now()) throw new ValidationFailedError([{ field: 'firstHearingAt', message: 'must be in the future' }]);
    const pinHash = await this.hasher.hash(input.pin);
    return this.dataSource.transaction(async (manager) => {
      const participant = await lockParticipant(manager, id);
      assertTransition(participant.status, 'active');
      const today = await courtToday(manager, participant.courtId, this.clock);
      const enrolledOn = effectiveDate('enrolledOn', input.enrolledOn, today, { date: await lastStatusChangeOn(manager, id), what: 'the acceptance' });
      const programId = input.programId ?? participant.programId;
      if (!programId) throw new ValidationFailedError([{ field: 'programId', message: 'is required: no program was chosen at referral' }]);
      const program = await assertOpenProgram(manager, participant.courtId, programId);
      if (participant.programId && programId !== participant.programId) {
        throw new ValidationFailedError([{ field: 'programId', message: 'differs from the program the participant was screened for' }]);
      }
      const current = await this.programs.currentPlan(programId, manager);
      if (!current || current.phases.length === 0) throw new ConflictError('program-without-phases', 'Program has no phases', `Program ${program.code} has no phase plan yet.`);
      const caseManagerId = input.caseManagerId ?? participant.caseManagerId;
      if (input.caseManagerId) await assertCaseManager(manager, participant.courtId, input.caseManagerId);
      await this.assertConsentOnFile(manager, id);

      const user = await manager.save(
        manager.create(User, {
          kind: 'participant',
          username: null,
          displayName: `${participant.firstName} ${participant.lastName}`,
          secretHash: pinHash,
          secretChangedAt: this.clock.now(),
          mustChangeSecret: true,
          language: input.language ?? null,
        }),
      );
      await manager.save(manager.create(CourtMembership, { userId: user.id, courtId: participant.courtId, role: Role.Participant, organisationId: null, grantedBy: principal.userId }));
      const firstPhase = current.phases[0];
      await this.assignNumber(manager, id, input.participantNumber);
      await manager.update(Participant, { id }, {
        programId,
        phasePlanId: current.plan.id,
        phaseId: firstPhase.id,
        phaseStartedOn: enrolledOn,
        enrolledOn,
        userId: user.id,
        caseManagerId,
      });
      await manager.save(
        manager.create(ParticipantPhase, {
          participantId: id,
          phasePlanId: current.plan.id,
          phaseId: firstPhase.id,
          startedOn: enrolledOn,
          startReason: 'enrolment',
          orderNote: input.note ?? null,
          recordedBy: principal.userId,
        }),
      );
      await recordStatusChange(manager, participant, { to: 'active', reason: input.note ?? `enrolled in ${program.code}`, effectiveOn: enrolledOn, by: principal.userId });
      const kind = program.model === 'hope_probation' ? 'warning' : 'status';
      const hearing = await this.hearings.schedule(manager, { courtId: participant.courtId, participantId: id, kind, scheduledAt: firstHearingAt, createdBy: principal.userId });
      await this.access.record(
        principal,
        [grant],
        {
          action: 'participant.enrol',
          entityType: 'participant',
          entityIds: [id],
          details: { programId, phasePlanId: current.plan.id, participantNumber: input.participantNumber, hearingId: hearing.id, language: input.language ?? null },
        },
        manager,
      );
      return {
        participantId: id,
        participantNumber: input.participantNumber,
        programId,
        phasePlanId: current.plan.id,
        phaseId: firstPhase.id,
        enrolledOn,
        firstHearingId: hearing.id,
        firstHearingKind: kind,
      };
    });
  }

  /** Enrolment requires a valid consent on file (42 CFR Part 2): the team cannot work with treatment information without one. */
  private async assertConsentOnFile(manager: EntityManager, participantId: string): Promise<void> {
    const rows = (await manager.query(
      `SELECT 1 FROM consents c JOIN courts ct ON ct.id = c.court_id WHERE c.participant_id = $1 AND ${validConsentSql('$2')} LIMIT 1`,
      [participantId, this.clock.now()],
    )) as unknown[];
    if (rows.length === 0) {
      throw new ConflictError('consent-missing', 'No consent on file', 'Enrolment requires a valid, unrevoked consent on file; record the signed consent first.');
    }
  }

  private async assignNumber(manager: EntityManager, id: string, participantNumber: string): Promise<void> {
    try {
      // The unique index decides, so two enrolments racing for one number cannot both win.
      await manager.update(Participant, { id }, { participantNumber });
    } catch (error) {
      if (isUniqueViolation(error, 'participants_court_number_key')) {
        throw new ConflictError('participant-number-taken', 'Participant number in use', `Participant number ${participantNumber} is already in use in this court.`, {
          field: 'participantNumber',
        });
      }
      throw error;
    }
  }
}
