import { BaseEntity } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ChargeCategory, ProgramModel, ScreeningParty } from './program-model';

/**
 * A program a court runs (a treatment court, HOPE probation, a deferred
 * judgment program). Its phases live in versioned phase plans.
 */
@Entity('programs')
@Index('programs_court_code_key', ['courtId', 'code'], { unique: true })
@Check('programs_model_check', `model IN ('treatment_court', 'hope_probation', 'deferred_judgment')`)
@Check('programs_code_check', `code ~ '^[A-Z0-9-]{2,32}$'`)
export class Program extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** Short upper-case code, unique in the court, e.g. `ATC`. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  model: ProgramModel;

  /** Charge categories that make a referral legally ineligible (e.g. `violent`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  excludedChargeCategories: ChargeCategory[];

  /** Parties whose approval admission needs, e.g. the team, the prosecutor and the defense. */
  @Column({ type: 'text', array: true, default: () => "'{team}'" })
  requiredApprovals: ScreeningParty[];

  /** Closed programs take no new referrals; their participants carry on. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
