import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Which texts a program sends its participants (to numbers registered with
 * their consent). No row: the defaults of the columns, court dates on and
 * the rest off.
 */
export const TEST_NOTICES = ['call_in', 'text'] as const;
export type TestNotice = (typeof TEST_NOTICES)[number];

@Entity('program_message_settings')
@Check('CHK_program_message_settings_test_notice', `"test_notice" IN ('call_in', 'text')`)
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

  /**
   * How a selected participant learns of a test: `call_in`, they call in every
   * day; `text`, "test today" is texted when the window opens, and they need
   * not call in (they still may, and hear the same answer).
   */
  @Column({ type: 'text', default: 'call_in' })
  testNotice: TestNotice;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
