import { BaseEntity, translationsCheck, type Translations } from '@app/core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Sanctions answer violations, incentives reward progress; treatment adjustments are neither and never count as a sanction. */
export const RESPONSE_KINDS = ['sanction', 'incentive', 'treatment_adjustment'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** What a response does beyond being recorded. */
export const RESPONSE_EFFECTS = ['none', 'increased_testing', 'community_service', 'jail'] as const;
export type ResponseEffect = (typeof RESPONSE_EFFECTS)[number];

/** What of a catalogue entry the court may word in several languages. */
export type CatalogueEntryTranslatedField = 'name';

/**
 * One entry of a program's graduated catalogue: a sanction, an incentive or
 * a treatment adjustment, at a level (1 = mildest), with the effect it has
 * when ordered. Entries are retired (inactive), never deleted: responses
 * refer to them.
 */
@Entity('response_catalogue_entries')
@Index('response_catalogue_entries_program_code_key', ['programId', 'code'], { unique: true })
@Check('response_catalogue_entries_kind_check', `kind IN ('sanction', 'incentive', 'treatment_adjustment')`)
@Check('response_catalogue_entries_effect_check', `effect IN ('none', 'increased_testing', 'community_service', 'jail')`)
@Check('response_catalogue_entries_level_check', `level BETWEEN 1 AND 10`)
@Check('response_catalogue_entries_translations_check', translationsCheck('translations'))
// Jail and added hours are sanctions; treatment is never one (DESIGN rule 4).
@Check('response_catalogue_entries_effect_kind_check', `effect NOT IN ('jail', 'community_service') OR kind = 'sanction'`)
// Only a sanction restricts liberty (DESIGN rule 8: the judge orders it, at a hearing); jail always does, whatever the mark says.
@Check('response_catalogue_entries_liberty_check', `NOT restricts_liberty OR kind = 'sanction'`)
export class ResponseCatalogueEntry extends BaseEntity {
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('Program', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: unknown;

  @Column({ type: 'varchar', length: 24 })
  kind: ResponseKind;

  /** Short code unique in the program, e.g. `JAIL`, `PRAISE`. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name in other languages, as the court entered it: `{ "es": { "name": "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Translations<CatalogueEntryTranslatedField>;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'varchar', length: 24, default: 'none' })
  effect: ResponseEffect;

  /** Curfew, electronic monitoring, home detention (jail always, whatever this says): only the judge orders it, at a hearing the participant attended or waived. */
  @Column({ type: 'boolean', default: false })
  restrictsLiberty: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/**
 * The court's response to a participant: a catalogue entry ordered at a
 * hearing or by delegated staff, against the violations it answers (none for
 * an incentive). Recording it answers those violations, which stops their
 * clocks; its effect (a testing order, hours to serve, custody) is written in
 * the same transaction.
 */
@Entity('court_responses')
@Index('court_responses_participant_idx', ['participantId', 'orderedOn'])
// The outcome measures read a court's responses over a period.
@Index('court_responses_court_day_idx', ['courtId', 'orderedOn'])
@Index('court_responses_custody_due_idx', ['custodyEndsAt'], { where: 'custody_ended_at IS NULL AND custody_ends_at IS NOT NULL' })
@Check('court_responses_kind_check', `kind IN ('sanction', 'incentive', 'treatment_adjustment')`)
@Check('court_responses_amount_check', `amount IS NULL OR amount > 0`)
@Index('court_responses_source_record_key', ['participantId', 'sourceRecordId'], { unique: true, where: 'source_record_id IS NOT NULL' })
export class CourtResponse {
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

  @Column({ type: 'uuid' })
  catalogueEntryId: string;

  @ManyToOne(() => ResponseCatalogueEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'catalogue_entry_id' })
  catalogueEntry?: ResponseCatalogueEntry;

  /** Copied from the entry when ordered, so a later change of the catalogue never rewrites history. */
  @Column({ type: 'varchar', length: 24 })
  kind: ResponseKind;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'varchar', length: 24 })
  effect: ResponseEffect;

  /** Hours of community service, days in jail, or days of increased testing. */
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  amount: string | null;

  /** The frequency of increased testing. */
  @Column({ type: 'real', nullable: true })
  testsPerWeek: number | null;

  /** Court-local date of the order. */
  @Column({ type: 'date' })
  orderedOn: string;

  @Column({ type: 'uuid', nullable: true })
  hearingId: string | null;

  /** Ordered by delegated staff rather than by the judge. */
  @Column({ type: 'boolean', default: false })
  delegated: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** Copied from the entry: a sanction restricting liberty, ordered by the judge at a hearing. */
  @Column({ type: 'boolean', default: false })
  restrictsLiberty: boolean;

  /** The judge's written reason for jail longer than the program's limit, kept with the order. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  overLimitReason: string | null;

  /** The guard rails shown at the moment of decision and ordered through. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: Array<{ code: string; message: string }>;

  @Column({ type: 'uuid', nullable: true })
  testingOrderId: string | null;

  /** When a jail sanction's custody ends (the start of the day after its last day, court-local). */
  @Column({ type: 'timestamptz', nullable: true })
  custodyEndsAt: Date | null;

  /** When the participant was returned to active after serving it; null while in custody. */
  @Column({ type: 'timestamptz', nullable: true })
  custodyEndedAt: Date | null;

  @Column({ type: 'uuid' })
  orderedBy: string;

  /** When it came in from the court's earlier records by a history import: history, never acted on (no clock, alert, message or violation follows from it). */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt: Date | null;

  /** The earlier system's id of the record (a history import's `source_id`): with the participant, what makes a second import of the same file import nothing twice. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Which violations a response answers. */
@Entity('court_response_violations')
@Index('court_response_violations_violation_idx', ['violationId'])
export class CourtResponseViolation {
  @PrimaryColumn({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => CourtResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: CourtResponse;

  @PrimaryColumn({ type: 'uuid' })
  violationId: string;

  @ManyToOne('Violation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'violation_id' })
  violation?: unknown;
}
