import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AttendanceValue } from './treatment-terms';

/**
 * A treatment session and whether the participant attended, as the provider
 * schedules and then reports it. Part 2 information (`treatment_attendance`):
 * written and read only under a consent.
 */
@Entity('treatment_attendance')
@Index('treatment_attendance_participant_idx', ['participantId', 'sessionOn'])
@Index('treatment_attendance_group_idx', ['groupSessionId'], { where: 'group_session_id IS NOT NULL' })
@Check('treatment_attendance_status_check', `attendance IN ('scheduled', 'attended', 'excused', 'no_show')`)
export class TreatmentAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ type: 'date' })
  sessionOn: string;

  /** e.g. `individual counselling`, `group`, `intensive outpatient`. */
  @Column({ type: 'varchar', length: 100 })
  sessionType: string;

  @Column({ type: 'varchar', length: 16 })
  attendance: AttendanceValue;

  /** Shared by the rows of one group session entered together. */
  @Column({ type: 'uuid', nullable: true })
  groupSessionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** A scheduled session is updated once the provider reports what happened. */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
