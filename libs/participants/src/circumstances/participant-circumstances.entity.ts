import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** When the circumstances were taken: on admission to the program, and on leaving it. */
export const CIRCUMSTANCE_MOMENTS = ['admission', 'exit'] as const;
export type CircumstanceMoment = (typeof CIRCUMSTANCE_MOMENTS)[number];

export const EMPLOYMENT_STATUSES = ['full_time', 'part_time', 'unemployed', 'not_in_labor_force', 'unknown'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** Highest level of education completed. */
export const EDUCATION_LEVELS = [
  'less_than_high_school',
  'high_school_or_equivalent',
  'vocational',
  'some_college',
  'associate_degree',
  'bachelor_degree',
  'graduate_degree',
  'unknown',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const HOUSING_STATUSES = ['stable', 'unstable', 'homeless', 'residential_treatment', 'unknown'] as const;
export type HousingStatus = (typeof HOUSING_STATUSES)[number];

/**
 * A participant's employment, education and housing at admission and at
 * exit, one row for each moment: the outcome measures compare the two.
 * Recording it again replaces the moment's answer (the latest is the one
 * the court stands by).
 */
@Entity('participant_circumstances')
@Index('participant_circumstances_key', ['participantId', 'at'], { unique: true })
@Check('participant_circumstances_at_check', `at IN ('admission', 'exit')`)
@Check('participant_circumstances_employment_check', `employment IN ('full_time', 'part_time', 'unemployed', 'not_in_labor_force', 'unknown')`)
@Check(
  'participant_circumstances_education_check',
  `education IN ('less_than_high_school', 'high_school_or_equivalent', 'vocational', 'some_college', 'associate_degree', 'bachelor_degree', 'graduate_degree', 'unknown')`,
)
@Check('participant_circumstances_housing_check', `housing IN ('stable', 'unstable', 'homeless', 'residential_treatment', 'unknown')`)
export class ParticipantCircumstances {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'varchar', length: 10 })
  at: CircumstanceMoment;

  /** Court-local day the answers were taken. */
  @Column({ type: 'date' })
  recordedOn: string;

  @Column({ type: 'varchar', length: 24 })
  employment: EmploymentStatus;

  @Column({ type: 'varchar', length: 32 })
  education: EducationLevel;

  @Column({ type: 'varchar', length: 24 })
  housing: HousingStatus;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
