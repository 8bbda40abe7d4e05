import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ForbiddenError, Permission, Principal, TreatmentGrant } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { Clock, type Language, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts, recordDateProblems } from '@app/participants';
import { DataSource } from 'typeorm';
import { CreatePrescriptionDto, PrescriptionDto, PrescriptionListDto, RecordedPrescriptionDto } from './dto/prescription.dto';
import { markPrescribedResults } from './prescribed-results';
import { Prescription } from './prescription.entity';

/**
 * A prescription is part of the participant's treatment plan, so it is Part 2
 * information of kind `treatment_plan`: read by whoever a consent covering it
 * names (the court team, a provider), each read audited. It is written by a
 * provider under such a consent, or by case staff (who hold
 * `participant.write`) whom such a consent names, since a case manager is
 * often the one shown the bottle or the prescriber's letter. Evaluating a
 * result against it is the system's own use, not a disclosure: a testing site
 * learns only that a result is `prescribed`, never the medication.
 */
export const PRESCRIPTION_INFORMATION = 'treatment_plan';

const prescriptionDto = (row: Prescription): PrescriptionDto => ({
  id: row.id,
  participantId: row.participantId,
  substance: row.substance,
  medication: row.medication,
  prescriber: row.prescriber,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt.toISOString(),
});

const holdsIn = (principal: Principal, permission: Permission, courtId: string) => principal.courtsWith(permission).some((m) => m.courtId === courtId);

@Injectable()
export class PrescriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  /** Records a prescription; positives already recorded on its panel within its dates become `prescribed` in the same transaction. */
  async record(principal: Principal, participantId: string, input: CreatePrescriptionDto): Promise<RecordedPrescriptionDto> {
    const grant = await this.writeGrant(principal, participantId);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, now, { lock: true });
      assertEnrolled(facts);
      const problems = recordDateProblems(facts, [{ field: 'startsOn', date: input.startsOn }]);
      if (input.endsOn !== undefined && input.endsOn < input.startsOn) problems.push({ field: 'endsOn', message: 'must be on or after startsOn' });
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const row = await manager.save(
        manager.create(Prescription, {
          courtId: grant.courtId,
          participantId,
          substance: input.substance,
          medication: input.medication,
          prescriber: input.prescriber,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          recordedBy: principal.userId,
        }),
      );
      const reclassifiedCollectionIds = await markPrescribedResults(manager, row, now);
      // The audit names the panel and dates only: the medication and prescriber stay in the record the consent covers.
      await this.access.record(
        principal,
        [grant],
        {
          action: 'prescription.write',
          entityType: 'prescription',
          entityIds: [row.id],
          details: { substance: row.substance, startsOn: row.startsOn, endsOn: row.endsOn, reclassifiedCollectionIds },
        },
        manager,
      );
      return { ...prescriptionDto(row), reclassifiedCollectionIds };
    });
  }

  /** The participant's prescriptions, newest first, with the redisclosure notice; 403 (audited) without a covering consent. */
  async list(principal: Principal, participantId: string, language: Language): Promise<PrescriptionListDto> {
    const grant = await this.access.treatment(principal, Permission.TreatmentRead, participantId, PRESCRIPTION_INFORMATION);
    const rows = await this.dataSource.manager.find(Prescription, {
      where: { participantId },
      order: { startsOn: 'DESC', createdAt: 'DESC' },
      // A bounded page: no participant has this many prescriptions in a program.
      take: 200,
    });
    await this.access.record(principal, [grant], { action: 'prescription.read', entityType: 'prescription', entityIds: rows.map((r) => r.id) });
    const { notice, lawName } = await this.notices.forCourt(grant.courtId, language);
    return { items: rows.map(prescriptionDto), redisclosureNotice: notice, lawName };
  }

  /** A provider under a consent it may disclose by, or case staff named by a consent; 403 `consent-required` (audited) otherwise. */
  private async writeGrant(principal: Principal, participantId: string): Promise<TreatmentGrant> {
    const grant = await this.access.participant(principal, Permission.TreatmentRead, participantId);
    if (holdsIn(principal, Permission.TreatmentWrite, grant.courtId)) {
      return this.access.treatment(principal, Permission.TreatmentWrite, participantId, PRESCRIPTION_INFORMATION);
    }
    if (!holdsIn(principal, Permission.ParticipantWrite, grant.courtId)) {
      throw new ForbiddenError('Recording a prescription is for case staff and treatment providers.');
    }
    return this.access.treatment(principal, Permission.TreatmentRead, participantId, PRESCRIPTION_INFORMATION);
  }
}
