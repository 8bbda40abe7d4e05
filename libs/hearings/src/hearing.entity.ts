import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const HEARING_KINDS = ['warning', 'status', 'violation', 'phase_review', 'graduation', 'termination'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

/** A participant's appearance before the judge, at a court session (or a time set outside the calendar). */
@Entity('hearings')
@Index('hearings_participant_idx', ['participantId', 'scheduledAt'])
@Index('hearings_court_scheduled_idx', ['courtId', 'scheduledAt'])
// A participant is called once per session.
@Index('hearings_session_participant_key', ['sessionId', 'participantId'], { unique: true, where: `status <> 'cancelled'` })
@Check('hearings_kind_check', `kind IN ('warning', 'status', 'violation', 'phase_review', 'graduation', 'termination')`)
@Check('hearings_status_check', `status IN ('scheduled', 'held', 'cancelled')`)
@Index('hearings_source_record_key', ['participantId', 'sourceRecordId'], { unique: true, where: 'source_record_id IS NOT NULL' })
export class Hearing {
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

  @Column({ type: 'varchar', length: 16 })
  kind: HearingKind;

  /** The court session the hearing is on; null for one set at a time outside the calendar. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne('CourtSession', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  @Column({ type: 'timestamptz' })
  scheduledAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: 'scheduled' | 'held' | 'cancelled';

  /** Why it was cancelled (e.g. the participant was discharged). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** When it came in from the court's earlier records by a history import: history, never acted on (no clock, alert, message or violation follows from it). */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt: Date | null;

  /** The earlier system's id of the record (a history import's `source_id`): with the participant, what makes a second import of the same file import nothing twice. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
