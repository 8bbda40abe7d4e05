import { MigrationInterface, QueryRunner } from 'typeorm';
import { mapEthnicity, mapGender, mapRace } from '../libs/participants/src/demographics/demographics';

interface FreeText {
  id: string;
  court_id: string;
  gender: string | null;
  race: string | null;
  ethnicity: string | null;
}

const BATCH = 1000;

/**
 * The free-text gender, race and ethnicity become codes, through the same
 * word mapping the API and the CSV import use (case and accents ignored,
 * English, Spanish and Portuguese words). A text that does not map is not
 * guessed: the field is left unrecorded and the text kept, verbatim, in
 * demographic_migration_issues for the court to correct. "Hispanic" written
 * as a race answers the ethnicity question when that was not answered.
 */
export class DemographicCodesBackfill1796566219450 implements MigrationInterface {
  name = 'DemographicCodesBackfill1796566219450';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sealed records are participants too: the owner reads past the row-level policy for this one change.
    await queryRunner.query(`ALTER TABLE "participants" NO FORCE ROW LEVEL SECURITY`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = (await queryRunner.query(
        `SELECT id, court_id, gender, race, ethnicity FROM participants
          WHERE id > $1 AND (gender IS NOT NULL OR race IS NOT NULL OR ethnicity IS NOT NULL) ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as FreeText[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const updates: Array<{ id: string; gender: string | null; ethnicity: string | null; races: string; race_declined: boolean }> = [];
      const issues: Array<{ participant_id: string; court_id: string; field: string; original_value: string }> = [];
      for (const row of rows) {
        const unmapped = (field: string, text: string | null) => issues.push({ participant_id: row.id, court_id: row.court_id, field, original_value: text! });
        const gender = mapGender(row.gender);
        if (gender === undefined) unmapped('gender', row.gender);
        let ethnicity = mapEthnicity(row.ethnicity);
        if (ethnicity === undefined) unmapped('ethnicity', row.ethnicity);
        const race = mapRace(row.race);
        if (race === undefined) unmapped('race', row.race);
        if (race?.hispanicLatino && !ethnicity) ethnicity = 'hispanic_latino';
        updates.push({ id: row.id, gender: gender ?? null, ethnicity: ethnicity ?? null, races: `{${(race?.races ?? []).join(',')}}`, race_declined: race?.declined ?? false });
      }
      await queryRunner.query(
        `UPDATE participants p SET gender = v.gender, ethnicity = v.ethnicity, races = v.races::text[], race_declined = v.race_declined
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, gender text, ethnicity text, races text, race_declined boolean)
          WHERE p.id = v.id`,
        [JSON.stringify(updates)],
      );
      if (issues.length > 0) {
        await queryRunner.query(
          `INSERT INTO demographic_migration_issues (participant_id, court_id, field, original_value)
           SELECT participant_id, court_id, field, original_value FROM jsonb_to_recordset($1::jsonb) AS v(participant_id uuid, court_id uuid, field text, original_value text)`,
          [JSON.stringify(issues)],
        );
      }
    }
    await queryRunner.query(`ALTER TABLE "participants" FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to free text: the codes as they are, the races joined, and each unmapped text where it was.
    await queryRunner.query(`ALTER TABLE "participants" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`UPDATE participants SET race = CASE WHEN race_declined THEN 'declined' ELSE NULLIF(array_to_string(races, ', '), '') END`);
    for (const field of ['gender', 'race', 'ethnicity']) {
      await queryRunner.query(
        `UPDATE participants p SET "${field}" = left(i.original_value, 40) FROM demographic_migration_issues i WHERE i.participant_id = p.id AND i.field = '${field}'`,
      );
    }
    await queryRunner.query(`DELETE FROM demographic_migration_issues`);
    await queryRunner.query(`UPDATE participants SET races = '{}', race_declined = false`);
    await queryRunner.query(`ALTER TABLE "participants" FORCE ROW LEVEL SECURITY`);
  }
}
