import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A treatment session and whether the participant attended, as the provider
 * reports it. Part 2 information (`treatment_attendance`): written and read
 * only under a consent.
 */
@Entity('treatment_attendance')
@Index('treatment_attendance_participant_idx', ['participantId', 'sessionOn'])
@Check('treatment_attendance_status_check', `attendance IN ('attended', 'absent', 'excused')`)
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
  attendance: 'attended' | 'absent' | 'excused';

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
