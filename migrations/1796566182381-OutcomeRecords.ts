import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the outcome measures need beyond the case record: arrests and
 * convictions (entered or imported), employment, education and housing at
 * admission and exit, and indexes for reading results and responses of a
 * court over a period.
 */
export class OutcomeRecords1796566182381 implements MigrationInterface {
  name = 'OutcomeRecords1796566182381';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "criminal_history_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "court_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "occurred_on" date NOT NULL, "description" character varying(500) NOT NULL, "offense_level" character varying(16), "source" character varying(8) NOT NULL, "external_key" character varying(128), "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "criminal_history_events_offense_level_check" CHECK (offense_level IS NULL OR offense_level IN ('felony', 'misdemeanor', 'infraction', 'other')), CONSTRAINT "criminal_history_events_source_check" CHECK (source IN ('staff', 'import')), CONSTRAINT "criminal_history_events_kind_check" CHECK (kind IN ('arrest', 'conviction')), CONSTRAINT "PK_947214d7dc15dfbd7dc2d4887f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "criminal_history_events_participant_idx" ON "criminal_history_events" ("participant_id", "occurred_on") `);
    await queryRunner.query(`CREATE INDEX "criminal_history_events_court_idx" ON "criminal_history_events" ("court_id", "occurred_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "criminal_history_events_external_key" ON "criminal_history_events" ("court_id", "external_key") WHERE external_key IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "criminal_history_events" ADD CONSTRAINT "FK_5a0626556d86d96c73d6f81d322" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "criminal_history_events" ADD CONSTRAINT "FK_5d0ea9149f217983ab4141ad183" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "criminal_history_events" ADD CONSTRAINT "FK_7d10f8dadb059df6b67649f4cbd" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "participant_circumstances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "at" character varying(10) NOT NULL, "recorded_on" date NOT NULL, "employment" character varying(24) NOT NULL, "education" character varying(32) NOT NULL, "housing" character varying(24) NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "participant_circumstances_housing_check" CHECK (housing IN ('stable', 'unstable', 'homeless', 'residential_treatment', 'unknown')), CONSTRAINT "participant_circumstances_education_check" CHECK (education IN ('less_than_high_school', 'high_school_or_equivalent', 'vocational', 'some_college', 'associate_degree', 'bachelor_degree', 'graduate_degree', 'unknown')), CONSTRAINT "participant_circumstances_employment_check" CHECK (employment IN ('full_time', 'part_time', 'unemployed', 'not_in_labor_force', 'unknown')), CONSTRAINT "participant_circumstances_at_check" CHECK (at IN ('admission', 'exit')), CONSTRAINT "PK_f26555e931a72fc3fe59c1d3324" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "participant_circumstances_key" ON "participant_circumstances" ("participant_id", "at") `);
    await queryRunner.query(`ALTER TABLE "participant_circumstances" ADD CONSTRAINT "FK_a94d97bd0091ac017b60cc09bb3" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant_circumstances" ADD CONSTRAINT "FK_4ad1cb0698f87e99297c7b4e435" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    // The outcome measures read a court's results and responses over a period.
    await queryRunner.query(`CREATE INDEX "drug_test_results_court_day_idx" ON "drug_test_results" ("court_id", "tested_on") `);
    await queryRunner.query(`CREATE INDEX "court_responses_court_day_idx" ON "court_responses" ("court_id", "ordered_on") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."court_responses_court_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_results_court_day_idx"`);
    await queryRunner.query(`DROP TABLE "participant_circumstances"`);
    await queryRunner.query(`DROP TABLE "criminal_history_events"`);
  }
}
