import { type Language, translated, type Translations } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { TestingSiteTranslatedField } from '../entities/testing-site.entity';

/** Where a participant of a program goes to test: what the call-in answer shows a selected participant. */
export interface TestingSiteDirections {
  name: string;
  address: string;
  hours: string;
  instructions: string | null;
}

/**
 * The active testing sites serving a program, by name; when none does (no
 * site linked yet, or all closed), every active site of the court, so a
 * selected participant is never told to test with nowhere to go. Hours and
 * instructions are in `language` where the court worded them in it, else as
 * the court entered them.
 */
export async function testingSitesForProgram(
  manager: EntityManager,
  courtId: string,
  programId: string | null,
  language: Language,
): Promise<TestingSiteDirections[]> {
  const rows = (await manager.query(
    `WITH linked AS (
       SELECT s.name, s.address, s.hours, s.instructions, s.translations
         FROM testing_sites s JOIN program_testing_sites ps ON ps.testing_site_id = s.id
        WHERE s.court_id = $1 AND s.active AND ps.program_id = $2)
     SELECT * FROM linked
     UNION ALL
     SELECT name, address, hours, instructions, translations FROM testing_sites
      WHERE court_id = $1 AND active AND NOT EXISTS (SELECT 1 FROM linked)
     ORDER BY name`,
    [courtId, programId],
  )) as Array<TestingSiteDirections & { translations: Translations<TestingSiteTranslatedField> }>;
  return rows.map(({ translations, ...site }) => ({
    ...site,
    hours: translated(site.hours, translations, language, 'hours'),
    instructions: translated(site.instructions, translations, language, 'instructions'),
  }));
}
