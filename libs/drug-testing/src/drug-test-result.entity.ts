import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Outcomes of a drug test. Every one but `negative` and `invalid` ends continuous sobriety. */
export const DRUG_TEST_OUTCOMES = ['negative', 'positive', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed'] as const;
export type DrugTestOutcome = (typeof DRUG_TEST_OUTCOMES)[number];

/**
 * The outcome of one drug test on a court day. The draw, call-ins,
 * collections and per-panel results are built on this table; phase readiness
 * reads it for continuous sobriety.
 */
@Entity('drug_test_results')
@Index('drug_test_results_participant_idx', ['participantId', 'testedOn'])
@Check(
  'drug_test_results_outcome_check',
  `outcome IN ('negative', 'positive', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed')`,
)
export class DrugTestResult {
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

  /** The court day of the test (court-local). */
  @Column({ type: 'date' })
  testedOn: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: DrugTestOutcome;

  /** A result overturned on contest or by confirmation no longer counts. */
  @Column({ type: 'boolean', default: false })
  overturned: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
