import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, courtDateAt, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { CreateProviderReferralDto, EndProviderReferralDto, ProviderReferralDto, UpdateProviderReferralDto } from './dto/treatment.dto';
import { ProviderReferral } from './provider-referral.entity';
import type { DischargeReason, LevelOfCare, TreatmentModality } from './treatment-terms';

interface ReferralRow {
  id: string;
  participant_id: string;
  organisation_id: string;
  organisation_name: string;
  referred_on: string;
  level_of_care: LevelOfCare | null;
  modality: TreatmentModality | null;
  ended_at: Date | null;
  ended_on: string | null;
  discharge_reason: DischargeReason | null;
}

/** The columns of a `ReferralRow`, over provider_referrals `r` and provider_organisations `o`. */
const REFERRAL_COLUMNS = `r.id, r.participant_id, r.organisation_id, o.name AS organisation_name, r.referred_on::text,
       r.level_of_care, r.modality, r.ended_at, r.ended_on::text, r.discharge_reason`;

const toDto = (row: ReferralRow): ProviderReferralDto => ({
  id: row.id,
  participantId: row.participant_id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  referredOn: row.referred_on,
  levelOfCare: row.level_of_care,
  modality: row.modality,
  endedAt: row.ended_at?.toISOString() ?? null,
  endedOn: row.ended_on,
  dischargeReason: row.discharge_reason,
});

/**
 * Which provider organisations treat a participant: each referral is a
 * treatment episode (level of care, modality, start, end and why it ended).
 * A current referral is what lets a provider's staff see the participant at all.
 */
@Injectable()
export class ProviderReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async refer(principal: Principal, participantId: string, input: CreateProviderReferralDto): Promise<ProviderReferralDto> {
    const grant = await this.access.participant(principal, Permission.ProviderReferralWrite, participantId);
    const [organisation] = (await this.dataSource.query(
      `SELECT id, name FROM provider_organisations WHERE id = $1 AND court_id = $2 AND active`,
      [input.organisationId, grant.courtId],
    )) as Array<{ id: string; name: string }>;
    if (!organisation) {
      throw new ValidationFailedError([{ field: 'organisationId', message: "is not an active provider organisation of the participant's court" }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const open = await manager.query(
        `SELECT 1 FROM provider_referrals WHERE participant_id = $1 AND organisation_id = $2 AND ended_at IS NULL FOR UPDATE`,
        [participantId, organisation.id],
      );
      if (open.length > 0) {
        throw new ConflictError('referral-exists', 'Already referred', `The participant already has a current referral to ${organisation.name}.`);
      }
      const referral = await manager.save(
        manager.create(ProviderReferral, {
          participantId,
          organisationId: organisation.id,
          referredOn: input.referredOn,
          levelOfCare: input.levelOfCare ?? null,
          modality: input.modality ?? null,
          createdBy: principal.userId,
        }),
      );
      await this.access.record(principal, [grant], { action: 'provider_referral.write', entityType: 'provider_referral', entityIds: [referral.id] }, manager);
      return toDto({
        id: referral.id,
        participant_id: participantId,
        organisation_id: organisation.id,
        organisation_name: organisation.name,
        referred_on: referral.referredOn,
        level_of_care: referral.levelOfCare,
        modality: referral.modality,
        ended_at: null,
        ended_on: null,
        discharge_reason: null,
      });
    });
  }

  /** A participant's referrals; a provider sees only its own organisation's (others would disclose treatment elsewhere). */
  async list(principal: Principal, participantId: string): Promise<ProviderReferralDto[]> {
    // The referral is part of the minimum a provider sees of a client without a consent.
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId, { providerMinimum: true });
    const rows = (await this.dataSource.query(
      `SELECT ${REFERRAL_COLUMNS}
         FROM provider_referrals r JOIN provider_organisations o ON o.id = r.organisation_id
        WHERE r.participant_id = $1 AND ($2::uuid IS NULL OR r.organisation_id = $2)
        ORDER BY r.referred_on DESC, r.created_at DESC`,
      [participantId, grant.organisationId],
    )) as ReferralRow[];
    await this.access.record(principal, [grant], { action: 'provider_referral.read', entityType: 'provider_referral', entityIds: rows.map((r) => r.id) });
    return rows.map(toDto);
  }

  /** Changes the level of care or modality of an open episode; 409 once it has ended. Audited with before and after. */
  async update(principal: Principal, referralId: string, input: UpdateProviderReferralDto): Promise<ProviderReferralDto> {
    const grant = await this.writableReferral(principal, referralId);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedReferral(manager, referralId);
      if (current.ended_at) throw new ConflictError('referral-ended', 'Referral already ended', 'An ended treatment episode cannot be changed.');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (input.levelOfCare !== undefined && input.levelOfCare !== current.level_of_care) changes.levelOfCare = { from: current.level_of_care, to: input.levelOfCare };
      if (input.modality !== undefined && input.modality !== current.modality) changes.modality = { from: current.modality, to: input.modality };
      // Nothing changed: nothing is written, but the answer is audited all the same.
      const [[updated]] =
        Object.keys(changes).length === 0
          ? [[current]]
          : ((await manager.query(
              `UPDATE provider_referrals r SET level_of_care = $2, modality = $3, updated_at = $4
                 FROM provider_organisations o
                WHERE r.id = $1 AND o.id = r.organisation_id
            RETURNING ${REFERRAL_COLUMNS}`,
              [referralId, changes.levelOfCare ? input.levelOfCare : current.level_of_care, changes.modality ? input.modality : current.modality, this.clock.now()],
            )) as [ReferralRow[], number]);
      await this.access.record(
        principal,
        [grant],
        // Field names only: a level of care or modality is a treatment fact (see treatment-attendance.service.ts).
        { action: 'provider_referral.update', entityType: 'provider_referral', entityIds: [referralId], details: { changedFields: Object.keys(changes) } },
        manager,
      );
      return toDto(updated);
    });
  }

  /**
   * Ends an episode: the provider's access ends with it. The last day
   * defaults to the court's today; it is neither in the future nor before
   * the referral.
   */
  async end(principal: Principal, referralId: string, input: EndProviderReferralDto = {}): Promise<ProviderReferralDto> {
    const grant = await this.writableReferral(principal, referralId);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedReferral(manager, referralId);
      if (current.ended_at) throw new ConflictError('referral-ended', 'Referral already ended');
      const [{ time_zone: timeZone }] = (await manager.query(`SELECT time_zone FROM courts WHERE id = $1`, [grant.courtId])) as Array<{ time_zone: string }>;
      const now = this.clock.now();
      const today = courtDateAt(now, timeZone);
      const endedOn = input.endedOn ?? today;
      if (endedOn > today) throw new ValidationFailedError([{ field: 'endedOn', message: 'is in the future (court time)' }]);
      if (endedOn < current.referred_on) throw new ValidationFailedError([{ field: 'endedOn', message: `is before the referral (${current.referred_on})` }]);
      const dischargeReason = input.dischargeReason ?? null;
      const [[ended]] = (await manager.query(
        `UPDATE provider_referrals r SET ended_at = $2, updated_at = $2, ended_on = $3, discharge_reason = $4
           FROM provider_organisations o
          WHERE r.id = $1 AND o.id = r.organisation_id AND r.ended_at IS NULL
      RETURNING ${REFERRAL_COLUMNS}`,
        [referralId, now, endedOn, dischargeReason],
      )) as [ReferralRow[], number];
      await this.access.record(
        principal,
        [grant],
        {
          action: 'provider_referral.end',
          entityType: 'provider_referral',
          entityIds: [referralId],
          // Field names only: a discharge reason is a treatment fact (see treatment-attendance.service.ts).
          details: { changedFields: ['endedOn', ...(dischargeReason === null ? [] : ['dischargeReason'])] },
        },
        manager,
      );
      return toDto(ended);
    });
  }

  /** The grant to change a referral: 404 when it does not exist or its participant is out of the caller's reach. */
  private async writableReferral(principal: Principal, referralId: string): Promise<ParticipantGrant> {
    const [row] = (await this.dataSource.query(`SELECT participant_id FROM provider_referrals WHERE id = $1`, [referralId])) as Array<{
      participant_id: string;
    }>;
    if (!row) throw new NotFoundError('provider referral');
    const grant = (await this.access.participants(principal, Permission.ProviderReferralWrite, [row.participant_id])).get(row.participant_id);
    if (!grant) throw new NotFoundError('provider referral');
    return grant;
  }

  /** The referral, held until the transaction ends. */
  private async lockedReferral(manager: EntityManager, referralId: string): Promise<ReferralRow> {
    const [row] = (await manager.query(
      `SELECT ${REFERRAL_COLUMNS}
         FROM provider_referrals r JOIN provider_organisations o ON o.id = r.organisation_id
        WHERE r.id = $1 FOR UPDATE OF r`,
      [referralId],
    )) as ReferralRow[];
    if (!row) throw new NotFoundError('provider referral');
    return row;
  }
}
