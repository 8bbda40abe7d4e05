import { BaseEntity } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DischargeReason, LevelOfCare, TreatmentModality } from './treatment-terms';

/**
 * A participant referred to a treatment provider organisation for a treatment
 * episode: level of care, modality, start, end and discharge reason. Provider
 * staff see only participants with a current referral to their organisation.
 */
@Entity('provider_referrals')
@Index('provider_referrals_participant_idx', ['participantId'])
@Index('provider_referrals_organisation_idx', ['organisationId', 'participantId'])
@Check('provider_referrals_level_of_care_check', `level_of_care IS NULL OR level_of_care IN ('0.5', '1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4')`)
@Check(
  'provider_referrals_discharge_check',
  `(discharge_reason IS NULL OR discharge_reason IN ('completed', 'transferred', 'left_before_completion', 'administrative', 'incarcerated', 'program_discharge', 'other'))
   AND (ended_at IS NOT NULL OR (discharge_reason IS NULL AND ended_on IS NULL))`,
)
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

  /** ASAM level of care of the episode, e.g. `2.1` (intensive outpatient). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  levelOfCare: LevelOfCare | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  modality: TreatmentModality | null;

  /** Set when the referral ended; the provider then loses access. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Court-local last day of the episode. */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  dischargeReason: DischargeReason | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
