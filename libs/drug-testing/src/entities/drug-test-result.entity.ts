import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Outcomes of a drug test. Every one but `negative`, `invalid` and
 * `prescribed` ends continuous sobriety. `prescribed` is a positive on the
 * panel of a medication the participant takes on prescription that day: the
 * system decides it from the prescriptions, never a person.
 */
export const DRUG_TEST_OUTCOMES = ['negative', 'positive', 'prescribed', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed'] as const;
export type DrugTestOutcome = (typeof DRUG_TEST_OUTCOMES)[number];

/** Outcomes about a substance panel; the others are about the specimen as a whole. */
export const PANEL_OUTCOMES: readonly DrugTestOutcome[] = ['negative', 'positive', 'prescribed'];

/** Substance panels a result may name. */
export const SUBSTANCE_PANELS = [
  'alcohol',
  'amphetamines',
  'barbiturates',
  'benzodiazepines',
  'buprenorphine',
  'cocaine',
  'fentanyl',
  'kratom',
  'methadone',
  'methamphetamine',
  'opiates',
  'oxycodone',
  'pcp',
  'synthetic_cannabinoids',
  'thc',
  'other',
] as const;
export type SubstancePanel = (typeof SUBSTANCE_PANELS)[number];

export const TEST_METHODS = ['screen', 'confirmation'] as const;
export type TestMethod = (typeof TEST_METHODS)[number];

/** How a laboratory confirms a screen: gas or liquid chromatography with mass spectrometry. */
export const CONFIRMATION_TECHNIQUES = ['gc_ms', 'lc_ms'] as const;
export type ConfirmationTechnique = (typeof CONFIRMATION_TECHNIQUES)[number];

/**
 * The outcome of a drug test on a court day: per substance panel (positive,
 * negative) or for the whole specimen (dilute, adulterated, substituted,
 * invalid, refused), or a missed test with no collection. A confirmation
 * result supersedes the screen it confirms; a screen it contradicts is marked
 * overturned and no longer counts. Phase readiness reads this table for
 * continuous sobriety; a participant sees a row only once staff release it.
 */
@Entity('drug_test_results')
@Index('drug_test_results_participant_idx', ['participantId', 'testedOn'])
@Index('drug_test_results_collection_settled_idx', ['collectionId', 'method', 'createdAt'])
// The outcome measures read a court's results over a period.
@Index('drug_test_results_court_day_idx', ['courtId', 'testedOn'])
// "Is this result superseded?" is asked of every result a docket counts.
@Index('drug_test_results_supersedes_idx', ['supersedesId'], { where: 'supersedes_id IS NOT NULL' })
@Index('drug_test_results_missed_key', ['participantId', 'testedOn'], { unique: true, where: `outcome = 'missed'` })
@Check(
  'drug_test_results_outcome_check',
  `outcome IN ('negative', 'positive', 'prescribed', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed')`,
)
@Check('drug_test_results_method_check', `method IN ('screen', 'confirmation')`)
// A positive (or prescribed) names its panel; a negative may (one panel) or not (every panel negative).
@Check(
  'drug_test_results_substance_check',
  `(outcome NOT IN ('positive', 'prescribed') OR substance IS NOT NULL) AND (substance IS NULL OR outcome IN ('negative', 'positive', 'prescribed'))`,
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

  /** The specimen; null for a missed test, where there is none. */
  @Column({ type: 'uuid', nullable: true })
  collectionId: string | null;

  @ManyToOne('Collection', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection?: unknown;

  /** The court day of the test (court-local). */
  @Column({ type: 'date' })
  testedOn: string;

  /** The panel of a positive or negative result; null for the whole specimen (or every panel negative). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  substance: SubstancePanel | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: DrugTestOutcome;

  @Column({ type: 'varchar', length: 16, default: 'screen' })
  method: TestMethod;

  /** The screen a confirmation result settles. */
  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => DrugTestResult, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: DrugTestResult;

  /** The level read, in ng/mL, when the reader gives one; below the program's cut-off the result is negative. */
  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  levelNgMl: string | null;

  /** The laboratory that confirmed (confirmations only). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  lab: string | null;

  /** GC-MS or LC-MS (confirmations only). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  technique: ConfirmationTechnique | null;

  /** A result overturned by its confirmation no longer counts. */
  @Column({ type: 'boolean', default: false })
  overturned: boolean;

  /** The participant admitted the use this positive shows. */
  @Column({ type: 'boolean', default: false })
  admitted: boolean;

  /** The participant disputes the result; it waits for a confirmation test. */
  @Column({ type: 'timestamptz', nullable: true })
  contestedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  contestReason: string | null;

  /** When staff released the result to the participant. */
  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  /** When it came in from the court's earlier records by a history import: history, never acted on (no clock, alert, message or violation follows from it). */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
