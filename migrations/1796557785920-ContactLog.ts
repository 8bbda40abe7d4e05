import { MigrationInterface, QueryRunner } from 'typeorm';

/** The contact log: calls, visits and messages between staff and a participant, counted in "last contact". */
export class ContactLog1796557785920 implements MigrationInterface {
  name = 'ContactLog1796557785920';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "participant_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "direction" character varying(10) NOT NULL, "reached" boolean NOT NULL DEFAULT true, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "staff_id" uuid NOT NULL, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "participant_contacts_direction_check" CHECK (direction IN ('outgoing', 'incoming')), CONSTRAINT "participant_contacts_kind_check" CHECK (kind IN ('call', 'text_message', 'email', 'home_visit', 'office_visit', 'video', 'in_person')), CONSTRAINT "PK_70e87a20287746610b264fe5004" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "participant_contacts_participant_idx" ON "participant_contacts" ("participant_id", "occurred_at") `);
    await queryRunner.query(`ALTER TABLE "participant_contacts" ADD CONSTRAINT "FK_6ed32b0a61450487c95d33272ca" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant_contacts" ADD CONSTRAINT "FK_03412591115da3b292c4fa139c0" FOREIGN KEY ("staff_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participant_contacts" DROP CONSTRAINT "FK_03412591115da3b292c4fa139c0"`);
    await queryRunner.query(`ALTER TABLE "participant_contacts" DROP CONSTRAINT "FK_6ed32b0a61450487c95d33272ca"`);
    await queryRunner.query(`DROP INDEX "public"."participant_contacts_participant_idx"`);
    await queryRunner.query(`DROP TABLE "participant_contacts"`);
  }
}
