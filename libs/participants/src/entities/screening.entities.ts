import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '@app/core';
import type { Charge } from './participant.entity';

/** Legal eligibility and the clinical assessment of a referral: one per participant. */
@Entity('screenings')
@Check('screenings_levels_check', `risk_level IN ('low', 'moderate', 'high') AND need_level IN ('low', 'moderate', 'high')`)
export class Screening {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('screenings_participant_key', { unique: true })
  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** Charges that fall under one of the program's exclusion criteria. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  excludedCharges: Charge[];

  /** Any other legal bar the screener found (e.g. a pending out-of-state case). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  otherExclusion: string | null;

  @Column({ type: 'boolean' })
  legallyEligible: boolean;

  @Column({ type: 'date' })
  assessedOn: string;

  /** The assessment instrument's name, e.g. `RANT` or `LSI-R`. */
  @Column({ type: 'varchar', length: 100 })
  instrument: string;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  score: number | null;

  @Column({ type: 'varchar', length: 16 })
  riskLevel: string;

  @Column({ type: 'varchar', length: 16 })
  needLevel: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A party's decision on admission (the team, the prosecutor, the defense). One per party. */
@Entity('screening_decisions')
@Index('screening_decisions_party_key', ['participantId', 'party'], { unique: true })
@Check('screening_decisions_party_check', `party IN ('team', 'prosecutor', 'defense')`)
@Check('screening_decisions_decision_check', `decision IN ('approve', 'reject')`)
@Check('screening_decisions_reason_check', `decision = 'approve' OR reason IS NOT NULL`)
export class ScreeningDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'varchar', length: 16 })
  party: string;

  @Column({ type: 'varchar', length: 16 })
  decision: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ type: 'date' })
  decidedOn: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
