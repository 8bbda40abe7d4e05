import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, consentCovering, Permission, Principal, TreatmentGrant } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { addCalendarDays, Clock, courtInstant, type Language, NotFoundError, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts } from '@app/participants';
import { DataSource } from 'typeorm';
import { CreateTreatmentAppointmentDto, TreatmentAppointmentDto, TreatmentAppointmentListDto } from './treatment-appointment.dto';
import { TreatmentAppointment } from './treatment-appointment.entity';

/** An appointment is the future half of attendance: the consent that covers attendance covers it. */
export const APPOINTMENT_INFORMATION = 'treatment_attendance';
/** How far ahead an appointment may be booked. */
const BOOK_AHEAD_DAYS = 366;

const appointmentDto = (row: TreatmentAppointment): TreatmentAppointmentDto => ({
  id: row.id,
  participantId: row.participantId,
  organisationId: row.organisationId,
  appointmentOn: row.appointmentOn,
  startTime: row.startTime,
  startsAt: row.startsAt.toISOString(),
  place: row.place,
  note: row.note,
  status: row.status,
  cancelledAt: row.cancelledAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Treatment appointments a provider books for a participant, so the program
 * can remind them the evening before (the text names only the time and the
 * address). Written by the booking organisation under a consent, read by
 * whoever a consent covers, each read audited.
 */
@Injectable()
export class TreatmentAppointmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  async schedule(principal: Principal, participantId: string, input: CreateTreatmentAppointmentDto): Promise<TreatmentAppointmentDto> {
    const grant = await this.access.treatment(principal, Permission.TreatmentWrite, participantId, APPOINTMENT_INFORMATION);
    // Only provider staff hold treatment.write, and they always act for an organisation.
    if (!grant.organisationId) throw new Error('treatment.write granted without a provider organisation');
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const facts = await enrolmentFacts(manager, participantId, now);
      assertEnrolled(facts);
      const startsAt = courtInstant(input.appointmentOn, input.startTime, facts.timeZone);
      if (startsAt.getTime() <= now.getTime()) {
        throw new ValidationFailedError([{ field: 'startTime', message: 'the appointment must start later than now' }]);
      }
      if (input.appointmentOn > addCalendarDays(facts.today, BOOK_AHEAD_DAYS)) {
        throw new ValidationFailedError([{ field: 'appointmentOn', message: `an appointment can be booked up to ${BOOK_AHEAD_DAYS} days ahead` }]);
      }
      const row = await manager.save(
        manager.create(TreatmentAppointment, {
          participantId,
          organisationId: grant.organisationId as string,
          appointmentOn: input.appointmentOn,
          startTime: input.startTime,
          startsAt,
          place: input.place,
          note: input.note ?? null,
          status: 'scheduled',
          createdBy: principal.userId,
        }),
      );
      await this.access.record(principal, [grant], { action: 'treatment_appointment.write', entityType: 'treatment_appointment', entityIds: [row.id] }, manager);
      return appointmentDto(row);
    });
  }

  /**
   * Cancels an appointment (no reminder goes after this): only by the
   * organisation that booked it, under a consent; anything else is 404.
   * Cancelling a cancelled appointment answers it unchanged, so a retry is harmless.
   */
  async cancel(principal: Principal, appointmentId: string): Promise<TreatmentAppointmentDto> {
    const [found] = (await this.dataSource.query(`SELECT participant_id, organisation_id FROM treatment_appointments WHERE id = $1`, [appointmentId])) as Array<{
      participant_id: string;
      organisation_id: string;
    }>;
    if (!found) throw new NotFoundError('treatment appointment');
    const grant = (await this.access.participants(principal, Permission.TreatmentWrite, [found.participant_id])).get(found.participant_id);
    if (!grant || grant.organisationId !== found.organisation_id) throw new NotFoundError('treatment appointment');
    const consents = await this.access.coveringConsentsFor(principal, grant, [APPOINTMENT_INFORMATION], Permission.TreatmentWrite);
    const consent = consentCovering(consents, APPOINTMENT_INFORMATION, found.organisation_id);
    if (!consent) throw new NotFoundError('treatment appointment');
    const treatmentGrant: TreatmentGrant = { ...grant, consentId: consent.consentId, basis: `consent:${consent.consentId}` };

    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(TreatmentAppointment, { where: { id: appointmentId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('treatment appointment');
      const wasScheduled = row.status === 'scheduled';
      const saved = wasScheduled ? await manager.save(Object.assign(row, { status: 'cancelled', cancelledAt: this.clock.now(), cancelledBy: principal.userId })) : row;
      await this.access.record(
        principal,
        [treatmentGrant],
        { action: 'treatment_appointment.cancel', entityType: 'treatment_appointment', entityIds: [row.id], details: { alreadyCancelled: !wasScheduled } },
        manager,
      );
      return appointmentDto(saved);
    });
  }

  /** The appointments the caller's consents cover, soonest last; a provider sees only its own organisation's. */
  async list(principal: Principal, participantId: string, language: Language): Promise<TreatmentAppointmentListDto> {
    const { grant, consents } = await this.access.treatmentAny(principal, participantId, [APPOINTMENT_INFORMATION]);
    const query = this.dataSource.manager
      .createQueryBuilder(TreatmentAppointment, 'a')
      .where('a.participant_id = :participantId', { participantId })
      .orderBy('a.starts_at', 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      // A bounded page: two years of weekly appointments.
      .take(200);
    if (grant.organisationId) query.andWhere('a.organisation_id = :organisationId', { organisationId: grant.organisationId });
    const coveringConsent = (row: TreatmentAppointment) => consentCovering(consents, APPOINTMENT_INFORMATION, row.organisationId);
    const rows = (await query.getMany()).filter((row) => coveringConsent(row));
    const consentIds = [...new Set(rows.map((row) => coveringConsent(row)!.consentId))];
    await this.access.record(principal, [grant], {
      action: 'treatment_appointment.read',
      entityType: 'treatment_appointment',
      entityIds: rows.map((r) => r.id),
      ...consentBasis(consentIds),
      details: { consentIds },
    });
    const { notice, lawName } = await this.notices.forCourt(grant.courtId, language);
    return { items: rows.map(appointmentDto), redisclosureNotice: notice, lawName };
  }
}
