import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const HOTLINE_CHANNELS = ['voice', 'sms'] as const;
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];

/**
 * What a call or a text came to. `in_progress` until the caller hears an
 * answer or hangs up; the rest say what the caller was last told.
 */
export const HOTLINE_OUTCOMES = [
  'in_progress',
  'test_today',
  'no_test_today',
  'window_not_open',
  'window_closed',
  'not_available',
  'not_in_program',
  'wrong_pin',
  'blocked',
  'pin_change_required',
  'unknown_caller',
  'abandoned',
  'failed',
  'opted_out',
  'opted_in',
  'help',
  'not_understood',
] as const;
export type HotlineOutcome = (typeof HOTLINE_OUTCOMES)[number];

/** One step of a call: what the system answered (TwiML), without anything the caller keyed. */
export interface HotlineStep {
  at: string;
  step: string;
  twiml: string;
}

/**
 * One call to the hotline or one text to the court's number, as staff see it
 * in the call log: when, from which number, whose (once known), what it came
 * to, and how long it lasted (from the provider's status callback). The
 * answers given are kept as TwiML, so staff (and the development outbox) can
 * read exactly what the caller heard. Keyed by the provider's id, so a
 * webhook Twilio retries updates the same row.
 */
@Entity('hotline_interactions')
@Index('hotline_interactions_provider_key', ['channel', 'providerSid'], { unique: true })
@Index('hotline_interactions_court_idx', ['courtId', 'startedAt'])
@Index('hotline_interactions_participant_idx', ['participantId', 'startedAt'])
@Check('hotline_interactions_channel_check', `channel IN (${HOTLINE_CHANNELS.map((c) => `'${c}'`).join(', ')})`)
@Check('hotline_interactions_outcome_check', `outcome IN (${HOTLINE_OUTCOMES.map((o) => `'${o}'`).join(', ')})`)
export class HotlineInteraction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** Whose call it was, once the caller was identified (a registered number, or number and PIN). */
  @Column({ type: 'uuid', nullable: true })
  participantId: string | null;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'varchar', length: 8 })
  channel: HotlineChannel;

  /** Twilio's CallSid or MessageSid. */
  @Column({ type: 'varchar', length: 64 })
  providerSid: string;

  /** The caller's number as the provider gave it (E.164, or whatever a withheld number shows as). */
  @Column({ type: 'varchar', length: 32 })
  fromNumber: string;

  @Column({ type: 'varchar', length: 24, default: 'in_progress' })
  outcome: HotlineOutcome;

  /** The language the caller chose (or the court's, for a text). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;

  /** The call-in this call or text made or repeated (its receipt). */
  @Column({ type: 'uuid', nullable: true })
  callInId: string | null;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  /** From the status callback: how long the call lasted. */
  @Column({ type: 'integer', nullable: true })
  durationSeconds: number | null;

  /** The provider's final status (`completed`, `busy`, `no-answer`, `failed`, `canceled`; `delivered`… for a reply). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  providerStatus: string | null;

  /** What the system answered at each step, in order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  steps: HotlineStep[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
