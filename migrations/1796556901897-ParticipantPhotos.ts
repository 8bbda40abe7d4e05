import { MigrationInterface, QueryRunner } from 'typeorm';

/** A participant's photo, where the court keeps one, for its staff on the bench and at the desk. */
export class ParticipantPhotos1796556901897 implements MigrationInterface {
  name = 'ParticipantPhotos1796556901897';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "participant_photos" (
        "participant_id" uuid NOT NULL,
        "media_type" character varying(16) NOT NULL,
        "content" bytea NOT NULL,
        "sha256" character(64) NOT NULL,
        "uploaded_by" uuid NOT NULL,
        "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "participant_photos_media_type_check" CHECK (media_type IN ('image/jpeg', 'image/png')),
        CONSTRAINT "participant_photos_pkey" PRIMARY KEY ("participant_id")
      )`);
    await queryRunner.query(
      `ALTER TABLE "participant_photos" ADD CONSTRAINT "participant_photos_participant_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participant_photos" DROP CONSTRAINT "participant_photos_participant_fkey"`);
    await queryRunner.query(`DROP TABLE "participant_photos"`);
  }
}
