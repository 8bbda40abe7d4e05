import type { EntityManager } from 'typeorm';

/** Where a participant of a program goes to test: what the call-in answer shows a selected participant. */
export interface TestingSiteDirections {
  name: string;
  address: string;
  hours: string;
  instructions: string | null;
}

/** The active testing sites serving a program, by name. */
export async function testingSitesForProgram(manager: EntityManager, programId: string): Promise<TestingSiteDirections[]> {
  return (await manager.query(
    `SELECT s.name, s.address, s.hours, s.instructions
       FROM testing_sites s JOIN program_testing_sites ps ON ps.testing_site_id = s.id
      WHERE ps.program_id = $1 AND s.active
      ORDER BY s.name`,
    [programId],
  )) as TestingSiteDirections[];
}
