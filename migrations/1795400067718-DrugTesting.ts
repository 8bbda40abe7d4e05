import { MigrationInterface, QueryRunner } from 'typeorm';

export class DrugTesting1795400067718 implements MigrationInterface {
  name = 'DrugTesting1795400067718';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "testing_sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "court_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "address" character varying(500) NOT NULL, "hours" character varying(500) NOT NULL, "instructions" character varying(2000), "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_406b38dadc5058d717568a417e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "testing_sites_court_name_key" ON "testing_sites" ("court_id", "name") `);
    await queryRunner.query(`CREATE TABLE "program_testing_sites" ("program_id" uuid NOT NULL, "testing_site_id" uuid NOT NULL, CONSTRAINT "PK_e0b6348225c05c803ccd30d16a6" PRIMARY KEY ("program_id", "testing_site_id"))`);
    await queryRunner.query(`CREATE INDEX "program_testing_sites_site_idx" ON "program_testing_sites" ("testing_site_id") `);
    await queryRunner.query(`CREATE TABLE "draws" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "court_day" date NOT NULL, "algorithm" character varying(32) NOT NULL, "seed_commitment" character(64) NOT NULL, "seed" bytea NOT NULL, "committed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "window_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "window_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "report_by" TIMESTAMP WITH TIME ZONE NOT NULL, "participant_count" integer NOT NULL, "selected_count" integer NOT NULL, "missed_call_ins_recorded_at" TIMESTAMP WITH TIME ZONE, "missed_tests_recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "draws_commitment_check" CHECK (seed_commitment ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_abe4e6df5ea65731c53b968f8d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "draws_court_day_key" ON "draws" ("court_id", "court_day") `);
    await queryRunner.query(`CREATE TABLE "draw_entries" ("draw_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "tests_per_week" double precision NOT NULL, "probability" double precision NOT NULL, "rule" character varying(24), "selected" boolean NOT NULL, CONSTRAINT "draw_entries_rule_check" CHECK (rule IS NULL OR rule IN ('max_untested_days', 'max_tests_per_7_days')), CONSTRAINT "draw_entries_probability_check" CHECK (probability >= 0 AND probability <= 1), CONSTRAINT "PK_8c3f9071e45504a5010dec4a273" PRIMARY KEY ("draw_id", "participant_id"))`);
    await queryRunner.query(`CREATE TABLE "draw_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "court_day" date NOT NULL, "action" character varying(8) NOT NULL, "reason" character varying(1000) NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, CONSTRAINT "draw_overrides_action_check" CHECK (action IN ('force', 'excuse')), CONSTRAINT "PK_f0888601b130ca3fa586953c2b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "draw_overrides_court_day_idx" ON "draw_overrides" ("court_id", "court_day") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "draw_overrides_participant_day_key" ON "draw_overrides" ("participant_id", "court_day") WHERE withdrawn_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "call_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "court_day" date NOT NULL, "called_at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" character varying(8) NOT NULL, "receipt_code" character varying(12) NOT NULL, "told" boolean, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "call_ins_channel_check" CHECK (channel IN ('web', 'phone', 'sms')), CONSTRAINT "PK_96b58ae10f8d2f9acd832f5a443" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "call_ins_court_day_idx" ON "call_ins" ("court_id", "court_day") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "call_ins_participant_day_key" ON "call_ins" ("participant_id", "court_day") `);
    await queryRunner.query(`CREATE TABLE "drug_test_collections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "court_day" date NOT NULL, "collected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "testing_site_id" uuid, "observed" boolean NOT NULL, "specimen_type" character varying(16) NOT NULL, "basis" character varying(16) NOT NULL, "notes" character varying(1000), "collected_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "drug_test_collections_basis_check" CHECK (basis IN ('random', 'forced', 'for_cause')), CONSTRAINT "drug_test_collections_specimen_check" CHECK (specimen_type IN ('urine', 'oral_fluid', 'breath', 'sweat_patch')), CONSTRAINT "PK_dc6d9b7c5e160630ecc83d67562" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "drug_test_collections_court_day_idx" ON "drug_test_collections" ("court_id", "court_day") `);
    await queryRunner.query(`CREATE INDEX "drug_test_collections_participant_idx" ON "drug_test_collections" ("participant_id", "court_day") `);
    await queryRunner.query(`CREATE TABLE "testing_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "tests_per_week" real NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "reason" character varying(1000) NOT NULL, "ordered_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "testing_orders_period_check" CHECK (ends_on >= starts_on), CONSTRAINT "testing_orders_frequency_check" CHECK (tests_per_week > 0 AND tests_per_week <= 7), CONSTRAINT "PK_522aa21f0fdf2301cf87bec2c22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "testing_orders_participant_idx" ON "testing_orders" ("participant_id", "ends_on") `);
    await queryRunner.query(`CREATE TABLE "system_outages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" character varying(1000) NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "system_outages_period_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_194bb80848c8ca1df81d6e689a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "system_outages_period_idx" ON "system_outages" ("starts_at", "ends_at") `);
    await queryRunner.query(`ALTER TABLE "courts" ADD "report_by_time" character varying(5) NOT NULL DEFAULT '17:00'`);
    await queryRunner.query(`ALTER TABLE "courts" ADD "draw_lead_minutes" integer NOT NULL DEFAULT '60'`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "collection_id" uuid`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "substance" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "method" character varying(16) NOT NULL DEFAULT 'screen'`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "supersedes_id" uuid`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "admitted" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "contested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "contest_reason" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "released_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "max_untested_days" integer`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "max_tests_per_7_days" integer`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "violation_outcomes" text array NOT NULL DEFAULT '{positive,dilute,adulterated,substituted,refused,missed}'`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "source_key" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "evidence" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "dismissed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "dismissed_reason" character varying(1000)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "drug_test_results_missed_key" ON "drug_test_results" ("participant_id", "tested_on") WHERE outcome = 'missed'`);
    await queryRunner.query(`CREATE INDEX "drug_test_results_collection_idx" ON "drug_test_results" ("collection_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "violations_source_key_key" ON "violations" ("source_key") `);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_draw_lead_check" CHECK (draw_lead_minutes BETWEEN 5 AND 720)`);
    // Results recorded before panels existed: a positive names no panel, so it is filed under `other`.
    await queryRunner.query(`UPDATE "drug_test_results" SET substance = 'other' WHERE outcome = 'positive' AND substance IS NULL`);
    // A court whose window closes after 17:00 reports by the end of the day, never before its window closes.
    await queryRunner.query(`UPDATE "courts" SET report_by_time = '24:00' WHERE call_in_window_end > '17:00'`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD CONSTRAINT "drug_test_results_substance_check" CHECK ((outcome <> 'positive' OR substance IS NOT NULL) AND (substance IS NULL OR outcome IN ('negative', 'positive')))`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD CONSTRAINT "drug_test_results_method_check" CHECK (method IN ('screen', 'confirmation'))`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_max_tests_per_7_days_check" CHECK (max_tests_per_7_days BETWEEN 1 AND 7)`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_max_untested_days_check" CHECK (max_untested_days BETWEEN 1 AND 60)`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD CONSTRAINT "FK_4f91574b6f5e991c9088ac78914" FOREIGN KEY ("collection_id") REFERENCES "drug_test_collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD CONSTRAINT "FK_649ad4b53efd7aab3974c9a43b1" FOREIGN KEY ("supersedes_id") REFERENCES "drug_test_results"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "testing_sites" ADD CONSTRAINT "FK_5389b3a20aece53395b0ee156be" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_testing_sites" ADD CONSTRAINT "FK_0237f703b0a89374af0e80a4b94" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_testing_sites" ADD CONSTRAINT "FK_f672df22bb22245b902f60c75e8" FOREIGN KEY ("testing_site_id") REFERENCES "testing_sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "draws" ADD CONSTRAINT "FK_7412425e265c54ce42f267802e5" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "draw_overrides" ADD CONSTRAINT "FK_1e183f4589da10bad2b6ce58788" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "draw_overrides" ADD CONSTRAINT "FK_77aa5169827969789feca9aa5fe" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "call_ins" ADD CONSTRAINT "FK_f876d0cf259d0bacf79bfbd2ba7" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "call_ins" ADD CONSTRAINT "FK_aa16bef3262d87ed449b2c02683" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD CONSTRAINT "FK_357f5e18649b57ae43eb0950211" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD CONSTRAINT "FK_ee612595436483965646b9f0029" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD CONSTRAINT "FK_39a857127f7ae09da6c54b67869" FOREIGN KEY ("testing_site_id") REFERENCES "testing_sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "testing_orders" ADD CONSTRAINT "FK_908116b719c1bd6360a9188876f" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "testing_orders" ADD CONSTRAINT "FK_ec16bcaddc7de41cc9b7f53d158" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "system_outages" ADD CONSTRAINT "FK_83e2b38fa3e6692832563f80181" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Testing-site staff are a court role (the entity's check is not compared by the generator).
    await queryRunner.query(`ALTER TABLE "court_memberships" DROP CONSTRAINT "court_memberships_role_check"`);
    await queryRunner.query(`ALTER TABLE "court_memberships" ADD CONSTRAINT "court_memberships_role_check" CHECK (role IN ('court_admin', 'judge', 'coordinator', 'case_manager', 'treatment_provider', 'testing_site', 'participant') AND (role = 'treatment_provider') = (organisation_id IS NOT NULL))`);
    // A draw cannot change after its commitment, not even by an administrator with SQL
    // access through the application role: only the two processing marks may be set.
    await queryRunner.query(`
      CREATE FUNCTION draws_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE probe draws;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          probe := NEW;
          probe.missed_call_ins_recorded_at := OLD.missed_call_ins_recorded_at;
          probe.missed_tests_recorded_at := OLD.missed_tests_recorded_at;
          IF probe IS NOT DISTINCT FROM OLD THEN RETURN NEW; END IF;
        END IF;
        RAISE EXCEPTION 'a draw cannot be changed after its commitment (%): force or excuse instead', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER draws_no_change BEFORE UPDATE OR DELETE ON "draws"
      FOR EACH ROW EXECUTE FUNCTION draws_immutable()`);
    await queryRunner.query(`
      CREATE FUNCTION draw_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'draw_entries is append-only: % is not allowed (force or excuse instead)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER draw_entries_no_change BEFORE UPDATE OR DELETE ON "draw_entries"
      FOR EACH ROW EXECUTE FUNCTION draw_entries_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER draw_entries_no_truncate BEFORE TRUNCATE ON "draw_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION draw_entries_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER draw_entries_no_truncate ON "draw_entries"`);
    await queryRunner.query(`DROP TRIGGER draw_entries_no_change ON "draw_entries"`);
    await queryRunner.query(`DROP FUNCTION draw_entries_append_only()`);
    await queryRunner.query(`DROP TRIGGER draws_no_change ON "draws"`);
    await queryRunner.query(`DROP FUNCTION draws_immutable()`);
    await queryRunner.query(`DELETE FROM "court_memberships" WHERE role = 'testing_site'`);
    await queryRunner.query(`ALTER TABLE "court_memberships" DROP CONSTRAINT "court_memberships_role_check"`);
    await queryRunner.query(`ALTER TABLE "court_memberships" ADD CONSTRAINT "court_memberships_role_check" CHECK (role IN ('court_admin', 'judge', 'coordinator', 'case_manager', 'treatment_provider', 'participant') AND (role = 'treatment_provider') = (organisation_id IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "system_outages" DROP CONSTRAINT "FK_83e2b38fa3e6692832563f80181"`);
    await queryRunner.query(`ALTER TABLE "testing_orders" DROP CONSTRAINT "FK_ec16bcaddc7de41cc9b7f53d158"`);
    await queryRunner.query(`ALTER TABLE "testing_orders" DROP CONSTRAINT "FK_908116b719c1bd6360a9188876f"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP CONSTRAINT "FK_39a857127f7ae09da6c54b67869"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP CONSTRAINT "FK_ee612595436483965646b9f0029"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP CONSTRAINT "FK_357f5e18649b57ae43eb0950211"`);
    await queryRunner.query(`ALTER TABLE "call_ins" DROP CONSTRAINT "FK_aa16bef3262d87ed449b2c02683"`);
    await queryRunner.query(`ALTER TABLE "call_ins" DROP CONSTRAINT "FK_f876d0cf259d0bacf79bfbd2ba7"`);
    await queryRunner.query(`ALTER TABLE "draw_overrides" DROP CONSTRAINT "FK_77aa5169827969789feca9aa5fe"`);
    await queryRunner.query(`ALTER TABLE "draw_overrides" DROP CONSTRAINT "FK_1e183f4589da10bad2b6ce58788"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP CONSTRAINT "FK_7412425e265c54ce42f267802e5"`);
    await queryRunner.query(`ALTER TABLE "program_testing_sites" DROP CONSTRAINT "FK_f672df22bb22245b902f60c75e8"`);
    await queryRunner.query(`ALTER TABLE "program_testing_sites" DROP CONSTRAINT "FK_0237f703b0a89374af0e80a4b94"`);
    await queryRunner.query(`ALTER TABLE "testing_sites" DROP CONSTRAINT "FK_5389b3a20aece53395b0ee156be"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "FK_649ad4b53efd7aab3974c9a43b1"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "FK_4f91574b6f5e991c9088ac78914"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_max_untested_days_check"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_max_tests_per_7_days_check"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "drug_test_results_method_check"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "drug_test_results_substance_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_draw_lead_check"`);
    await queryRunner.query(`DROP INDEX "public"."violations_source_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_results_collection_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_results_missed_key"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "dismissed_reason"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "dismissed_at"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "evidence"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "source_key"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "violation_outcomes"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "max_tests_per_7_days"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "max_untested_days"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "released_at"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "contest_reason"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "contested_at"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "admitted"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "supersedes_id"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "method"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "substance"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "collection_id"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "draw_lead_minutes"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "report_by_time"`);
    await queryRunner.query(`DROP INDEX "public"."system_outages_period_idx"`);
    await queryRunner.query(`DROP TABLE "system_outages"`);
    await queryRunner.query(`DROP INDEX "public"."testing_orders_participant_idx"`);
    await queryRunner.query(`DROP TABLE "testing_orders"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_collections_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_collections_court_day_idx"`);
    await queryRunner.query(`DROP TABLE "drug_test_collections"`);
    await queryRunner.query(`DROP INDEX "public"."call_ins_participant_day_key"`);
    await queryRunner.query(`DROP INDEX "public"."call_ins_court_day_idx"`);
    await queryRunner.query(`DROP TABLE "call_ins"`);
    await queryRunner.query(`DROP INDEX "public"."draw_overrides_participant_day_key"`);
    await queryRunner.query(`DROP INDEX "public"."draw_overrides_court_day_idx"`);
    await queryRunner.query(`DROP TABLE "draw_overrides"`);
    await queryRunner.query(`DROP TABLE "draw_entries"`);
    await queryRunner.query(`DROP INDEX "public"."draws_court_day_key"`);
    await queryRunner.query(`DROP TABLE "draws"`);
    await queryRunner.query(`DROP INDEX "public"."program_testing_sites_site_idx"`);
    await queryRunner.query(`DROP TABLE "program_testing_sites"`);
    await queryRunner.query(`DROP INDEX "public"."testing_sites_court_name_key"`);
    await queryRunner.query(`DROP TABLE "testing_sites"`);
  }
}
