import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const HEARING_ATTENDANCE = ['appeared', 'failed_to_appear', 'excused'] as const;
export type HearingAttendance = (typeof HEARING_ATTENDANCE)[number];

/**
 * What happened at a hearing, as the court recorded it. Append-only: an
 * amendment is a new version, so the first version is never lost. The
 * fingerprint of the request lets a retry or a double click return the
 * version it already recorded instead of ordering everything twice.
 */
@Entity('hearing_outcomes')
@Index('hearing_outcomes_hearing_version_key', ['hearingId', 'version'], { unique: true })
@Index('hearing_outcomes_participant_idx', ['participantId', 'recordedAt'])
@Check('hearing_outcomes_attendance_check', `attendance IN ('appeared', 'failed_to_appear', 'excused')`)
@Check('hearing_outcomes_version_check', `version >= 1`)
export class HearingOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  hearingId: string;

  @ManyToOne('Hearing', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hearing_id' })
  hearing?: unknown;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** 1 for the outcome as first recorded; each amendment adds one. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  attendance: HearingAttendance;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** SHA-256 of the request as recorded (canonical JSON). */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** The request as the court made it. No treatment information: responses, phase and status orders, notes. */
  @Column({ type: 'jsonb' })
  request: Record<string, unknown>;

  /** Ids of what recording it created: responses, a violation, a phase or status change, the next hearing. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  effects: Record<string, unknown>;

  /** Why an amendment was made; null for version 1. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  amendmentReason: string | null;

  @Column({ type: 'uuid' })
  recordedBy: string;

  /** When it came in from the court's earlier records by a history import: history, never acted on (no clock, alert, message or violation follows from it). */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
