import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit hash chain per court instead of one for the whole system, so a
 * slow transaction holding an audit row only holds back its own court.
 *
 * Before: the insert trigger advanced the single row `audit_chain_head`
 * (id = 1), and that row's lock is held from the insert to the end of the
 * transaction. Every audited request anywhere (sign-in, call-in, any read of
 * a participant's record) queued behind whichever transaction appended last.
 *
 * After: a head row per chain in `audit_chain_heads`, keyed by the court
 * (`chain_key` = `court_id`, or the nil uuid for system rows whose `court_id`
 * is NULL). Each new row carries its position in its chain (`chain_seq`,
 * 1, 2, 3, ... without a gap) and the previous row's hash in that chain; its
 * hash covers its position too. Ids come from a sequence: unique, but no
 * longer gapless nor in commit order (ordering and gaps are the chains' job).
 *
 * Existing rows are not touched (the append-only triggers stay on throughout):
 * they keep their hashes and form the old single chain, ids 1..N with
 * `chain_seq` NULL, whose final head is kept, frozen, as `audit_chain_cutover`
 * (the old `audit_chain_head` renamed). The first row of every new chain links
 * to that cut-over hash (the genesis hash on a database that had no rows), so
 * the log is verifiable end to end: old chain, then each court's chain on top
 * of it, and a hash recorded for any old row stays valid.
 *
 * The alternative considered and rejected: appending with no lock and
 * linking committed rows afterwards in id order (a background linker working
 * below the oldest in-flight transaction's horizon) removes the lock entirely,
 * but leaves rows unlinked for a while, needs a process that must never stop,
 * and stalls on the same long transaction anyway (the horizon cannot pass it).
 * Per-court chains still serialise appends within one court; services write
 * the audit row last in a transaction, and reads record theirs in a statement
 * of its own, so the head is held for milliseconds in the common case.
 */
export class AuditChainPerCourt1796533081909 implements MigrationInterface {
  name = 'AuditChainPerCourt1796533081909';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No insert may run on the old trigger while the cut-over is taken.
    await queryRunner.query(`LOCK TABLE "audit_events" IN SHARE ROW EXCLUSIVE MODE`);
    await queryRunner.query(`ALTER TABLE "audit_chain_head" RENAME TO "audit_chain_cutover"`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "chain_seq" bigint`);
    await queryRunner.query(`CREATE INDEX "audit_events_chain_idx" ON "audit_events" ("court_id", "chain_seq") `);
    await queryRunner.query(`CREATE SEQUENCE "audit_events_id_seq" AS bigint OWNED BY "audit_events"."id"`);
    await queryRunner.query(`SELECT setval('audit_events_id_seq', greatest(last_id, 1), last_id > 0) FROM "audit_chain_cutover" WHERE id = 1`);
    await queryRunner.query(`
      CREATE TABLE "audit_chain_heads" (
        "chain_key" uuid PRIMARY KEY,
        "last_seq" bigint NOT NULL,
        "last_id" bigint NOT NULL,
        "last_hash" character(64) NOT NULL
      )`);
    // Rows of the old chain (chain_seq NULL) keep the text they were hashed over; a
    // row of a per-court chain adds its position, so moving it within or between
    // chains changes its hash.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN e.chain_seq IS NULL THEN json_build_array(
          e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_user_id, e.actor_role, e.court_id, e.action, e.entity_type,
          e.entity_ids, e.participant_ids, e.basis, e.consent_id, e.request_id, e.details, e.prev_hash
        )::text ELSE json_build_array(
          e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_user_id, e.actor_role, e.court_id, e.action, e.entity_type,
          e.entity_ids, e.participant_ids, e.basis, e.consent_id, e.request_id, e.details, e.prev_hash,
          e.chain_seq
        )::text END
      $$`);
    // The fast path is one UPDATE of the chain's head row, whose lock then
    // serialises this court's appends until commit; the first row of a chain
    // creates its head, linked to the cut-over. The id is drawn under that lock,
    // so within one chain ids rise with positions.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        key uuid := coalesce(NEW.court_id, '00000000-0000-0000-0000-000000000000');
        head audit_chain_heads;
      BEGIN
        UPDATE audit_chain_heads SET last_seq = last_seq + 1 WHERE chain_key = key RETURNING * INTO head;
        IF NOT FOUND THEN
          INSERT INTO audit_chain_heads AS h (chain_key, last_seq, last_id, last_hash)
          SELECT key, 1, 0, c.last_hash FROM audit_chain_cutover c WHERE c.id = 1
          ON CONFLICT (chain_key) DO UPDATE SET last_seq = h.last_seq + 1
          RETURNING * INTO head;
          IF head IS NULL THEN
            RAISE EXCEPTION 'audit_chain_cutover is missing: the audit log cannot be appended to';
          END IF;
        END IF;
        NEW.id := nextval('audit_events_id_seq');
        NEW.chain_seq := head.last_seq;
        NEW.prev_hash := head.last_hash;
        NEW.hash := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
        UPDATE audit_chain_heads SET last_hash = NEW.hash, last_id = NEW.id WHERE chain_key = key;
        RETURN NEW;
      END $$`);
  }

  /**
   * Back to the single chain. Only possible while no row was written on a
   * per-court chain: those rows cannot join the old chain without rewriting
   * them, which an append-only log must not do.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`LOCK TABLE "audit_events" IN SHARE ROW EXCLUSIVE MODE`);
    const [{ n }] = (await queryRunner.query(`SELECT count(*)::int AS n FROM "audit_events" WHERE "chain_seq" IS NOT NULL`)) as Array<{ n: number }>;
    if (n > 0) {
      throw new Error(`AuditChainPerCourt cannot be reverted: ${n} audit row(s) were written on per-court chains and the log is append-only`);
    }
    await queryRunner.query(`ALTER TABLE "audit_chain_cutover" RENAME TO "audit_chain_head"`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT json_build_array(
          e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_user_id, e.actor_role, e.court_id, e.action, e.entity_type,
          e.entity_ids, e.participant_ids, e.basis, e.consent_id, e.request_id, e.details, e.prev_hash
        )::text
      $$`);
    await queryRunner.query(`DROP TABLE "audit_chain_heads"`);
    await queryRunner.query(`DROP SEQUENCE "audit_events_id_seq"`);
    await queryRunner.query(`DROP INDEX "audit_events_chain_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "chain_seq"`);
  }
}
