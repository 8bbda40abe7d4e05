import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox, and the trigger that wakes the relay when events are committed. */
export class Foundation1763856000000 implements MigrationInterface {
  name = 'Foundation1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "queue" text NOT NULL,
        "job_name" text NOT NULL,
        "job_key" text NOT NULL,
        "payload" jsonb NOT NULL,
        "run_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "relayed_at" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "PK_outbox_events" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_events_job_key_key" ON "outbox_events" ("job_key")`);
    await queryRunner.query(`CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("id") WHERE relayed_at IS NULL`);
    // One notification per inserting statement, delivered on commit only.
    await queryRunner.query(`
      CREATE FUNCTION outbox_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_events', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_events_notify AFTER INSERT ON "outbox_events"
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_events_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_events_notify ON "outbox_events"`);
    await queryRunner.query(`DROP FUNCTION outbox_events_notify()`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
  }
}
