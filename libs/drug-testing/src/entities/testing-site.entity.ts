import { BaseEntity, translationsCheck, type Translations } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OpeningHours, SiteClosure } from '../testing-sites/opening-hours';

/**
 * What of a testing site the court may word in several languages (its hours
 * are worded from the data in the reader's language; `hours` entries stored
 * before are no longer read).
 */
export type TestingSiteTranslatedField = 'instructions' | 'hours';

/**
 * Where participants give specimens: the answer to a call-in names the sites
 * of the participant's program, with address and hours.
 */
@Entity('testing_sites')
@Index('testing_sites_court_name_key', ['courtId', 'name'], { unique: true })
@Check('testing_sites_translations_check', translationsCheck('translations'))
export class TestingSite extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 500 })
  address: string;

  /**
   * The opening hours in words, rendered in English from `weeklyHours` (the
   * call-in answer renders them in the reader's language). Only a site whose
   * old free-text hours could not be read keeps that text, with
   * `weeklyHours` null, until an administrator enters its hours.
   */
  @Column({ type: 'varchar', length: 500 })
  hours: string;

  /** When the site is open each week, in the court's time zone; null only for old free text not yet entered as data. */
  @Column({ type: 'jsonb', nullable: true })
  weeklyHours: OpeningHours[] | null;

  /** Days the site is closed whatever its weekly hours (holidays, a move). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  closures: SiteClosure[];

  /** What to bring, where to park… shown to a selected participant. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  instructions: string | null;

  /** Instructions and hours in other languages, as the court entered them: `{ "es": { "instructions": "…", "hours": "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Translations<TestingSiteTranslatedField>;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** Which programs' participants a site serves. */
@Entity('program_testing_sites')
@Index('program_testing_sites_site_idx', ['testingSiteId'])
export class ProgramTestingSite {
  @PrimaryColumn({ type: 'uuid' })
  programId: string;

  @ManyToOne('Program', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: unknown;

  @PrimaryColumn({ type: 'uuid' })
  testingSiteId: string;

  @ManyToOne(() => TestingSite, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'testing_site_id' })
  testingSite?: TestingSite;
}
