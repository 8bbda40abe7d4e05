import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, consentCovering, Permission, Principal } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { Clock } from '@app/core';
import { assertRecordable, enrolmentFacts } from '@app/participants';
import { recordViolations } from '@app/violations';
import { DataSource } from 'typeorm';
import { CreateTreatmentAttendanceDto, TreatmentAttendanceDto, TreatmentAttendanceListDto } from './dto/treatment-attendance.dto';
import { TreatmentAttendance } from './treatment-attendance.entity';

const INFORMATION = 'treatment_attendance';

const toDto = (row: TreatmentAttendance): TreatmentAttendanceDto => ({
  id: row.id,
  participantId: row.participantId,
  organisationId: row.organisationId,
  sessionOn: row.sessionOn,
  sessionType: row.sessionType,
  attendance: row.attendance,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Treatment sessions and whether the participant attended, as providers
 * report them: Part 2 information (`treatment_attendance`), written and read
 * only under a valid consent, checked on every request.
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
    const grant = await this.access.treatment(principal, Permission.TreatmentWrite, participantId, INFORMATION);
    // Only provider staff hold treatment.write, and they always act for an organisation.
    if (!grant.organisationId) throw new Error('treatment.write granted without a provider organisation');
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, this.clock.now());
      assertRecordable(facts, [{ field: 'sessionOn', date: input.sessionOn, notBeforeEnrolment: true }]);
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
        // A missed session the provider reports is a violation, once per report; the evidence is the row's id only.
        await recordViolations(manager, [
          {
            courtId: grant.courtId,
            participantId,
            kind: 'missed_treatment',
            detectedAt: this.clock.now(),
            sourceKey: `treatment-attendance:${row.id}`,
            evidence: { treatmentAttendanceId: row.id },
          },
        ]);
      }
      return toDto(row);
    });
  }

  /**
   * The sessions the caller's consents cover, with the redisclosure notice:
   * a row is covered by a consent that lets its organisation disclose (or any
   * of the court's providers). A provider sees only its own organisation's rows.
   */
  async list(principal: Principal, participantId: string): Promise<TreatmentAttendanceListDto> {
    const { grant, consents } = await this.access.treatmentAny(principal, participantId, [INFORMATION]);
    const query = this.dataSource.manager
      .createQueryBuilder(TreatmentAttendance, 'a')
      .where('a.participant_id = :participantId', { participantId })
      .orderBy('a.session_on', 'DESC')
      .addOrderBy('a.created_at', 'DESC');
    if (grant.organisationId) query.andWhere('a.organisation_id = :organisationId', { organisationId: grant.organisationId });
    const coveringConsent = (row: TreatmentAttendance) => consentCovering(consents, INFORMATION, row.organisationId);
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
    return { items: rows.map(toDto), redisclosureNotice: await this.notices.forCourt(grant.courtId) };
  }
}
