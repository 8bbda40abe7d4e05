import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Due process: which catalogue entries restrict liberty (jail, and the usual
 * curfew, monitoring and home-detention codes, marked here for catalogues
 * already copied), the judge's written reason for jail past the limit, the
 * written order of each sanction, and the pre-court staffing of a session.
 * Jail restricts liberty whatever its mark says; the mark is back-filled
 * for it too, so the catalogue reads truly.
 */
export class StaffingAndCourtOrders1796554564447 implements MigrationInterface {
  name = 'StaffingAndCourtOrders1796554564447';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "court_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "response_id" uuid NOT NULL, "hearing_id" uuid, "ordered_on" date NOT NULL, "language" character varying(8) NOT NULL, "sha256" character(64) NOT NULL, "pdf" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_decf0d12fd09df2e18c0df7644f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "court_orders_participant_idx" ON "court_orders" ("participant_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "court_orders_response_key" ON "court_orders" ("response_id") `);
    await queryRunner.query(`CREATE TABLE "staffing_recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "session_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "proposal" jsonb NOT NULL, "reasons" character varying(2000) NOT NULL, "version" integer NOT NULL DEFAULT '1', "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28d30d16cab3e286d1aa52611e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "staffing_recommendations_session_participant_key" ON "staffing_recommendations" ("session_id", "participant_id") `);
    await queryRunner.query(`CREATE TABLE "staffing_positions" ("recommendation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "position" character varying(8) NOT NULL, "reason" character varying(1000), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "staffing_positions_position_check" CHECK (position IN ('agree', 'dissent')), CONSTRAINT "PK_70fc5f732ab7da133b2be239115" PRIMARY KEY ("recommendation_id", "user_id"))`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" ADD "restricts_liberty" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "court_responses" ADD "restricts_liberty" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "court_responses" ADD "over_limit_reason" character varying(2000)`);
    await queryRunner.query(
      `UPDATE "response_catalogue_entries" SET "restricts_liberty" = true WHERE effect = 'jail' OR (kind = 'sanction' AND code IN ('CURFEW', 'ELECTRONIC_MONITORING', 'HOME_DETENTION'))`,
    );
    await queryRunner.query(
      `UPDATE "court_responses" r SET "restricts_liberty" = true FROM "response_catalogue_entries" e WHERE e.id = r.catalogue_entry_id AND (e.restricts_liberty OR e.effect = 'jail')`,
    );
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" ADD CONSTRAINT "response_catalogue_entries_liberty_check" CHECK (NOT restricts_liberty OR kind = 'sanction')`);
    await queryRunner.query(`ALTER TABLE "court_orders" ADD CONSTRAINT "FK_f3f72a9766c9fb174bad63aae72" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_orders" ADD CONSTRAINT "FK_75ac2a1238a82e8c2606e0e1696" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_orders" ADD CONSTRAINT "FK_59eb53da894b757a42f3b064c2a" FOREIGN KEY ("response_id") REFERENCES "court_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staffing_recommendations" ADD CONSTRAINT "FK_d82cbc9e495c3462a34f0dd6828" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staffing_recommendations" ADD CONSTRAINT "FK_20c217f14264128d752272079ec" FOREIGN KEY ("session_id") REFERENCES "court_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staffing_recommendations" ADD CONSTRAINT "FK_63315b1e39d99b76f5df4e78f25" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staffing_positions" ADD CONSTRAINT "FK_702e4f975e6fcb64f3e8e895c42" FOREIGN KEY ("recommendation_id") REFERENCES "staffing_recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staffing_positions" ADD CONSTRAINT "FK_b52e4a3b7cc9c3efb35b0fefefc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staffing_positions" DROP CONSTRAINT "FK_b52e4a3b7cc9c3efb35b0fefefc"`);
    await queryRunner.query(`ALTER TABLE "staffing_positions" DROP CONSTRAINT "FK_702e4f975e6fcb64f3e8e895c42"`);
    await queryRunner.query(`ALTER TABLE "staffing_recommendations" DROP CONSTRAINT "FK_63315b1e39d99b76f5df4e78f25"`);
    await queryRunner.query(`ALTER TABLE "staffing_recommendations" DROP CONSTRAINT "FK_20c217f14264128d752272079ec"`);
    await queryRunner.query(`ALTER TABLE "staffing_recommendations" DROP CONSTRAINT "FK_d82cbc9e495c3462a34f0dd6828"`);
    await queryRunner.query(`ALTER TABLE "court_orders" DROP CONSTRAINT "FK_59eb53da894b757a42f3b064c2a"`);
    await queryRunner.query(`ALTER TABLE "court_orders" DROP CONSTRAINT "FK_75ac2a1238a82e8c2606e0e1696"`);
    await queryRunner.query(`ALTER TABLE "court_orders" DROP CONSTRAINT "FK_f3f72a9766c9fb174bad63aae72"`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" DROP CONSTRAINT "response_catalogue_entries_liberty_check"`);
    await queryRunner.query(`ALTER TABLE "court_responses" DROP COLUMN "over_limit_reason"`);
    await queryRunner.query(`ALTER TABLE "court_responses" DROP COLUMN "restricts_liberty"`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" DROP COLUMN "restricts_liberty"`);
    await queryRunner.query(`DROP TABLE "staffing_positions"`);
    await queryRunner.query(`DROP INDEX "public"."staffing_recommendations_session_participant_key"`);
    await queryRunner.query(`DROP TABLE "staffing_recommendations"`);
    await queryRunner.query(`DROP INDEX "public"."court_orders_response_key"`);
    await queryRunner.query(`DROP INDEX "public"."court_orders_participant_idx"`);
    await queryRunner.query(`DROP TABLE "court_orders"`);
  }
}
