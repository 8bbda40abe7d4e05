import { type CalendarDate, type Language, translated, type Translations } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { TestingSiteTranslatedField } from '../entities/testing-site.entity';
import { describeHours, isOpenOn, type NextOpening, nextOpening, type OpeningHours, type SiteClosure } from './opening-hours';

/** Where a participant of a program goes to test: what the call-in answer shows a selected participant. */
export interface TestingSiteDirections {
  name: string;
  address: string;
  /** The weekly hours in words, in the reader's language. */
  hours: string;
  /** The same hours as data; null for a site whose old text hours could not be read. */
  weeklyHours: OpeningHours[] | null;
  closures: SiteClosure[];
  instructions: string | null;
}

/**
 * The active testing sites serving a program, by name; when none does (no
 * site linked yet, or all closed), every active site of the court, so a
 * selected participant is never told to test with nowhere to go. Hours are
 * worded in `language`; instructions are in it where the court worded them
 * so, else as the court entered them.
 */
export async function testingSitesForProgram(
  manager: EntityManager,
  courtId: string,
  programId: string | null,
  language: Language,
): Promise<TestingSiteDirections[]> {
  const rows = (await manager.query(
    `WITH linked AS (
       SELECT s.name, s.address, s.hours, s.weekly_hours, s.closures, s.instructions, s.translations
         FROM testing_sites s JOIN program_testing_sites ps ON ps.testing_site_id = s.id
        WHERE s.court_id = $1 AND s.active AND ps.program_id = $2)
     SELECT * FROM linked
     UNION ALL
     SELECT name, address, hours, weekly_hours, closures, instructions, translations FROM testing_sites
      WHERE court_id = $1 AND active AND NOT EXISTS (SELECT 1 FROM linked)
     ORDER BY name`,
    [courtId, programId],
  )) as Array<{
    name: string;
    address: string;
    hours: string;
    weekly_hours: OpeningHours[] | null;
    closures: SiteClosure[];
    instructions: string | null;
    translations: Translations<TestingSiteTranslatedField>;
  }>;
  return rows.map((row) => ({
    name: row.name,
    address: row.address,
    // Old text hours not yet entered as data keep the wording the court gave them in each language.
    hours: row.weekly_hours ? describeHours(row.weekly_hours, language) : translated(row.hours, row.translations, language, 'hours'),
    weeklyHours: row.weekly_hours,
    closures: row.closures,
    instructions: translated(row.instructions, row.translations, language, 'instructions'),
  }));
}

/** Whether the program's sites are all closed on a court day, and if so when one opens next (null past the horizon). */
export interface SitesOnDay {
  closed: boolean;
  nextOpening: NextOpening | null;
}

/**
 * Whether any of these sites opens on the day. No site at all is not
 * "closed" (the day is as it always was); a site whose hours are not known
 * as data is taken to be open.
 */
export function sitesOnDay(sites: readonly TestingSiteDirections[], day: CalendarDate): SitesOnDay {
  const closed = sites.length > 0 && !sites.some((site) => isOpenOn(site, day));
  return { closed, nextOpening: closed ? nextOpening(sites, day) : null };
}

/**
 * SQL: true when every active site serving the participant's program (the
 * program's linked sites, else every active site of the court, as
 * `testingSitesForProgram` chooses) is closed on the court day `day`:
 * a closure that day, or no weekly opening on its weekday. False when there
 * is no site at all. The day-close reads it so that nobody is charged a
 * missed test for a day they had nowhere to test.
 */
export function programSitesClosedSql(court: string, program: string, day: string): string {
  const serves = `s.court_id = ${court} AND s.active AND (
        EXISTS (SELECT 1 FROM program_testing_sites ps WHERE ps.testing_site_id = s.id AND ps.program_id = ${program})
        OR NOT EXISTS (SELECT 1 FROM program_testing_sites ps JOIN testing_sites l ON l.id = ps.testing_site_id
                        WHERE ps.program_id = ${program} AND l.court_id = ${court} AND l.active))`;
  const open = `NOT s.closures @> jsonb_build_array(jsonb_build_object('date', ${day}::date::text))
        AND (s.weekly_hours IS NULL OR s.weekly_hours @> jsonb_build_array(jsonb_build_object('day', lower(to_char(${day}::date, 'Dy')))))`;
  return `(EXISTS (SELECT 1 FROM testing_sites s WHERE ${serves})
     AND NOT EXISTS (SELECT 1 FROM testing_sites s WHERE ${serves} AND ${open}))`;
}
