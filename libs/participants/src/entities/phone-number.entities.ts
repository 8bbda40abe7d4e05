import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9][0-9]{6,14}$/;
export const E164_CHECK = `~ '^\\+[1-9][0-9]{6,14}$'`;

/**
 * A phone number a participant registered. A call from it skips the
 * participant-number prompt of the hotline, and a text to it is allowed only
 * with `smsOptIn` (the participant's consent) and no opt-out row for it.
 * Removing a number keeps the row (`removedAt`), so the call log still says
 * whose number it was.
 */
@Entity('participant_phone_numbers')
@Index('participant_phone_numbers_court_phone_key', ['courtId', 'phoneE164'], { unique: true, where: 'removed_at IS NULL' })
@Index('participant_phone_numbers_participant_idx', ['participantId'])
@Check('participant_phone_numbers_phone_check', `phone_e164 ${E164_CHECK}`)
export class ParticipantPhoneNumber {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ type: 'text' })
  phoneE164: string;

  /** The participant's own word for it ("mobile", "mother's phone"). */
  @Column({ type: 'text', nullable: true })
  label: string | null;

  /** The participant's consent to receive text messages at this number; START sets it, STOP clears it. */
  @Column({ type: 'boolean', default: false })
  smsOptIn: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}

/**
 * A number that replied STOP to the court's number: no text goes to it, from
 * any sender of the court, until it replies START. Kept by number, not by
 * participant, because the carrier's rule is about the number.
 */
@Entity('sms_opt_outs')
@Check('sms_opt_outs_phone_check', `phone_e164 ${E164_CHECK}`)
export class SmsOptOut {
  @PrimaryColumn({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @PrimaryColumn({ type: 'text' })
  phoneE164: string;

  @Column({ type: 'timestamptz' })
  optedOutAt: Date;
}
