import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { ConflictError, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { Clock } from '@app/core';
import { CreateProviderReferralDto, ProviderReferralDto } from './dto/treatment.dto';
import { ProviderReferral } from './provider-referral.entity';

interface ReferralRow {
  id: string;
  participant_id: string;
  organisation_id: string;
  organisation_name: string;
  referred_on: string;
  ended_at: Date | null;
}

const toDto = (row: ReferralRow): ProviderReferralDto => ({
  id: row.id,
  participantId: row.participant_id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  referredOn: row.referred_on,
  endedAt: row.ended_at?.toISOString() ?? null,
});

/**
 * Which provider organisations treat a participant. A current referral is
 * what lets a provider's staff see the participant at all.
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
        ended_at: null,
      });
    });
  }

  /** A participant's referrals; a provider sees only its own organisation's (others would disclose treatment elsewhere). */
  async list(principal: Principal, participantId: string): Promise<ProviderReferralDto[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.participant_id, r.organisation_id, o.name AS organisation_name, r.referred_on::text, r.ended_at
         FROM provider_referrals r JOIN provider_organisations o ON o.id = r.organisation_id
        WHERE r.participant_id = $1 AND ($2::uuid IS NULL OR r.organisation_id = $2)
        ORDER BY r.referred_on DESC, r.created_at DESC`,
      [participantId, grant.organisationId],
    )) as ReferralRow[];
    await this.access.record(principal, [grant], { action: 'provider_referral.read', entityType: 'provider_referral', entityIds: rows.map((r) => r.id) });
    return rows.map(toDto);
  }

  /** Ends a referral: the provider's access ends with it. */
  async end(principal: Principal, referralId: string): Promise<ProviderReferralDto> {
    const [row] = (await this.dataSource.query(`SELECT participant_id FROM provider_referrals WHERE id = $1`, [referralId])) as Array<{
      participant_id: string;
    }>;
    if (!row) throw new NotFoundError('provider referral');
    const grants = await this.access.participants(principal, Permission.ProviderReferralWrite, [row.participant_id]);
    const grant = grants.get(row.participant_id);
    if (!grant) throw new NotFoundError('provider referral');
    return this.dataSource.transaction(async (manager) => {
      const [[ended]] = (await manager.query(
        `UPDATE provider_referrals r SET ended_at = $2, updated_at = $2
           FROM provider_organisations o
          WHERE r.id = $1 AND o.id = r.organisation_id AND r.ended_at IS NULL
      RETURNING r.id, r.participant_id, r.organisation_id, o.name AS organisation_name, r.referred_on::text, r.ended_at`,
        [referralId, this.clock.now()],
      )) as [ReferralRow[], number];
      if (!ended) throw new ConflictError('referral-ended', 'Referral already ended');
      await this.access.record(principal, [grant], { action: 'provider_referral.end', entityType: 'provider_referral', entityIds: [referralId] }, manager);
      return toDto(ended);
    });
  }
}
