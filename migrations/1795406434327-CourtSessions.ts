import { MigrationInterface, QueryRunner } from 'typeorm';

export class CourtSessions1795406434327 implements MigrationInterface {
  name = 'CourtSessions1795406434327';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "court_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "court_id" uuid NOT NULL, "session_date" date NOT NULL, "start_time" character varying(5) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "judge_id" uuid, "courtroom" character varying(100) NOT NULL, "program_ids" uuid array NOT NULL DEFAULT '{}', "capacity" integer, "docket_order" character varying(24), "special" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT 'scheduled', "cancellation_reason" character varying(500), "notes" character varying(1000), "created_by" uuid, CONSTRAINT "court_sessions_docket_order_check" CHECK (docket_order IS NULL OR docket_order IN ('compliant_first', 'violations_first', 'name', 'participant_number')), CONSTRAINT "court_sessions_start_time_check" CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "court_sessions_capacity_check" CHECK (capacity IS NULL OR capacity >= 1), CONSTRAINT "court_sessions_status_check" CHECK (status IN ('scheduled', 'cancelled')), CONSTRAINT "PK_24e51d2150f7db73019b0697fd2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "court_sessions_court_starts_idx" ON "court_sessions" ("court_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "hearing_outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hearing_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "version" integer NOT NULL, "attendance" character varying(20) NOT NULL, "notes" text, "fingerprint" character varying(64) NOT NULL, "request" jsonb NOT NULL, "effects" jsonb NOT NULL DEFAULT '{}', "amendment_reason" character varying(1000), "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "hearing_outcomes_version_check" CHECK (version >= 1), CONSTRAINT "hearing_outcomes_attendance_check" CHECK (attendance IN ('appeared', 'failed_to_appear', 'excused')), CONSTRAINT "PK_ea14b3801d7f0671d9385b866a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "hearing_outcomes_participant_idx" ON "hearing_outcomes" ("participant_id", "recorded_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "hearing_outcomes_hearing_version_key" ON "hearing_outcomes" ("hearing_id", "version") `);
    await queryRunner.query(`CREATE TABLE "treatment_progress_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "reported_on" date NOT NULL, "engagement" character varying(16) NOT NULL, "level_of_care_recommendation" character varying(8), "narrative" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "treatment_progress_reports_level_check" CHECK (level_of_care_recommendation IS NULL OR level_of_care_recommendation IN ('0.5', '1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4')), CONSTRAINT "treatment_progress_reports_engagement_check" CHECK (engagement IN ('excellent', 'good', 'fair', 'poor', 'not_engaged')), CONSTRAINT "PK_039e0d9199988e04c46c0790f8d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "treatment_progress_reports_participant_idx" ON "treatment_progress_reports" ("participant_id", "reported_on") `);
    await queryRunner.query(`CREATE INDEX "drug_test_results_supersedes_idx" ON "drug_test_results" ("supersedes_id") WHERE supersedes_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "violations_participant_detected_idx" ON "violations" ("participant_id", "detected_at") `);
    await queryRunner.query(`ALTER TABLE "courts" ADD "docket_order" character varying(24) NOT NULL DEFAULT 'compliant_first'`);
    await queryRunner.query(`ALTER TABLE "hearings" ADD "session_id" uuid`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "no_show_violation" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD "level_of_care" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD "modality" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD "ended_on" date`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD "discharge_reason" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "treatment_attendance" ADD "group_session_id" uuid`);
    await queryRunner.query(`ALTER TABLE "treatment_attendance" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE UNIQUE INDEX "hearings_session_participant_key" ON "hearings" ("session_id", "participant_id") WHERE status <> 'cancelled'`);
    await queryRunner.query(`CREATE INDEX "treatment_attendance_group_idx" ON "treatment_attendance" ("group_session_id") WHERE group_session_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_docket_order_check" CHECK (docket_order IN ('compliant_first', 'violations_first', 'name', 'participant_number'))`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD CONSTRAINT "provider_referrals_discharge_check" CHECK ((discharge_reason IS NULL OR discharge_reason IN ('completed', 'transferred', 'left_before_completion', 'administrative', 'incarcerated', 'program_discharge', 'other'))
   AND (ended_at IS NOT NULL OR (discharge_reason IS NULL AND ended_on IS NULL)))`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD CONSTRAINT "provider_referrals_level_of_care_check" CHECK (level_of_care IS NULL OR level_of_care IN ('0.5', '1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4'))`);
    await queryRunner.query(`ALTER TABLE "court_sessions" ADD CONSTRAINT "FK_e904268d9719d9e5e1aa9e5b024" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_sessions" ADD CONSTRAINT "FK_565782dfb7b7f908c4a8dc1cf7b" FOREIGN KEY ("judge_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hearings" ADD CONSTRAINT "FK_8ec1bbfe92ba4941fec21368677" FOREIGN KEY ("session_id") REFERENCES "court_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hearing_outcomes" ADD CONSTRAINT "FK_48543f386e8d8936cf1f804c375" FOREIGN KEY ("hearing_id") REFERENCES "hearings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hearing_outcomes" ADD CONSTRAINT "FK_ddc584572655172e48cebc9a7fb" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" ADD CONSTRAINT "FK_dd9f0ae0465d2bbf01e5732a422" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" ADD CONSTRAINT "FK_235d7f0fb3fdf6de60205d19c26" FOREIGN KEY ("organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" ADD CONSTRAINT "FK_accde6b39ccc7e9c9eaa3e10609" FOREIGN KEY ("referral_id") REFERENCES "provider_referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" ADD CONSTRAINT "FK_1be626ff93336565a6f3899132c" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The attendance values change (absent → no_show, plus scheduled); the back-fill migration after this one renames and re-checks.
    await queryRunner.query(`ALTER TABLE "treatment_attendance" DROP CONSTRAINT "treatment_attendance_status_check"`);
    // An outcome is amended by a new version, never changed in place: the first version stays on record.
    await queryRunner.query(`
      CREATE FUNCTION hearing_outcomes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'hearing_outcomes is append-only: % is not allowed (amend with a new version)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER hearing_outcomes_no_change BEFORE UPDATE OR DELETE ON "hearing_outcomes"
      FOR EACH ROW EXECUTE FUNCTION hearing_outcomes_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER hearing_outcomes_no_change ON "hearing_outcomes"`);
    await queryRunner.query(`DROP FUNCTION hearing_outcomes_append_only()`);
    await queryRunner.query(`ALTER TABLE "treatment_attendance" ADD CONSTRAINT "treatment_attendance_status_check" CHECK (attendance IN ('attended', 'absent', 'excused'))`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" DROP CONSTRAINT "FK_1be626ff93336565a6f3899132c"`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" DROP CONSTRAINT "FK_accde6b39ccc7e9c9eaa3e10609"`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" DROP CONSTRAINT "FK_235d7f0fb3fdf6de60205d19c26"`);
    await queryRunner.query(`ALTER TABLE "treatment_progress_reports" DROP CONSTRAINT "FK_dd9f0ae0465d2bbf01e5732a422"`);
    await queryRunner.query(`ALTER TABLE "hearing_outcomes" DROP CONSTRAINT "FK_ddc584572655172e48cebc9a7fb"`);
    await queryRunner.query(`ALTER TABLE "hearing_outcomes" DROP CONSTRAINT "FK_48543f386e8d8936cf1f804c375"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP CONSTRAINT "FK_8ec1bbfe92ba4941fec21368677"`);
    await queryRunner.query(`ALTER TABLE "court_sessions" DROP CONSTRAINT "FK_565782dfb7b7f908c4a8dc1cf7b"`);
    await queryRunner.query(`ALTER TABLE "court_sessions" DROP CONSTRAINT "FK_e904268d9719d9e5e1aa9e5b024"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP CONSTRAINT "provider_referrals_level_of_care_check"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP CONSTRAINT "provider_referrals_discharge_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_docket_order_check"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_attendance_group_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hearings_session_participant_key"`);
    await queryRunner.query(`ALTER TABLE "treatment_attendance" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "treatment_attendance" DROP COLUMN "group_session_id"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP COLUMN "discharge_reason"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP COLUMN "ended_on"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP COLUMN "modality"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP COLUMN "level_of_care"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "no_show_violation"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP COLUMN "session_id"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "docket_order"`);
    await queryRunner.query(`DROP INDEX "public"."violations_participant_detected_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_results_supersedes_idx"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_progress_reports_participant_idx"`);
    await queryRunner.query(`DROP TABLE "treatment_progress_reports"`);
    await queryRunner.query(`DROP INDEX "public"."hearing_outcomes_hearing_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."hearing_outcomes_participant_idx"`);
    await queryRunner.query(`DROP TABLE "hearing_outcomes"`);
    await queryRunner.query(`DROP INDEX "public"."court_sessions_court_starts_idx"`);
    await queryRunner.query(`DROP TABLE "court_sessions"`);
  }
}
