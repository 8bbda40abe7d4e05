import { BaseEntity } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ChargeCategory } from '@app/programs';
import type { ParticipantStatus } from '../participant-status';
import { ETHNICITIES, GENDERS, PRIMARY_LANGUAGES, RACES, SEXES, type Ethnicity, type Gender, type PrimaryLanguage, type Race, type Sex } from '../demographics/demographics';

const sqlList = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(', ');

/** A charge on the referral, as the referring agency filed it. */
export interface Charge {
  /** Statute or code section, e.g. `720 ILCS 570/402(c)`. */
  statute: string;
  description: string;
  level: 'felony' | 'misdemeanor' | 'infraction' | 'other';
  /** What the program's exclusion criteria are written against. */
  category: ChargeCategory;
}

/** How to reach the participant. */
export interface ContactDetails {
  phone?: string | null;
  email?: string | null;
  addressLine?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
}

/**
 * A person on a court's path: referred, screened, enrolled in a program,
 * moved through its phases and discharged. The participant number and PIN
 * are issued at enrolment; the number is what they type to sign in and call in.
 */
@Entity('participants')
@Index('participants_court_number_key', ['courtId', 'participantNumber'], { unique: true })
@Index('participants_court_name_idx', ['courtId', 'lastName', 'firstName'])
@Index('participants_phase_name_idx', ['phaseId', 'lastName', 'firstName'])
@Index('participants_program_status_idx', ['programId', 'status'])
@Check(
  'participants_status_check',
  `status IN ('referred', 'screening', 'accepted', 'rejected', 'active', 'in_custody', 'warrant', 'medical_leave',
              'graduated', 'terminated', 'withdrawn', 'transferred')`,
)
@Check('participants_referral_source_check', `referral_source IN ('prosecutor', 'defense', 'judge', 'probation', 'police', 'other')`)
@Check('participants_phase_check', `(phase_id IS NULL) = (phase_plan_id IS NULL)`)
@Check('participants_ethnicity_check', `ethnicity IN (${sqlList(ETHNICITIES)})`)
@Check('participants_races_check', `races <@ ARRAY[${sqlList(RACES)}]::text[] AND NOT (race_declined AND cardinality(races) > 0)`)
@Check('participants_sex_check', `sex IN (${sqlList(SEXES)})`)
@Check('participants_gender_check', `gender IN (${sqlList(GENDERS)})`)
@Check('participants_primary_language_check', `primary_language IN (${sqlList(PRIMARY_LANGUAGES)})`)
export class Participant extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /**
   * The participant's own secret for the public draw record: each day's
   * token is HMAC-SHA256(this, court day), so the public cannot follow a
   * person across days while the participant's page lists their tokens.
   * 244 random bits from Postgres's strong source, set at creation.
   */
  @Column({ type: 'bytea', select: false, default: () => '(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))' })
  drawSecret: Buffer;

  /** Issued at enrolment; unique in the court. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  participantNumber: string | null;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 32, default: 'referred' })
  status: ParticipantStatus;

  /** The program referred to (and, once enrolled, the one they are in). */
  @Column({ type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne('Program', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: unknown;

  /** The version of the phase plan the participant follows. */
  @Column({ type: 'uuid', nullable: true })
  phasePlanId: string | null;

  @ManyToOne('PhasePlan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_plan_id' })
  phasePlan?: unknown;

  /** Current phase; its history is in participant_phases. */
  @Column({ type: 'uuid', nullable: true })
  phaseId: string | null;

  @ManyToOne('Phase', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id' })
  phase?: unknown;

  @Column({ type: 'date', nullable: true })
  phaseStartedOn: string | null;

  @Column({ type: 'date', nullable: true })
  enrolledOn: string | null;

  /**
   * Court-local day of the warning hearing held with the participant
   * present. In a program that requires one, testing (the draw, the daily
   * call-in) begins the day after; until then they are enrolled, not drawn.
   */
  @Column({ type: 'date', nullable: true })
  warningHearingOn: string | null;

  /** Court-local date of graduation, termination, withdrawal or transfer. */
  @Column({ type: 'date', nullable: true })
  dischargedOn: string | null;

  // Referral

  @Column({ type: 'varchar', length: 16, default: 'other' })
  referralSource: string;

  @Column({ type: 'date', nullable: true })
  referredOn: string | null;

  @Column({ type: 'date', nullable: true })
  arrestedOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  caseNumbers: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  charges: Charge[];

  // Demographics, needed for equity reporting: codes of the vocabularies in
  // demographics/demographics.ts; null where the question was never answered.

  /** With the referral day, gives the age at referral (not stored, so it cannot drift). */
  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  /** Gender identity, as the participant self-identifies. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  gender: Gender | null;

  /** Sex recorded at birth or on identity documents, asked separately from gender. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  sex: Sex | null;

  /** The federal first question: Hispanic or Latino? */
  @Column({ type: 'varchar', length: 60, nullable: true })
  ethnicity: Ethnicity | null;

  /** The federal second question: one or more races (empty: not answered, or declined). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  races: Race[];

  /** The participant declined the race question (as opposed to never being asked). */
  @Column({ type: 'boolean', default: false })
  raceDeclined: boolean;

  /** ISO 639-1 code of the language the participant is most comfortable in, or `other`. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  primaryLanguage: PrimaryLanguage | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  contact: ContactDetails;

  // Outcome

  /** What the court did with the case at discharge, e.g. `case_dismissed`. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  disposition: string | null;

  /** Deferred judgment completed: plea withdrawn, case dismissed, record to be expunged. */
  @Column({ type: 'boolean', default: false })
  markedForExpungement: boolean;

  /**
   * When the judge's expungement order sealed the record. A row-level
   * security policy on this table hides a sealed participant from every
   * query of the application (lists, searches, boards, the access checks)
   * unless the transaction names them in `tc.sealed_read` (the court
   * administrator's audited read with a reason): see migration SealedRecords.
   */
  @Column({ type: 'timestamptz', nullable: true })
  sealedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  sealedBy: string | null;

  /** The participant's own sign-in account (PIN), once enrolled. */
  @Index('participants_user_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'uuid', nullable: true })
  caseManagerId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_manager_id' })
  caseManager?: unknown;
}
