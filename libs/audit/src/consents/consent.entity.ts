import { BaseEntity } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ConsentExpiryEvent, ConsentInformation, ConsentRecipientType } from './consent-terms';

/**
 * A participant's written consent to disclose treatment information, with the
 * elements 42 CFR §2.31 requires. A consent is valid while it is not revoked,
 * not ended by its expiry event, and its expiry date (court-local) has not
 * passed. Access checks read it on every request, so revocation is immediate.
 */
@Check('consents_expiry_check', `expires_on IS NOT NULL OR expiry_event IS NOT NULL`)
@Check(
  'consents_recipient_check',
  `(recipient_type = 'person') OR (recipient_type = 'organisation' AND recipient_organisation_id IS NOT NULL) OR (recipient_type = 'court_team')`,
)
@Check('consents_information_check', `cardinality(information) > 0`)
@Entity('consents')
@Index('consents_participant_idx', ['participantId'])
export class Consent extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** The program permitted to disclose (a provider organisation of the court); null for "any of the court's treatment providers". */
  @Column({ type: 'uuid', nullable: true })
  discloserOrganisationId: string | null;

  @ManyToOne('ProviderOrganisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discloser_organisation_id' })
  discloserOrganisation?: unknown;

  @Column({ type: 'varchar', length: 16 })
  recipientType: ConsentRecipientType;

  /** The person, when `recipientType` is `person` and they are a user of the system. */
  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipientUser?: unknown;

  /** The organisation, when `recipientType` is `organisation`. */
  @Column({ type: 'uuid', nullable: true })
  recipientOrganisationId: string | null;

  @ManyToOne('ProviderOrganisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_organisation_id' })
  recipientOrganisation?: unknown;

  /** The recipient as written on the form (name or general description). */
  @Column({ type: 'varchar', length: 300 })
  recipientDescription: string;

  @Column({ type: 'text', array: true })
  information: ConsentInformation[];

  /** How much and what kind of information, in the form's own words. */
  @Column({ type: 'text', nullable: true })
  informationDescription: string | null;

  @Column({ type: 'text' })
  purpose: string;

  /** Last court-local day the consent is valid. */
  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  expiryEvent: ConsentExpiryEvent | null;

  /** When the expiry event happened (e.g. discharge), ending the consent. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'date' })
  signedOn: string;

  /** Who signed: the participant, or a guardian or representative, by name. */
  @Column({ type: 'varchar', length: 200 })
  signedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ type: 'uuid' })
  recordedBy: string;
}
