import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const SPECIMEN_TYPES = ['urine', 'oral_fluid', 'breath', 'sweat_patch'] as const;
export type SpecimenType = (typeof SPECIMEN_TYPES)[number];

/** Why a specimen was taken: the draw selected the participant, staff forced the test, or for cause. */
export const COLLECTION_BASES = ['random', 'forced', 'for_cause'] as const;
export type CollectionBasis = (typeof COLLECTION_BASES)[number];

/** A specimen collected at a testing site; its results are `drug_test_results` rows. */
@Entity('drug_test_collections')
@Index('drug_test_collections_participant_idx', ['participantId', 'courtDay'])
@Index('drug_test_collections_court_day_idx', ['courtId', 'courtDay'])
@Check('drug_test_collections_specimen_check', `specimen_type IN ('urine', 'oral_fluid', 'breath', 'sweat_patch')`)
@Check('drug_test_collections_basis_check', `basis IN ('random', 'forced', 'for_cause')`)
// A lab's accession number names one specimen of that lab.
@Index('drug_test_collections_accession_key', ['lab', 'accessionNumber'], { unique: true, where: 'accession_number IS NOT NULL' })
@Check('drug_test_collections_accession_check', `accession_number IS NULL OR lab IS NOT NULL`)
@Index('drug_test_collections_source_record_key', ['participantId', 'sourceRecordId'], { unique: true, where: 'source_record_id IS NOT NULL' })
export class Collection {
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

  /** The court day of `collectedAt`, in the court's zone. */
  @Column({ type: 'date' })
  courtDay: string;

  @Column({ type: 'timestamptz' })
  collectedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  testingSiteId: string | null;

  @ManyToOne('TestingSite', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'testing_site_id' })
  testingSite?: unknown;

  /** Whether staff observed the collection (an unobserved urine specimen is easier to substitute). */
  @Column({ type: 'boolean' })
  observed: boolean;

  @Column({ type: 'varchar', length: 16 })
  specimenType: SpecimenType;

  @Column({ type: 'varchar', length: 16 })
  basis: CollectionBasis;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  /** The laboratory the specimen goes to, if any (an instant cup read at the site has none). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  lab: string | null;

  /** The lab's accession number for the specimen: unique per lab. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  accessionNumber: string | null;

  @Column({ type: 'uuid' })
  collectedBy: string;

  /** When it came in from the court's earlier records by a history import: history, never acted on (no clock, alert, message or violation follows from it). */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt: Date | null;

  /** The earlier system's id of the record (a history import's `source_id`): with the participant, what makes a second import of the same file import nothing twice. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceRecordId: string | null;

  /**
   * When its first result was recorded, and its latest confirmation: kept by
   * the trigger on drug_test_results (migration CollectionSettledTimes) for
   * the result turnaround measure, never written here.
   */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false })
  firstResultAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false })
  confirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
