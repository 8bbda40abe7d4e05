import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The random draw of one court day. Made once, before the call-in window
 * opens; the SHA-256 commitment of its secret seed is stored with it and the
 * seed is published once the court day is over, so anyone can recompute every
 * selection. A database trigger refuses any change but the two processing
 * marks, and any deletion: after the commitment a draw changes only through
 * audited overrides (`draw_overrides`).
 */
@Entity('draws')
@Index('draws_court_day_key', ['courtId', 'courtDay'], { unique: true })
@Check('draws_commitment_check', `seed_commitment ~ '^[0-9a-f]{64}$'`)
@Check(
  'draws_v2_check',
  `algorithm <> 'chain-token-hmac-sha256/v2' OR (commitment IS NOT NULL AND court_code IS NOT NULL AND seed_chain_id IS NOT NULL AND chain_index IS NOT NULL)`,
)
export class Draw {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** Court-local calendar date the draw is for. */
  @Column({ type: 'date' })
  courtDay: string;

  /** How selections are derived from the seed (see `selection.ts`), so old draws stay verifiable. */
  @Column({ type: 'varchar', length: 32 })
  algorithm: string;

  /** Hex SHA-256 of the seed, fixed before the window opens. */
  @Column({ type: 'char', length: 64 })
  seedCommitment: string;

  /**
   * v2 (`chained-draw.ts`): hex SHA-256 of the committed text (court, day,
   * algorithm, seed commitment, chain position, every entry with its
   * probability and what it follows from). Null for v1 draws.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  commitment: string | null;

  /** v2: the court code the commitment names (a later change of code leaves the record verifiable). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  courtCode: string | null;

  /** v2: the yearly seed chain the seed is a link of, and its position (day of the year). */
  @Column({ type: 'uuid', nullable: true })
  seedChainId: string | null;

  @ManyToOne('DrawSeedChain', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seed_chain_id' })
  seedChain?: unknown;

  @Column({ type: 'integer', nullable: true })
  chainIndex: number | null;

  /** The secret seed; never shown before the court day is over. */
  @Column({ type: 'bytea', select: false })
  seed: Buffer;

  @Column({ type: 'timestamptz' })
  committedAt: Date;

  @Column({ type: 'timestamptz' })
  windowOpensAt: Date;

  @Column({ type: 'timestamptz' })
  windowClosesAt: Date;

  /** Selected participants must give a specimen by this instant. */
  @Column({ type: 'timestamptz' })
  reportBy: Date;

  /** How many participants were in the draw, and how many it selected. */
  @Column({ type: 'integer' })
  participantCount: number;

  @Column({ type: 'integer' })
  selectedCount: number;

  /** When the window-close job charged missed call-ins for this day. */
  @Column({ type: 'timestamptz', nullable: true })
  missedCallInsRecordedAt: Date | null;

  /** When the reporting-deadline job charged missed tests for this day. */
  @Column({ type: 'timestamptz', nullable: true })
  missedTestsRecordedAt: Date | null;
}

/**
 * One participant in one draw: the frequency and probability used, and what
 * the seed selected. Append-only (trigger); staff overrides are separate rows.
 */
@Entity('draw_entries')
@Check('draw_entries_probability_check', `probability >= 0 AND probability <= 1`)
@Check('draw_entries_rule_check', `rule IS NULL OR rule IN ('max_untested_days', 'max_tests_per_7_days')`)
export class DrawEntry {
  /**
   * No foreign keys: entries are written only by `writeDraw`, with their
   * draw, in its transaction, from participants just read; draws cannot be
   * deleted (trigger) and the system never deletes a participant. For a court
   * of 100,000 the keys cost a share lock on every participant row, a lookup
   * per row and a second index rewritten daily: most of the draw's time in its
   * benchmark. The primary key serves every read.
   */
  @PrimaryColumn({ type: 'uuid' })
  drawId: string;

  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  /** The frequency in force that day: the phase's, or a court order's when higher. Exactly the number the probability came from. */
  @Column({ type: 'double precision' })
  testsPerWeek: number;

  /** The probability the seed was compared with (testsPerWeek ÷ 7, moved by a guard rail). */
  @Column({ type: 'double precision' })
  probability: number;

  /** The guard rail that moved the probability, if any. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  rule: 'max_untested_days' | 'max_tests_per_7_days' | null;

  @Column({ type: 'boolean' })
  selected: boolean;

  // v2 (`chained-draw.ts`): what the public record shows of the entry. Null in v1 draws.

  /** HMAC-SHA256(participant's draw secret, court day), hex: the entry's only public name. */
  @Column({ type: 'char', length: 64, nullable: true })
  token: string | null;

  /** The frequency as the exact decimal the probability came from. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  frequency: string | null;

  /** The program's guard rails, and the two counts they read (null when the program has none). */
  @Column({ type: 'smallint', nullable: true })
  maxUntestedDays: number | null;

  @Column({ type: 'smallint', name: 'max_tests_per_7_days', nullable: true })
  maxTestsPer7Days: number | null;

  @Column({ type: 'smallint', nullable: true })
  untestedDays: number | null;

  @Column({ type: 'smallint', name: 'tests_in_previous_6_days', nullable: true })
  testsInPrevious6Days: number | null;

  /** The probability as an exact fraction, "num/den". */
  @Column({ type: 'varchar', length: 48, nullable: true })
  exactProbability: string | null;
}

/** A staff decision that a participant tests (force) or does not (excuse) on a court day; audited. */
@Entity('draw_overrides')
@Index('draw_overrides_participant_day_key', ['participantId', 'courtDay'], { unique: true, where: 'withdrawn_at IS NULL' })
@Index('draw_overrides_court_day_idx', ['courtId', 'courtDay'])
@Check('draw_overrides_action_check', `action IN ('force', 'excuse')`)
export class DrawOverride {
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

  @Column({ type: 'date' })
  courtDay: string;

  @Column({ type: 'varchar', length: 8 })
  action: 'force' | 'excuse';

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** A mistaken override is withdrawn, never deleted. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnBy: string | null;
}

/**
 * A court's seed chain for one calendar year: a random last link, hashed
 * down to the anchor (link 0), which is published before the year starts
 * (the public feed, and the court's public notice). Day i of the year uses
 * link i, so no seed can be chosen once a day's inputs are known.
 */
@Entity('draw_seed_chains')
@Index('draw_seed_chains_court_year_key', ['courtId', 'year'], { unique: true })
@Check('draw_seed_chains_anchor_check', `anchor ~ '^[0-9a-f]{64}$'`)
export class DrawSeedChain {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'integer' })
  year: number;

  /** Links after the anchor: the days of the year. */
  @Column({ type: 'integer' })
  length: number;

  /** Hex link 0, public from `publishedAt`. */
  @Column({ type: 'char', length: 64 })
  anchor: string;

  /** The secret last link; every day's seed is derived from it by hashing. */
  @Column({ type: 'bytea', select: false })
  lastLink: Buffer;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;
}

/** The kept result of a court's monthly randomness self-check (the worker runs it after each month). */
@Entity('randomness_check_runs')
@Index('randomness_check_runs_court_month_key', ['courtId', 'month'], { unique: true })
export class RandomnessCheckRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** YYYY-MM. */
  @Column({ type: 'char', length: 7 })
  month: string;

  /** False when the weekday chi-square or the weekend/holiday share is beyond chance: staff must look. */
  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'integer' })
  records: number;

  @Column({ type: 'double precision', nullable: true })
  weekdayPValue: number | null;

  @Column({ type: 'double precision', nullable: true })
  weekendZ: number | null;

  /** The aggregates of the check (no participant is named). */
  @Column({ type: 'jsonb' })
  result: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  checkedAt: Date;
}
