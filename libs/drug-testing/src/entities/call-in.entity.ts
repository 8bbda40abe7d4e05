import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const CALL_IN_CHANNELS = ['web', 'phone', 'sms'] as const;
export type CallInChannel = (typeof CALL_IN_CHANNELS)[number];

/**
 * A participant's call-in for a court day: one per day, whatever the number
 * of calls, so calling twice gives the same answer and receipt. `told` is
 * what the participant was answered: null while the day's draw was not
 * available (they were asked to call again), never "no test" by default.
 */
@Entity('call_ins')
@Index('call_ins_participant_day_key', ['participantId', 'courtDay'], { unique: true })
@Index('call_ins_court_day_idx', ['courtId', 'courtDay'])
@Check('call_ins_channel_check', `channel IN ('web', 'phone', 'sms')`)
export class CallIn {
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

  @Column({ type: 'date' })
  courtDay: string;

  /** The first call of the day. */
  @Column({ type: 'timestamptz' })
  calledAt: Date;

  @Column({ type: 'varchar', length: 8 })
  channel: CallInChannel;

  /** Proof of the call for the participant, e.g. `K7QM-2XDA`. */
  @Column({ type: 'varchar', length: 12 })
  receiptCode: string;

  /** Whether the participant was told to test; null while the draw was not available. */
  @Column({ type: 'boolean', nullable: true })
  told: boolean | null;

  /** When the participant got a definite answer. */
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
