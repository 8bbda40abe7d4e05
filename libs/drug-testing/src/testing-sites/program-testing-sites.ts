import type { EntityManager } from 'typeorm';

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
 * selected participant is never told to test with nowhere to go.
 */
export async function testingSitesForProgram(manager: EntityManager, courtId: string, programId: string | null): Promise<TestingSiteDirections[]> {
  return (await manager.query(
    `WITH linked AS (
       SELECT s.name, s.address, s.hours, s.instructions
         FROM testing_sites s JOIN program_testing_sites ps ON ps.testing_site_id = s.id
        WHERE s.court_id = $1 AND s.active AND ps.program_id = $2)
     SELECT * FROM linked
     UNION ALL
     SELECT name, address, hours, instructions FROM testing_sites
      WHERE court_id = $1 AND active AND NOT EXISTS (SELECT 1 FROM linked)
     ORDER BY name`,
    [courtId, programId],
  )) as TestingSiteDirections[];
}
