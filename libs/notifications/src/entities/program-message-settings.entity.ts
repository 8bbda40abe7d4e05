import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Which texts a program sends its participants (to numbers registered with
 * their consent). No row: the defaults of the columns, court dates on and
 * the rest off.
 */
@Entity('program_message_settings')
export class ProgramMessageSettings {
  @PrimaryColumn({ type: 'uuid' })
  programId: string;

  @OneToOne('Program', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: unknown;

  /** A hearing's reminder the evening before (18:00) and the morning of (when quiet hours end). */
  @Column({ type: 'boolean', default: true })
  courtDateReminders: boolean;

  /** "You did not call in today", once the call-in window closed without a call. */
  @Column({ type: 'boolean', default: false })
  missedCallInNotice: boolean;

  /** A treatment appointment's reminder the evening before (18:00): the time and address only. */
  @Column({ type: 'boolean', default: false })
  appointmentReminders: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
