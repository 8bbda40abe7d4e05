import type { DemoSeeder } from './demo-seeder';

/**
 * Employment, education and housing at admission: participant number, then
 * the three codes. Every enrolled demo participant has them, so the
 * outcome measures' circumstances table shows a mix.
 */
const AT_ADMISSION: Array<[string, string, string, string]> = [
  ['D-0001', 'unemployed', 'high_school_or_equivalent', 'unstable'],
  ['D-0002', 'part_time', 'some_college', 'stable'],
  ['D-0003', 'unemployed', 'less_than_high_school', 'homeless'],
  ['D-0004', 'full_time', 'high_school_or_equivalent', 'stable'],
  ['D-0005', 'part_time', 'vocational', 'stable'],
  ['D-0006', 'not_in_labor_force', 'less_than_high_school', 'stable'],
  ['D-0007', 'unemployed', 'high_school_or_equivalent', 'residential_treatment'],
  ['D-0008', 'unemployed', 'associate_degree', 'unstable'],
  ['D-0009', 'part_time', 'high_school_or_equivalent', 'stable'],
  ['D-0010', 'unemployed', 'unknown', 'homeless'],
  ['H-0001', 'full_time', 'high_school_or_equivalent', 'stable'],
  ['H-0002', 'unemployed', 'less_than_high_school', 'unstable'],
  ['H-0003', 'part_time', 'some_college', 'stable'],
  ['H-0005', 'full_time', 'bachelor_degree', 'stable'],
  ['H-0006', 'unemployed', 'high_school_or_equivalent', 'unstable'],
];

/**
 * Arrests and convictions: participant number, kind, days before admission
 * (negative: after it), description, level. Most are the history that
 * brought the person to the court; D-0003's arrest during the program is
 * the new arrest the measures count.
 */
const HISTORY: Array<[string, 'arrest' | 'conviction', number, string, string]> = [
  ['D-0001', 'arrest', 35, 'Possession of a controlled substance', 'felony'],
  ['D-0002', 'arrest', 40, 'Possession of drug paraphernalia', 'misdemeanor'],
  ['D-0002', 'conviction', 400, 'Retail theft', 'misdemeanor'],
  ['D-0003', 'arrest', 30, 'Possession of a controlled substance', 'felony'],
  ['D-0003', 'arrest', -90, 'Driving with a suspended licence', 'misdemeanor'],
  ['D-0004', 'arrest', 28, 'Burglary', 'felony'],
  ['D-0004', 'conviction', 900, 'Possession of a controlled substance', 'felony'],
  ['D-0008', 'arrest', 33, 'Possession of a controlled substance', 'felony'],
  ['H-0001', 'arrest', 60, 'Driving under the influence', 'misdemeanor'],
  ['H-0003', 'conviction', 20, 'Possession of methamphetamine', 'felony'],
];

/** Circumstances at admission and a few arrests and convictions, so the measures screen's outcomes show figures. */
export const outcomesSeeder: DemoSeeder = {
  name: 'outcomes',
  logins: [],

  async seed({ manager }) {
    for (const [number, employment, education, housing] of AT_ADMISSION) {
      await manager.query(
        `INSERT INTO participant_circumstances (participant_id, at, recorded_on, employment, education, housing, recorded_by)
         SELECT p.id, 'admission', p.enrolled_on, $2::text, $3::text, $4::text, (SELECT id FROM users WHERE username = 'casemanager')
           FROM participants p WHERE p.participant_number = $1 AND p.enrolled_on IS NOT NULL
         ON CONFLICT (participant_id, at) DO NOTHING`,
        [number, employment, education, housing],
      );
    }
    for (const [number, kind, daysBefore, description, level] of HISTORY) {
      await manager.query(
        `INSERT INTO criminal_history_events (participant_id, court_id, kind, occurred_on, description, offense_level, source, recorded_by)
         SELECT p.id, p.court_id, $2::text, p.enrolled_on - $3::int, $4::text, $5::text, 'staff', (SELECT id FROM users WHERE username = 'casemanager')
           FROM participants p WHERE p.participant_number = $1 AND p.enrolled_on IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM criminal_history_events e WHERE e.participant_id = p.id AND e.kind = $2::text AND e.description = $4::text)`,
        [number, kind, daysBefore, description, level],
      );
    }
  },
};
