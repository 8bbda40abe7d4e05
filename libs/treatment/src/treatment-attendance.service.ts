import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, consentCovering, Permission, Principal, TreatmentGrant } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { Clock, type Language, NotFoundError, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts } from '@app/participants';
import { DataSource } from 'typeorm';
import { attendanceChangeProblem, sessionDateProblem } from './attendance-rules';
import { dismissNoShowViolation, raiseNoShowViolations } from './attendance-violations';
import {
  CreateTreatmentAttendanceDto,
  TreatmentAttendanceDto,
  TreatmentAttendanceListDto,
  UpdateTreatmentAttendanceDto,
} from './dto/treatment-attendance.dto';
import { TreatmentAttendance } from './treatment-attendance.entity';

export const ATTENDANCE_INFORMATION = 'treatment_attendance';

export const attendanceDto = (row: TreatmentAttendance): TreatmentAttendanceDto => ({
  id: row.id,
  participantId: row.participantId,
  organisationId: row.organisationId,
  sessionOn: row.sessionOn,
  sessionType: row.sessionType,
  attendance: row.attendance,
  groupSessionId: row.groupSessionId,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * Treatment sessions and whether the participant attended, as providers
 * schedule and report them: Part 2 information (`treatment_attendance`),
 * written and read only under a valid consent, checked on every request.
 */
@Injectable()
export class TreatmentAttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, participantId: string, input: CreateTreatmentAttendanceDto): Promise<TreatmentAttendanceDto> {
    const grant = await this.access.treatment(principal, Permission.TreatmentWrite, participantId, ATTENDANCE_INFORMATION);
    // Only provider staff hold treatment.write, and they always act for an organisation.
    if (!grant.organisationId) throw new Error('treatment.write granted without a provider organisation');
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const facts = await enrolmentFacts(manager, participantId, now);
      assertEnrolled(facts);
      const problem = sessionDateProblem(input.sessionOn, input.attendance, facts);
      if (problem) throw new ValidationFailedError([problem]);
      const row = await manager.save(
        manager.create(TreatmentAttendance, {
          participantId,
          organisationId: grant.organisationId as string,
          sessionOn: input.sessionOn,
          sessionType: input.sessionType,
          attendance: input.attendance,
          recordedBy: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'treatment_attendance.write', entityType: 'treatment_attendance', entityIds: [row.id] },
        manager,
      );
      if (row.attendance === 'no_show') {
        // A missed session the provider reports is a violation where the program counts it, once per row.
        await raiseNoShowViolations(manager, [{ attendanceId: row.id, participantId, courtId: grant.courtId }], now);
      }
      return attendanceDto(row);
    });
  }

  /**
   * What happened at a scheduled session, or a correction of a report: only
   * by the organisation that recorded it, under a consent letting it disclose
   * attendance; anything else is 404. A session still ahead can only stay
   * scheduled or be excused. A new no-show raises its violation (where the
   * program counts them); a no-show corrected away dismisses it if still open.
   */
  async update(principal: Principal, attendanceId: string, input: UpdateTreatmentAttendanceDto): Promise<TreatmentAttendanceDto> {
    const [found] = (await this.dataSource.query(`SELECT participant_id, organisation_id FROM treatment_attendance WHERE id = $1`, [attendanceId])) as Array<{
      participant_id: string;
      organisation_id: string;
    }>;
    if (!found) throw new NotFoundError('treatment attendance');
    const grant = (await this.access.participants(principal, Permission.TreatmentWrite, [found.participant_id])).get(found.participant_id);
    if (!grant || grant.organisationId !== found.organisation_id) throw new NotFoundError('treatment attendance');
    const consents = await this.access.coveringConsentsFor(principal, grant, [ATTENDANCE_INFORMATION], Permission.TreatmentWrite);
    const consent = consentCovering(consents, ATTENDANCE_INFORMATION, found.organisation_id);
    if (!consent) throw new NotFoundError('treatment attendance');
    const treatmentGrant: TreatmentGrant = { ...grant, consentId: consent.consentId, basis: `consent:${consent.consentId}` };

    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const row = await manager.findOne(TreatmentAttendance, { where: { id: attendanceId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('treatment attendance');
      const facts = await enrolmentFacts(manager, row.participantId, now);
      assertEnrolled(facts);
      const problem = attendanceChangeProblem(row.sessionOn, input.attendance, facts.today);
      if (problem) throw new ValidationFailedError([problem]);

      const before = { attendance: row.attendance, sessionType: row.sessionType };
      const after = { attendance: input.attendance, sessionType: input.sessionType ?? row.sessionType };
      const changes = Object.fromEntries(
        (Object.keys(before) as Array<keyof typeof before>).filter((key) => before[key] !== after[key]).map((key) => [key, { from: before[key], to: after[key] }]),
      );
      // Nothing changed: nothing is saved, but the answer still discloses the row, so it is audited all the same.
      const saved = Object.keys(changes).length === 0 ? row : await manager.save(Object.assign(row, after));
      const noShow = { attendanceId: row.id, participantId: row.participantId, courtId: grant.courtId };
      const violationsRaised = before.attendance !== 'no_show' && after.attendance === 'no_show' ? await raiseNoShowViolations(manager, [noShow], now) : [];
      const violationsDismissed = before.attendance === 'no_show' && after.attendance !== 'no_show' ? await dismissNoShowViolation(manager, row.id, now) : [];
      await this.access.record(
        principal,
        [treatmentGrant],
        {
          action: 'treatment_attendance.update',
          entityType: 'treatment_attendance',
          entityIds: [row.id],
          // Field names only: the values (attendance, session type) are treatment facts, and the audit log is read by
          // court administrators, who hold no treatment access. Who may see them reads the row itself.
          details: { changedFields: Object.keys(changes), violationsRaised, violationsDismissed },
        },
        manager,
      );
      return attendanceDto(saved);
    });
  }

  /**
   * The sessions the caller's consents cover, with the redisclosure notice:
   * a row is covered by a consent that lets its organisation disclose (or any
   * of the court's providers). A provider sees only its own organisation's rows.
   */
  async list(principal: Principal, participantId: string, language: Language): Promise<TreatmentAttendanceListDto> {
    const { grant, consents } = await this.access.treatmentAny(principal, participantId, [ATTENDANCE_INFORMATION]);
    const query = this.dataSource.manager
      .createQueryBuilder(TreatmentAttendance, 'a')
      .where('a.participant_id = :participantId', { participantId })
      .orderBy('a.session_on', 'DESC')
      .addOrderBy('a.created_at', 'DESC');
    if (grant.organisationId) query.andWhere('a.organisation_id = :organisationId', { organisationId: grant.organisationId });
    const coveringConsent = (row: TreatmentAttendance) => consentCovering(consents, ATTENDANCE_INFORMATION, row.organisationId);
    const rows = (await query.getMany()).filter((row) => coveringConsent(row));
    const consentIds = [...new Set(rows.map((row) => coveringConsent(row)!.consentId))];
    await this.access.record(principal, [grant], {
      action: 'treatment_attendance.read',
      entityType: 'treatment_attendance',
      entityIds: rows.map((r) => r.id),
      // Every consent relied on is in `details`; the basis names the first and how many more.
      ...consentBasis(consentIds),
      details: { consentIds },
    });
    const { notice, lawName } = await this.notices.forCourt(grant.courtId, language);
    return { items: rows.map(attendanceDto), redisclosureNotice: notice, lawName };
  }
}
