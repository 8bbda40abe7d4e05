import { BaseEntity } from '@app/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/**
 * A participant referred to a treatment provider organisation. Provider staff
 * see only participants with a current referral to their organisation.
 */
@Entity('provider_referrals')
@Index('provider_referrals_participant_idx', ['participantId'])
@Index('provider_referrals_organisation_idx', ['organisationId', 'participantId'])
export class ProviderReferral extends BaseEntity {
  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('ProviderOrganisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  /** Court-local date the referral began. */
  @Column({ type: 'date' })
  referredOn: string;

  /** Set when the referral ended; the provider then loses access. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
