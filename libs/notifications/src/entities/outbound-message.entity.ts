import { languageCheck, type Language } from '@app/core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * `queued`: written, waiting for its job; `sent`: handed to the provider (the
 * SMTP relay accepted it, Twilio queued it, or the development outbox kept it);
 * `delivered` / `undelivered`: what the provider's status callback said;
 * `failed`: not handed over after every retry (shown on the staff screen);
 * `suppressed`: not sent on purpose (opt-out, no consent, email not configured).
 */
export const MESSAGE_STATUSES = ['queued', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * One email or text the system sends, written in the transaction of the event
 * that implies it (a violation's reminder, a hearing tomorrow, an activation
 * link), rendered then in the recipient's language, and sent afterwards by a
 * job. `dedupKey` comes from the event, so the same event never writes two.
 * The body is what the recipient reads: it never carries a treatment fact.
 */
@Entity('notification_messages')
@Index('notification_messages_dedup_key_key', ['dedupKey'], { unique: true })
@Index('notification_messages_court_status_idx', ['courtId', 'status', 'createdAt'])
@Index('notification_messages_created_idx', ['createdAt'])
@Index('notification_messages_provider_id_idx', ['providerId'], { where: 'provider_id IS NOT NULL' })
@Check('notification_messages_channel_check', `channel IN ('email', 'sms')`)
@Check('notification_messages_status_check', `status IN ('queued', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed')`)
@Check('notification_messages_language_check', languageCheck('language'))
export class OutboundMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The court the message speaks for; null for one about an account of no single court. */
  @Column({ type: 'uuid', nullable: true })
  courtId: string | null;

  @ManyToOne('Court', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'varchar', length: 8 })
  channel: MessageChannel;

  /** The staff user it goes to (alerts, digests, activation links). */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The participant it goes to (reminders). */
  @Column({ type: 'uuid', nullable: true })
  participantId: string | null;

  @ManyToOne('Participant', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** An email address, or an E.164 phone number. */
  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'varchar', length: 8 })
  language: Language;

  /** The catalogue template it was rendered from, e.g. `alert.violation-reminder`. */
  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  dedupKey: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: MessageStatus;

  /** Why it was suppressed or failed, or the provider's error code. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** `smtp`, `twilio` or `dev-outbox`: who took it. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  provider: string | null;

  /** The provider's id (Twilio's message SID, the SMTP Message-ID), which its status callback names. */
  @Column({ type: 'text', nullable: true })
  providerId: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Not before this instant (the end of quiet hours, the morning of a hearing). */
  @Column({ type: 'timestamptz', nullable: true })
  notBefore: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** When the status last changed (a callback, the last failure). */
  @Column({ type: 'timestamptz', nullable: true })
  statusAt: Date | null;
}
