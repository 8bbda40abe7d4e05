import { useTestDataSource } from '../../../../test/support/test-data-source';
import { createCourt } from '../../../../test/support/fixtures';
import { DEMOGRAPHIC_DIMENSIONS, demographicGroupOf, demographicGroupSql, type DemographicAnswers } from './demographics';

/**
 * The migration of the old free text, run on rows written before it, and
 * each dimension's SQL group expression run in Postgres against the same
 * answers as its TypeScript twin.
 */
describe('demographics in Postgres', () => {
  const suite = useTestDataSource();
  const ds = () => suite.dataSource;

  it('maps the free text to codes and keeps what did not map, with its participant and court', async () => {
    const applied = async () =>
      ((await ds().query(`SELECT name FROM schema_migrations`)) as Array<{ name: string }>).some((m) => m.name.startsWith('DemographicCodes'));
    while (await applied()) await ds().undoLastMigration({ transaction: 'each' });
    const court = await createCourt(ds(), 'MIGR');
    const before: Array<[string, string | null, string | null, string | null]> = [
      ['Ana', 'Mujer', 'Hispanic', 'White'],
      ['Ben', 'M', 'Not Hispanic or Latino', 'African American'],
      ['Cy', 'non-binary', null, 'Black, Caucasian'],
      ['Di', 'F', null, 'Latino/a'],
      ['Ed', 'Masc.', 'Mexican-American?', 'Mixed'],
    ];
    for (const [firstName, gender, ethnicity, race] of before) {
      await ds().query(`INSERT INTO participants (court_id, first_name, last_name, gender, ethnicity, race) VALUES ($1, $2, 'Test', $3, $4, $5)`, [
        court.id,
        firstName,
        gender,
        ethnicity,
        race,
      ]);
    }
    await ds().runMigrations({ transaction: 'each' });

    const rows = await ds().query(
      `SELECT first_name, gender, ethnicity, races, race_declined FROM participants WHERE court_id = $1 ORDER BY first_name`,
      [court.id],
    );
    expect(rows).toEqual([
      { first_name: 'Ana', gender: 'woman', ethnicity: 'hispanic_latino', races: ['white'], race_declined: false },
      { first_name: 'Ben', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['black_african_american'], race_declined: false },
      { first_name: 'Cy', gender: 'non_binary', ethnicity: null, races: ['black_african_american', 'white'], race_declined: false },
      { first_name: 'Di', gender: 'woman', ethnicity: 'hispanic_latino', races: [], race_declined: false },
      { first_name: 'Ed', gender: null, ethnicity: null, races: [], race_declined: false },
    ]);
    const issues = await ds().query(
      `SELECT p.first_name, i.court_id, i.field, i.original_value, i.resolved_at FROM demographic_migration_issues i JOIN participants p ON p.id = i.participant_id
        WHERE i.court_id = $1 ORDER BY i.field`,
      [court.id],
    );
    expect(issues).toEqual([
      { first_name: 'Ed', court_id: court.id, field: 'ethnicity', original_value: 'Mexican-American?', resolved_at: null },
      { first_name: 'Ed', court_id: court.id, field: 'gender', original_value: 'Masc.', resolved_at: null },
      { first_name: 'Ed', court_id: court.id, field: 'race', original_value: 'Mixed', resolved_at: null },
    ]);
    await expect(ds().query(`UPDATE participants SET gender = 'Female' WHERE court_id = $1`, [court.id])).rejects.toThrow(/participants_gender_check/);
  });

  it('gives each participant the same group in SQL as in TypeScript, in every dimension', async () => {
    const court = await createCourt(ds(), 'GRPS');
    const answers: DemographicAnswers[] = [
      { ethnicity: 'hispanic_latino', races: ['white'], raceDeclined: false, sex: 'female', gender: 'woman', primaryLanguage: 'es', dateOfBirth: '2009-03-01', referredOn: '2026-02-28' },
      { ethnicity: 'not_hispanic_latino', races: ['asian'], raceDeclined: false, sex: 'male', gender: 'man', primaryLanguage: 'vi', dateOfBirth: '2000-06-15', referredOn: '2026-06-15' },
      { ethnicity: null, races: ['asian', 'white'], raceDeclined: false, sex: 'intersex', gender: 'non_binary', primaryLanguage: 'other', dateOfBirth: '1990-01-01', referredOn: '2026-01-01' },
      { ethnicity: 'declined', races: [], raceDeclined: true, sex: 'declined', gender: 'declined', primaryLanguage: null, dateOfBirth: '1960-12-31', referredOn: '2026-12-30' },
      { ethnicity: 'not_hispanic_latino', races: [], raceDeclined: false, sex: null, gender: null, primaryLanguage: null, dateOfBirth: null, referredOn: '2026-01-01' },
      { ethnicity: null, races: [], raceDeclined: true, sex: null, gender: 'another', primaryLanguage: 'en', dateOfBirth: '1975-05-05', referredOn: null },
    ];
    for (const [i, a] of answers.entries()) {
      await ds().query(
        `INSERT INTO participants (court_id, first_name, last_name, ethnicity, races, race_declined, sex, gender, primary_language, date_of_birth, referred_on)
         VALUES ($1, $2, 'Group', $3, $4, $5, $6, $7, $8, $9, $10)`,
        [court.id, `P${i}`, a.ethnicity, a.races, a.raceDeclined, a.sex, a.gender, a.primaryLanguage, a.dateOfBirth, a.referredOn],
      );
    }
    for (const dimension of DEMOGRAPHIC_DIMENSIONS) {
      const rows = (await ds().query(
        `SELECT ${demographicGroupSql(dimension, 'person')} AS "group" FROM participants person WHERE person.court_id = $1 ORDER BY person.first_name`,
        [court.id],
      )) as Array<{ group: string }>;
      expect({ dimension, groups: rows.map((r) => r.group) }).toEqual({ dimension, groups: answers.map((a) => demographicGroupOf(dimension, a)) });
    }
  });
});
