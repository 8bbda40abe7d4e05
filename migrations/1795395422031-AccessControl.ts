import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courts, users and their memberships, sessions, the first participant and
 * treatment tables, consents, and the append-only, hash-chained audit log.
 */
export class AccessControl1795395422031 implements MigrationInterface {
  name = 'AccessControl1795395422031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_role" character varying(32) NOT NULL, "court_id" uuid, "action" character varying(64) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_ids" uuid array NOT NULL DEFAULT '{}', "participant_ids" uuid array NOT NULL DEFAULT '{}', "basis" character varying(80) NOT NULL, "consent_id" uuid, "request_id" character varying(64), "details" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("actor_user_id", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_court_time_idx" ON "audit_events" ("court_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "discloser_organisation_id" uuid, "recipient_type" character varying(16) NOT NULL, "recipient_user_id" uuid, "recipient_organisation_id" uuid, "recipient_description" character varying(300) NOT NULL, "information" text array NOT NULL, "information_description" text, "purpose" text NOT NULL, "expires_on" date, "expiry_event" character varying(32), "ended_at" TIMESTAMP WITH TIME ZONE, "signed_on" date NOT NULL, "signed_by" character varying(200) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "revocation_reason" text, "recorded_by" uuid NOT NULL, CONSTRAINT "consents_information_check" CHECK (cardinality(information) > 0), CONSTRAINT "consents_recipient_check" CHECK ((recipient_type = 'person') OR (recipient_type = 'organisation' AND recipient_organisation_id IS NOT NULL) OR (recipient_type = 'court_team')), CONSTRAINT "consents_expiry_check" CHECK (expires_on IS NOT NULL OR expiry_event IS NOT NULL), CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consents_participant_idx" ON "consents" ("participant_id") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(16) NOT NULL, "username" character varying(64), "display_name" character varying(200) NOT NULL, "email" character varying(254), "secret_hash" text, "must_change_secret" boolean NOT NULL DEFAULT false, "secret_changed_at" TIMESTAMP WITH TIME ZONE, "system_role" character varying(32), "active" boolean NOT NULL DEFAULT true, "deactivated_at" TIMESTAMP WITH TIME ZONE, "failed_sign_ins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "totp_secret_encrypted" text, "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "totp_last_step" bigint, CONSTRAINT "users_system_role_check" CHECK (system_role IS NULL OR (system_role = 'system_admin' AND kind = 'staff')), CONSTRAINT "users_kind_check" CHECK (kind IN ('staff', 'participant') AND (kind = 'participant') = (username IS NULL)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_username_key" ON "users" ("username") `);
    await queryRunner.query(`CREATE TABLE "court_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "court_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "organisation_id" uuid, "granted_by" uuid, CONSTRAINT "court_memberships_role_check" CHECK (role IN ('court_admin', 'judge', 'coordinator', 'case_manager', 'treatment_provider', 'participant') AND (role = 'treatment_provider') = (organisation_id IS NOT NULL)), CONSTRAINT "PK_32d70a7f14d0284c12a1f00c84f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "court_memberships_court_idx" ON "court_memberships" ("court_id", "role") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "court_memberships_user_court_key" ON "court_memberships" ("user_id", "court_id") `);
    await queryRunner.query(`CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), "mfa_satisfied" boolean NOT NULL DEFAULT false, "client_address" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "courts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "time_zone" character varying(64) NOT NULL, "call_in_window_start" character varying(5) NOT NULL, "call_in_window_end" character varying(5) NOT NULL, "mfa_required_roles" text array NOT NULL DEFAULT '{}', "redisclosure_notice" text, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "courts_code_check" CHECK (code ~ '^[A-Z0-9-]{2,16}$'), CONSTRAINT "PK_948a5d356c3083f3237ecbf9897" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "courts_code_key" ON "courts" ("code") `);
    await queryRunner.query(`CREATE TABLE "court_holidays" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "court_id" uuid NOT NULL, "date" date NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_334a70676fdf4dca9f0e37fe0cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "court_holidays_court_date_key" ON "court_holidays" ("court_id", "date") `);
    await queryRunner.query(`CREATE TABLE "provider_organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "court_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_5f92542a83327814703bb6db448" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "provider_organisations_court_name_key" ON "provider_organisations" ("court_id", "name") `);
    await queryRunner.query(`CREATE TABLE "participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "court_id" uuid NOT NULL, "participant_number" character varying(32) NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "status" character varying(32) NOT NULL DEFAULT 'referred', "user_id" uuid, "case_manager_id" uuid, CONSTRAINT "PK_1cda06c31eec1c95b3365a0283f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "participants_user_key" ON "participants" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "participants_court_name_idx" ON "participants" ("court_id", "last_name", "first_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "participants_court_number_key" ON "participants" ("court_id", "participant_number") `);
    await queryRunner.query(`CREATE TABLE "provider_referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "referred_on" date NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, CONSTRAINT "PK_9baedc1d965ef0e319cd9041caf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "provider_referrals_organisation_idx" ON "provider_referrals" ("organisation_id", "participant_id") `);
    await queryRunner.query(`CREATE INDEX "provider_referrals_participant_idx" ON "provider_referrals" ("participant_id") `);
    await queryRunner.query(`CREATE TABLE "treatment_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "author_id" uuid NOT NULL, "category" character varying(40) NOT NULL, "occurred_on" date NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_0efb59536bf64cf19e5c7b116c3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "treatment_notes_participant_idx" ON "treatment_notes" ("participant_id", "occurred_on") `);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_156feab9ca935136fe1291a4348" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_9ea2ae42111f8eec6541292e66c" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_f77bdec63e9b4ffd550a502c498" FOREIGN KEY ("discloser_organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_8368a00b0e2ea15e51d567ad747" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_ce3388e4c2bcfc863273f0cae68" FOREIGN KEY ("recipient_organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_memberships" ADD CONSTRAINT "FK_749c08b141a096c2389ab1b6c9f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_memberships" ADD CONSTRAINT "FK_873d7facc46e7225a11eedbb936" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_memberships" ADD CONSTRAINT "FK_8dced1d030b7cf365763b4b7ca8" FOREIGN KEY ("organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_holidays" ADD CONSTRAINT "FK_eacd4168ba357ad5cb65d5213b2" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "provider_organisations" ADD CONSTRAINT "FK_a4a490223ef17c77d6179fccaf3" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "FK_603392ebe31dd39bb594936a864" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "FK_1427a77e06023c250ed3794a1ba" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "FK_c0f07944cab96d3fdde09d7117c" FOREIGN KEY ("case_manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD CONSTRAINT "FK_104db21dd7eb0f6005cdf067780" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" ADD CONSTRAINT "FK_9109a61f21a14d8b59c8775b945" FOREIGN KEY ("organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_notes" ADD CONSTRAINT "FK_759ab2c6073c6bea8b2abcfb5ca" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_notes" ADD CONSTRAINT "FK_6cb990450c70518a3758bb858a4" FOREIGN KEY ("organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_notes" ADD CONSTRAINT "FK_d2748680a3f9a6cc90e113fd7f8" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await this.auditChain(queryRunner);
  }

  /**
   * The audit log is append-only and hash-chained, enforced here rather than
   * trusted to the application: a trigger refuses UPDATE, DELETE and TRUNCATE
   * for every role (bypassing it takes a superuser disabling triggers, which
   * the chain then exposes), and the insert trigger numbers each row and
   * links it to the previous one under a lock on the single chain-head row.
   */
  private async auditChain(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_events_participants_idx" ON "audit_events" USING gin ("participant_ids")`);
    await queryRunner.query(`
      CREATE TABLE "audit_chain_head" (
        "id" smallint PRIMARY KEY CHECK ("id" = 1),
        "last_id" bigint NOT NULL,
        "last_hash" character(64) NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO "audit_chain_head" VALUES (1, 0, repeat('0', 64))`);
    // What a row's hash covers, as unambiguous JSON text. Verification reads
    // this text and recomputes the SHA-256 outside the database.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT json_build_array(
          e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_user_id, e.actor_role, e.court_id, e.action, e.entity_type,
          e.entity_ids, e.participant_ids, e.basis, e.consent_id, e.request_id, e.details, e.prev_hash
        )::text
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head audit_chain_head;
      BEGIN
        UPDATE audit_chain_head SET last_id = last_id + 1 WHERE id = 1 RETURNING * INTO head;
        NEW.id := head.last_id;
        NEW.prev_hash := head.last_hash;
        NEW.hash := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
        UPDATE audit_chain_head SET last_hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER audit_events_no_change ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER audit_events_chain ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`DROP FUNCTION audit_events_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_event_canonical(audit_events)`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP INDEX "audit_events_participants_idx"`);
    await queryRunner.query(`ALTER TABLE "treatment_notes" DROP CONSTRAINT "FK_d2748680a3f9a6cc90e113fd7f8"`);
    await queryRunner.query(`ALTER TABLE "treatment_notes" DROP CONSTRAINT "FK_6cb990450c70518a3758bb858a4"`);
    await queryRunner.query(`ALTER TABLE "treatment_notes" DROP CONSTRAINT "FK_759ab2c6073c6bea8b2abcfb5ca"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP CONSTRAINT "FK_9109a61f21a14d8b59c8775b945"`);
    await queryRunner.query(`ALTER TABLE "provider_referrals" DROP CONSTRAINT "FK_104db21dd7eb0f6005cdf067780"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "FK_c0f07944cab96d3fdde09d7117c"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "FK_1427a77e06023c250ed3794a1ba"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "FK_603392ebe31dd39bb594936a864"`);
    await queryRunner.query(`ALTER TABLE "provider_organisations" DROP CONSTRAINT "FK_a4a490223ef17c77d6179fccaf3"`);
    await queryRunner.query(`ALTER TABLE "court_holidays" DROP CONSTRAINT "FK_eacd4168ba357ad5cb65d5213b2"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"`);
    await queryRunner.query(`ALTER TABLE "court_memberships" DROP CONSTRAINT "FK_8dced1d030b7cf365763b4b7ca8"`);
    await queryRunner.query(`ALTER TABLE "court_memberships" DROP CONSTRAINT "FK_873d7facc46e7225a11eedbb936"`);
    await queryRunner.query(`ALTER TABLE "court_memberships" DROP CONSTRAINT "FK_749c08b141a096c2389ab1b6c9f"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_ce3388e4c2bcfc863273f0cae68"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_8368a00b0e2ea15e51d567ad747"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_f77bdec63e9b4ffd550a502c498"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_9ea2ae42111f8eec6541292e66c"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_156feab9ca935136fe1291a4348"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_notes_participant_idx"`);
    await queryRunner.query(`DROP TABLE "treatment_notes"`);
    await queryRunner.query(`DROP INDEX "public"."provider_referrals_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."provider_referrals_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "provider_referrals"`);
    await queryRunner.query(`DROP INDEX "public"."participants_court_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."participants_court_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participants_user_key"`);
    await queryRunner.query(`DROP TABLE "participants"`);
    await queryRunner.query(`DROP INDEX "public"."provider_organisations_court_name_key"`);
    await queryRunner.query(`DROP TABLE "provider_organisations"`);
    await queryRunner.query(`DROP INDEX "public"."court_holidays_court_date_key"`);
    await queryRunner.query(`DROP TABLE "court_holidays"`);
    await queryRunner.query(`DROP INDEX "public"."courts_code_key"`);
    await queryRunner.query(`DROP TABLE "courts"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_hash_key"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."court_memberships_user_court_key"`);
    await queryRunner.query(`DROP INDEX "public"."court_memberships_court_idx"`);
    await queryRunner.query(`DROP TABLE "court_memberships"`);
    await queryRunner.query(`DROP INDEX "public"."users_username_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."consents_participant_idx"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_court_time_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
