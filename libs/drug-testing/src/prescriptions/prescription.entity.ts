import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SubstancePanel } from '../entities/drug-test-result.entity';

/**
 * A medication prescribed to a participant (medication for addiction
 * treatment such as buprenorphine, methadone or naltrexone, or any other
 * prescription) that a drug test panel detects. While it runs, a positive on
 * its panel is recorded as `prescribed`: never a violation, never the end of
 * continuous sobriety. Treatment information under 42 CFR Part 2 (kind
 * `treatment_plan`): read and written only under a consent covering it.
 */
@Entity('prescriptions')
@Index('prescriptions_participant_idx', ['participantId', 'substance', 'startsOn'])
@Check('prescriptions_dates_check', `ends_on IS NULL OR ends_on >= starts_on`)
export class Prescription {
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

  /** The test panel the medication shows on (buprenorphine, methadone, opiates…). */
  @Column({ type: 'varchar', length: 32 })
  substance: SubstancePanel;

  /** The medication as prescribed, e.g. "Suboxone 8 mg/2 mg". */
  @Column({ type: 'varchar', length: 200 })
  medication: string;

  /** Who prescribed it (name, practice). */
  @Column({ type: 'varchar', length: 200 })
  prescriber: string;

  /** First court day the prescription covers. */
  @Column({ type: 'date' })
  startsOn: string;

  /** Last court day it covers; null while it runs with no end date. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
