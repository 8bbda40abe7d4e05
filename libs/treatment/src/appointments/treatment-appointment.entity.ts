import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A treatment appointment ahead, as a provider schedules it: the day, the
 * start on the court's clock and the place. Part 2 information (read and
 * written under a consent covering `treatment_attendance`, of which an
 * appointment is the future half). Cancelled, never deleted, so who
 * scheduled and who cancelled stays on the record.
 */
@Entity('treatment_appointments')
@Index('treatment_appointments_participant_idx', ['participantId', 'startsAt'])
@Index('treatment_appointments_due_idx', ['startsAt'], { where: `status = 'scheduled'` })
@Check('treatment_appointments_status_check', `status IN ('scheduled', 'cancelled')`)
export class TreatmentAppointment {
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

  /** Court-local day and start, as entered; `startsAt` is the same moment as an instant, for the reminder sweep. */
  @Column({ type: 'date' })
  appointmentOn: string;

  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  /** The address as the participant should read it in the reminder. */
  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: 'scheduled' | 'cancelled';

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
