import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A violation (missed call-in, missed test, positive result, failure to
 * appear…) and its 72-hour clock. Open until it is *answered*: heard at a
 * hearing held with the participant (`heardAt`) and the court's response,
 * or its decision of none, recorded (`respondedAt`); `answeredAt` is the
 * later of the two. A response staff record outside a hearing (delegated)
 * sets `respondedAt` only: the clock runs on until a hearing takes it up.
 * The caseload's "has open violation" reads it.
 */
@Entity('violations')
@Index('violations_open_idx', ['participantId'], { where: `status = 'open'` })
@Index('violations_court_deadline_idx', ['courtId', 'deadlineAt'])
@Index('violations_court_detected_idx', ['courtId', 'detectedAt'])
// The docket reads each participant's violations since their last hearing.
@Index('violations_participant_detected_idx', ['participantId', 'detectedAt'])
@Check('violations_status_check', `status IN ('open', 'answered', 'dismissed')`)
@Check('violations_deadline_check', `deadline_at > detected_at`)
@Index('violations_source_record_key', ['participantId', 'sourceRecordId'], { unique: true, where: 'source_record_id IS NOT NULL' })
export class Violation {
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

  /** e.g. `missed_call_in`, `missed_test`, `positive_test`, `failure_to_appear`. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'timestamptz' })
  detectedAt: Date;

  /** 72 hours after detection: the participant must be before the judge by then. */
  @Column({ type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: 'open' | 'answered' | 'dismissed';

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /**
   * The event the violation came from, e.g. `call-in:<participant>:<day>:missed`
   * or `collection:<id>`: unique, so the same event never creates two violations.
   * Null for one staff recorded by hand.
   */
  @Index('violations_source_key_key', { unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceKey: string | null;

  /** Ids of the records that show it (draw, call-in, collection, results). No health data. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  evidence: Record<string, unknown>;

  /** When the deadline passed unmet: the violation is overdue, shown on every board and counted. */
  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  /** What staff saw, for a violation they recorded (a new arrest, a curfew breach…). No treatment information. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  /** The staff member who recorded it; null when the system detected it. */
  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  /** When a hearing held with the participant took it up (its outcome recorded with attendance `appeared`). */
  @Column({ type: 'timestamptz', nullable: true })
  heardAt: Date | null;

  /** The hearing that took it up. */
  @Column({ type: 'uuid', nullable: true })
  heardHearingId: string | null;

  /** When the first response naming it, or the court's decision of no response, was recorded (at a hearing or delegated). */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /**
   * A dismissal asked for while the violation was overdue: it needs a second
   * person (a coordinator or judge other than the requester) to confirm;
   * until then the violation stays open, and overdue.
   */
  @Column({ type: 'uuid', nullable: true })
  dismissalRequestedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dismissalRequestedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  dismissalRequestReason: string | null;

  /** Who confirmed an overdue violation's dismissal (null for one dismissed in time, by one person). */
  @Column({ type: 'uuid', nullable: true })
  dismissalConfirmedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  dismissedReason: string | null;

  /** When it came in from the court's earlier records by a history import: history, never acted on (no clock, alert, message or violation follows from it). */
  @Column({ type: 'timestamptz', nullable: true })
  importedAt: Date | null;

  /** The earlier system's id of the record (a history import's `source_id`): with the participant, what makes a second import of the same file import nothing twice. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
