import { dataSourceOptions, TestClock } from '@app/core';
import { SCHEMA } from '@app/schema';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-env';
import { AuditChainVerifier, GENESIS_HASH } from './audit-chain-verifier';
import { AuditActor, AuditEntry, AuditService } from './audit.service';

const actor: AuditActor = { userId: null, role: 'case_manager', requestId: 'req-1' };
const entry = (n: number): AuditEntry => ({
  courtId: null,
  action: 'participant.read',
  entityType: 'participant',
  entityIds: ['8d3f7d0e-3f4c-4a8e-9a51-0e3c1c0b6a10'],
  participantIds: ['8d3f7d0e-3f4c-4a8e-9a51-0e3c1c0b6a10'],
  basis: 'role:case_manager',
  details: { n, note: 'ünïcødé survives the hash' },
});

describe('audit log hash chain', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let audit: AuditService;
  let verifier: AuditChainVerifier;
  /** A session of its own, so `session_replication_role` applies to the tampering statements only. */
  let superuser: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, SCHEMA, 25)).initialize();
    audit = new AuditService(dataSource, new TestClock('2026-11-23T15:00:00.123456Z'));
    verifier = new AuditChainVerifier(dataSource);
    // The test database's user is the cluster's superuser, as an attacker with full access would be.
    superuser = new Client({ connectionString: db.url });
    await superuser.connect();
  });

  afterAll(async () => {
    await superuser?.end();
    await dataSource?.destroy();
    await db?.drop();
  });

  /** Runs statements with triggers off (what a superuser bypassing the append-only rule does). */
  async function bypassingTriggers(...statements: Array<string | [string, unknown[]]>): Promise<void> {
    await superuser.query(`SET session_replication_role = replica`);
    try {
      for (const statement of statements) {
        const [sql, params] = typeof statement === 'string' ? [statement, []] : statement;
        await superuser.query(sql, params);
      }
    } finally {
      await superuser.query(`SET session_replication_role = DEFAULT`);
    }
  }

  /** Keeps a copy of a row (in a temporary table of the superuser's session) to put back later. */
  async function saved(id: number): Promise<{ id: number; hash: string }> {
    await superuser.query(`DROP TABLE IF EXISTS saved_row`);
    await superuser.query(`CREATE TEMP TABLE saved_row AS SELECT * FROM audit_events WHERE id = $1`, [id]);
    const { rows } = await superuser.query(`SELECT id::int AS id, hash FROM saved_row`);
    return rows[0];
  }

  /** Puts the saved row back exactly as it was (id and hashes included), with triggers off. */
  async function restore(): Promise<void> {
    await bypassingTriggers(`DELETE FROM audit_events WHERE id = (SELECT id FROM saved_row)`, `INSERT INTO audit_events SELECT * FROM saved_row`);
  }

  it('verifies an empty log against the genesis hash', async () => {
    expect(await verifier.verify()).toEqual({ ok: true, rowsChecked: 0, headHash: GENESIS_HASH });
  });

  it('verifies rows written through AuditService, across batch boundaries', async () => {
    for (let i = 0; i < 5; i++) await audit.record(actor, Array.from({ length: 10 }, (_, j) => entry(i * 10 + j)));
    const result = await verifier.verify({ batchSize: 7 });
    const [head] = await dataSource.query(`SELECT last_id::int AS last_id, last_hash FROM audit_chain_head`);
    expect(result).toEqual({ ok: true, rowsChecked: 50, headHash: head.last_hash });
    expect(head.last_id).toBe(50);
    // The first row links to the genesis hash, and the hash is SHA-256 of the canonical text.
    const [first] = await dataSource.query(`SELECT prev_hash, hash, audit_event_canonical(e) AS canonical FROM audit_events e WHERE id = 1`);
    expect(first.prev_hash).toBe(GENESIS_HASH);
    expect(createHash('sha256').update(first.canonical, 'utf8').digest('hex')).toBe(first.hash);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'nothing.happened' WHERE id = 3`],
    ['DELETE', `DELETE FROM audit_events WHERE id = 3`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('refuses %s, even for the superuser', async (operation, sql) => {
    await expect(superuser.query(sql)).rejects.toThrow(`audit_events is append-only: ${operation} is not allowed`);
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a row altered by hand, naming it', async () => {
    await saved(17);
    await bypassingTriggers(`UPDATE audit_events SET basis = 'self' WHERE id = 17`);
    const result = await verifier.verify({ batchSize: 7 });
    expect(result).toMatchObject({ ok: false, firstBrokenId: '17', rowsChecked: 16 });
    expect(result.problem).toContain('row 17 was altered');
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds an altered row whose hash was recomputed too, at the link after it', async () => {
    await saved(20);
    await bypassingTriggers(
      `UPDATE audit_events e SET actor_role = 'judge' WHERE id = 20`,
      `UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = 20`,
    );
    const result = await verifier.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenId: '21' });
    expect(result.problem).toContain('row 21 does not link to row 20');
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a rewritten last row through the chain head', async () => {
    await saved(50);
    await bypassingTriggers(
      `UPDATE audit_events e SET details = '{"n": 0}' WHERE id = 50`,
      `UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = 50`,
    );
    expect(await verifier.verify()).toMatchObject({ ok: false, firstBrokenId: '50' });
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a deleted row (a gap), in the middle and at the end', async () => {
    await saved(33);
    await bypassingTriggers(`DELETE FROM audit_events WHERE id = 33`);
    let result = await verifier.verify({ batchSize: 10 });
    expect(result).toMatchObject({ ok: false, firstBrokenId: '33', rowsChecked: 32 });
    expect(result.problem).toContain('row 33 is missing');
    await restore();

    await saved(50);
    await bypassingTriggers(`DELETE FROM audit_events WHERE id = 50`);
    result = await verifier.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenId: '50' });
    expect(result.problem).toContain('missing');
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a row slipped in after the head without going through the chain', async () => {
    const last = await saved(50);
    await bypassingTriggers([
      `INSERT INTO audit_events (id, occurred_at, actor_role, action, entity_type, basis, prev_hash, hash)
       VALUES (51, now(), 'judge', 'participant.read', 'participant', 'role:judge', $1, $2)`,
      [last.hash, 'f'.repeat(64)],
    ]);
    expect(await verifier.verify()).toMatchObject({ ok: false, firstBrokenId: '51' });
    await bypassingTriggers(`DELETE FROM audit_events WHERE id = 51`);
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('stays gapless and verifiable under 20 concurrent writers, one rolled back', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit.record(actor, [entry(100 + i), entry(200 + i)])));
    // A rolled-back insert takes its id and head update with it: no gap.
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record(actor, entry(999), manager);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await audit.record(actor, entry(1000));
    const result = await verifier.verify({ batchSize: 16 });
    expect(result).toMatchObject({ ok: true, rowsChecked: 50 + 40 + 1 });
  });

  it('verifies while writers keep appending', async () => {
    const writing = Promise.all(Array.from({ length: 10 }, (_, i) => audit.record(actor, entry(300 + i))));
    const result = await verifier.verify({ batchSize: 5 });
    await writing;
    expect(result.ok).toBe(true);
    expect((await verifier.verify()).rowsChecked).toBe(101);
  });

  // Last: it leaves the chain rewritten.
  it('finds a chain rewritten consistently from some row on only through a head recorded earlier', async () => {
    const intact = await verifier.verify();
    const recorded = { id: String(intact.rowsChecked), hash: intact.headHash };
    await bypassingTriggers(
      `UPDATE audit_events SET basis = 'self' WHERE id = 40`,
      `DO $$
       DECLARE r audit_events; previous char(64);
       BEGIN
         SELECT hash INTO previous FROM audit_events WHERE id = 39;
         FOR r IN SELECT * FROM audit_events WHERE id >= 40 ORDER BY id LOOP
           UPDATE audit_events e SET prev_hash = previous WHERE id = r.id;
           UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = r.id
             RETURNING hash INTO previous;
         END LOOP;
         UPDATE audit_chain_head SET last_hash = previous;
       END $$`,
    );
    expect((await verifier.verify()).ok).toBe(true);
    const result = await verifier.verify({ anchors: [{ id: '10', hash: (await saved(10)).hash }, recorded] });
    expect(result).toMatchObject({ ok: false, firstBrokenId: recorded.id });
    expect(result.problem).toContain('rewritten');
  });
});
