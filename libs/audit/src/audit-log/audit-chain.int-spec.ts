import { dataSourceOptions, TestClock } from '@app/core';
import { SCHEMA } from '@app/schema';
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { AuditChainPerCourt1796533081909 } from '../../../../migrations/1796533081909-AuditChainPerCourt';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-env';
import { AuditChainVerifier, ChainReport, ChainVerification, GENESIS_HASH } from './audit-chain-verifier';
import { AuditActor, AuditEntry, AuditService } from './audit.service';

const actor: AuditActor = { userId: null, role: 'case_manager', requestId: 'req-1' };
const PARTICIPANT = '8d3f7d0e-3f4c-4a8e-9a51-0e3c1c0b6a10';
/** Two courts (the audit log names courts by id and has no foreign key to them). */
const COURT_A = randomUUID();
const COURT_B = randomUUID();
const entry = (n: number, courtId: string | null = null): AuditEntry => ({
  courtId,
  action: 'participant.read',
  entityType: 'participant',
  entityIds: [PARTICIPANT],
  participantIds: [PARTICIPANT],
  basis: 'role:case_manager',
  details: { n, note: 'ünïcødé survives the hash' },
});
/** Rows 0, 3, 6, ... go to no court (the system chain), 1, 4, ... to court A, 2, 5, ... to court B. */
const courtOf = (n: number) => [null, COURT_A, COURT_B][n % 3];

function chain(result: ChainVerification, courtId: string | null): ChainReport {
  const found = result.chains.find((c) => (courtId === null ? c.chain === 'system' : c.courtId === courtId));
  if (!found) throw new Error(`no report for chain ${courtId ?? 'system'}`);
  return found;
}

/** Only the given chain is broken; every other one still verifies. */
function onlyBroken(result: ChainVerification, courtId: string | null): ChainReport {
  expect(result.ok).toBe(false);
  const broken = result.chains.filter((c) => !c.ok);
  expect(broken.map((c) => c.courtId)).toEqual([courtId]);
  return broken[0];
}

async function openDatabase(): Promise<{ db: TestDatabase; dataSource: DataSource; superuser: Client }> {
  const db = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(db.url, SCHEMA, 25)).initialize();
  // The test database's user is the cluster's superuser, as an attacker with full access would be.
  const superuser = new Client({ connectionString: db.url });
  await superuser.connect();
  return { db, dataSource, superuser };
}

describe('audit log hash chains (one per court)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let audit: AuditService;
  let verifier: AuditChainVerifier;
  /** A session of its own, so `session_replication_role` applies to the tampering statements only. */
  let superuser: Client;

  beforeAll(async () => {
    ({ db, dataSource, superuser } = await openDatabase());
    audit = new AuditService(dataSource, new TestClock('2026-11-23T15:00:00.123456Z'));
    verifier = new AuditChainVerifier(dataSource);
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

  /** The id of the row at a position of a court's chain (null: the system chain). */
  async function idAt(courtId: string | null, seq: number): Promise<string> {
    const { rows } = await superuser.query(`SELECT id::text AS id FROM audit_events WHERE court_id IS NOT DISTINCT FROM $1 AND chain_seq = $2`, [courtId, seq]);
    if (rows.length !== 1) throw new Error(`${rows.length} rows at position ${seq} of ${courtId ?? 'system'}`);
    return rows[0].id;
  }

  /** Keeps a copy of a row and of every chain head (temporary tables of the superuser's session) to put back later. */
  async function saved(id: string): Promise<{ id: string; hash: string }> {
    await superuser.query(`DROP TABLE IF EXISTS saved_row, saved_heads`);
    await superuser.query(`CREATE TEMP TABLE saved_row AS SELECT * FROM audit_events WHERE id = $1`, [id]);
    await superuser.query(`CREATE TEMP TABLE saved_heads AS SELECT * FROM audit_chain_heads`);
    const { rows } = await superuser.query(`SELECT id::text AS id, hash FROM saved_row`);
    return rows[0];
  }

  /** Puts the saved row and heads back exactly as they were (ids and hashes included), with triggers off. */
  async function restore(): Promise<void> {
    await bypassingTriggers(
      `DELETE FROM audit_events WHERE id = (SELECT id FROM saved_row)`,
      `INSERT INTO audit_events SELECT * FROM saved_row`,
      `DELETE FROM audit_chain_heads`,
      `INSERT INTO audit_chain_heads SELECT * FROM saved_heads`,
    );
  }

  it('verifies an empty log against the genesis hash', async () => {
    const result = await verifier.verify();
    expect(result).toMatchObject({ ok: true, rowsChecked: 0 });
    expect(result.chains.map((c) => [c.chain, c.rowsChecked, c.headHash])).toEqual([
      ['legacy', 0, GENESIS_HASH],
      ['system', 0, GENESIS_HASH],
    ]);
  });

  it('verifies rows written through AuditService, one chain per court, across batch boundaries', async () => {
    for (let i = 0; i < 5; i++) await audit.record(actor, Array.from({ length: 10 }, (_, j) => entry(i * 10 + j, courtOf(i * 10 + j))));
    const result = await verifier.verify({ batchSize: 7 });
    expect(result).toMatchObject({ ok: true, rowsChecked: 50 });
    const heads = await dataSource.query(`SELECT chain_key::text AS key, last_seq::int AS seq, last_id::text AS id, last_hash AS hash FROM audit_chain_heads`);
    expect(heads).toHaveLength(3);
    for (const [courtId, count] of [
      [null, 17],
      [COURT_A, 17],
      [COURT_B, 16],
    ] as const) {
      const report = chain(result, courtId);
      const head = heads.find((h: { key: string }) => h.key === (courtId ?? '00000000-0000-0000-0000-000000000000'));
      expect(report).toMatchObject({ ok: true, rowsChecked: count, headSeq: String(count), headId: head.id, headHash: head.hash });
      expect(head.seq).toBe(count);
      // Each chain's first row links to the cut-over hash (the genesis hash: the database had no row before).
      const [first] = await dataSource.query(
        `SELECT prev_hash, hash, audit_event_canonical(e) AS canonical FROM audit_events e WHERE court_id IS NOT DISTINCT FROM $1 AND chain_seq = 1`,
        [courtId],
      );
      expect(first.prev_hash).toBe(GENESIS_HASH);
      expect(createHash('sha256').update(first.canonical, 'utf8').digest('hex')).toBe(first.hash);
      expect(JSON.parse(first.canonical).at(-1)).toBe(1);
    }
    expect(chain(result, null).headHash).not.toBe(chain(result, COURT_A).headHash);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'nothing.happened' WHERE chain_seq = 3`],
    ['DELETE', `DELETE FROM audit_events WHERE chain_seq = 3`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('refuses %s, even for the superuser', async (operation, sql) => {
    await expect(superuser.query(sql)).rejects.toThrow(`audit_events is append-only: ${operation} is not allowed`);
    expect((await verifier.verify()).ok).toBe(true);
  });

  it("finds a row altered by hand in one court's chain, naming it, and the other chains stay intact", async () => {
    const id = await idAt(COURT_A, 9);
    await saved(id);
    await bypassingTriggers([`UPDATE audit_events SET basis = 'self' WHERE id = $1`, [id]]);
    const result = await verifier.verify({ batchSize: 4 });
    expect(onlyBroken(result, COURT_A)).toMatchObject({ firstBrokenId: id, rowsChecked: 8 });
    expect(result.firstBrokenId).toBe(id);
    expect(result.problem).toContain(`row ${id} (position 9) was altered`);
    expect(result.problem).toContain(`court ${COURT_A}'s chain`);
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds an altered row whose hash was recomputed too, at the link after it in its chain', async () => {
    const id = await idAt(COURT_B, 5);
    await saved(id);
    await bypassingTriggers(
      [`UPDATE audit_events e SET actor_role = 'judge' WHERE id = $1`, [id]],
      [`UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = $1`, [id]],
    );
    const result = await verifier.verify();
    const next = await idAt(COURT_B, 6);
    expect(onlyBroken(result, COURT_B)).toMatchObject({ firstBrokenId: next });
    expect(result.problem).toContain(`row ${next} (position 6) does not link to the row before it`);
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it("finds a rewritten last row, and a rewritten head, through that chain's head", async () => {
    const last = await idAt(null, 17);
    await saved(last);
    await bypassingTriggers(
      [`UPDATE audit_events e SET details = '{"n": 0}' WHERE id = $1`, [last]],
      [`UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = $1`, [last]],
    );
    expect(onlyBroken(await verifier.verify(), null)).toMatchObject({ firstBrokenId: last });
    await restore();

    // The head alone: moved back one row (as if the last row had never been written), or given another hash.
    await saved(await idAt(COURT_A, 1));
    await bypassingTriggers(`UPDATE audit_chain_heads SET last_hash = repeat('a', 64) WHERE chain_key = '${COURT_A}'`);
    expect(onlyBroken(await verifier.verify(), COURT_A).problem).toContain('head');
    await restore();
    await bypassingTriggers(`UPDATE audit_chain_heads SET last_seq = last_seq - 1 WHERE chain_key = '${COURT_B}'`);
    expect(onlyBroken(await verifier.verify(), COURT_B).problem).toContain('the head rewritten');
    await restore();
    await bypassingTriggers(`DELETE FROM audit_chain_heads WHERE chain_key = '${COURT_B}'`);
    expect(onlyBroken(await verifier.verify(), COURT_B).problem).toContain('no chain head');
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a deleted row (a gap in its chain), in the middle and at the end', async () => {
    const middle = await idAt(COURT_A, 11);
    await saved(middle);
    await bypassingTriggers([`DELETE FROM audit_events WHERE id = $1`, [middle]]);
    let result = await verifier.verify({ batchSize: 5 });
    expect(onlyBroken(result, COURT_A)).toMatchObject({ firstBrokenId: await idAt(COURT_A, 12), rowsChecked: 10 });
    expect(result.problem).toContain('position 11 is missing');
    await restore();

    const end = await idAt(COURT_B, 16);
    await saved(end);
    await bypassingTriggers([`DELETE FROM audit_events WHERE id = $1`, [end]]);
    result = await verifier.verify();
    expect(onlyBroken(result, COURT_B).problem).toContain('positions 16 to 16 are missing');
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a row moved to another chain (its hash covers its court and position)', async () => {
    const id = await idAt(COURT_A, 17);
    await saved(id);
    await bypassingTriggers([`UPDATE audit_events SET court_id = $2, chain_seq = 17 WHERE id = $1`, [id, COURT_B]]);
    const result = await verifier.verify();
    expect(result.ok).toBe(false);
    expect(chain(result, COURT_A)).toMatchObject({ ok: false, problem: expect.stringContaining('positions 17 to 17 are missing') });
    expect(chain(result, COURT_B)).toMatchObject({ ok: false, problem: expect.stringContaining('not written through the chain') });
    expect(chain(result, null).ok).toBe(true);
    await restore();
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('finds a row slipped in after a head, or with a chain of its own, without going through the chain', async () => {
    const last = await saved(await idAt(COURT_A, 17));
    await bypassingTriggers([
      `INSERT INTO audit_events (id, occurred_at, actor_role, court_id, action, entity_type, basis, chain_seq, prev_hash, hash)
       VALUES (100000, now(), 'judge', $1, 'participant.read', 'participant', 'role:judge', 18, $2, $3)`,
      [COURT_A, last.hash, 'f'.repeat(64)],
    ]);
    expect(onlyBroken(await verifier.verify(), COURT_A)).toMatchObject({ firstBrokenId: '100000' });
    await bypassingTriggers(`UPDATE audit_events SET court_id = '${randomUUID()}', chain_seq = 1 WHERE id = 100000`);
    const result = await verifier.verify();
    expect(result.ok).toBe(false);
    expect(result.chains.filter((c) => !c.ok)).toEqual([expect.objectContaining({ firstBrokenId: '100000', problem: expect.stringContaining('no chain head') })]);
    await bypassingTriggers(`DELETE FROM audit_events WHERE id = 100000`);
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('stays gapless and verifiable under 20 concurrent writers in two courts, one rolled back', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit.record(actor, [entry(100 + i, courtOf(i)), entry(200 + i, courtOf(i + 1))])));
    // A rolled-back insert takes its position and head update with it: no gap (its id is simply never used).
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record(actor, entry(999, COURT_A), manager);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await audit.record(actor, entry(1000, COURT_A));
    const result = await verifier.verify({ batchSize: 16 });
    expect(result).toMatchObject({ ok: true, rowsChecked: 50 + 40 + 1 });
    expect(chain(result, COURT_A).rowsChecked).toBe(17 + 14 + 1);
  });

  it('does not deadlock when transactions append to several courts in different orders', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          const courts = i % 2 ? [COURT_A, COURT_B, null] : [null, COURT_B, COURT_A];
          await audit.record(actor, courts.map((c) => entry(400 + i, c)), manager);
          await manager.query(`SELECT pg_sleep(0.02)`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await verifier.verify()).toMatchObject({ ok: true, rowsChecked: 91 + 48 });
  });

  it("does not make court B wait for a transaction held open in court A, while court A's own appends wait for it", async () => {
    const HOLD_MS = 3000;
    const held = dataSource.createQueryRunner();
    await held.connect();
    try {
      await held.startTransaction();
      await audit.record(actor, entry(500, COURT_A), held.manager);
      const release = new Promise<void>((resolve, reject) => setTimeout(() => held.commitTransaction().then(resolve, reject), HOLD_MS));
      const started = performance.now();
      const inA = audit.record(actor, entry(501, COURT_A)).then(() => performance.now() - started);
      await audit.record(actor, [entry(502, COURT_B), entry(503, null)]);
      const otherCourtsMs = performance.now() - started;
      await Promise.all(Array.from({ length: 10 }, (_, i) => audit.record(actor, entry(510 + i, COURT_B))));
      const burstMs = performance.now() - started;
      const [inAMs] = await Promise.all([inA, release]);

      // Court B and the system chain answered at once; court A's append waited for the held transaction's commit.
      expect(otherCourtsMs).toBeLessThan(HOLD_MS / 5);
      expect(burstMs).toBeLessThan(HOLD_MS / 5);
      expect(inAMs).toBeGreaterThanOrEqual(HOLD_MS - 50);
    } finally {
      if (held.isTransactionActive) await held.rollbackTransaction();
      await held.release();
    }
    const [a] = await dataSource.query(
      `SELECT array_agg((details->>'n')::int ORDER BY chain_seq) AS ns FROM audit_events WHERE court_id = $1 AND (details->>'n')::int IN (500, 501)`,
      [COURT_A],
    );
    expect(a.ns).toEqual([500, 501]);
    expect(await verifier.verify()).toMatchObject({ ok: true, rowsChecked: 139 + 14 });
  });

  it('verifies while writers keep appending', async () => {
    const writing = Promise.all(Array.from({ length: 10 }, (_, i) => audit.record(actor, entry(300 + i, courtOf(i)))));
    const result = await verifier.verify({ batchSize: 5 });
    await writing;
    expect(result.ok).toBe(true);
    expect((await verifier.verify()).rowsChecked).toBe(163);
  });

  it("commits the reads of one court arriving together in groups, each answered once its row is durable; a bad row fails only its own read", async () => {
    // Court B's rows from here on (n ≥ 600), after the ones earlier tests wrote.
    const rows = async () =>
      (
        await dataSource.query(
          `SELECT count(*)::int AS n, count(DISTINCT xmin::text)::int AS commits, (max(chain_seq) - min(chain_seq) + 1)::int AS span
             FROM audit_events WHERE court_id = $1 AND (details->>'n')::int >= 600`,
          [COURT_B],
        )
      )[0] as { n: number; commits: number; span: number };
    // 40 reads at once: the first commits alone, the others wait for it and go in together.
    await Promise.all(Array.from({ length: 40 }, (_, i) => audit.record(actor, entry(600 + i, COURT_B))));
    const grouped = await rows();
    expect(grouped).toMatchObject({ n: 40, span: 40 });
    expect(grouped.commits).toBeLessThan(10);

    // A row the database refuses fails its own read only: its group is retried row by row.
    const bad = audit.record(actor, { ...entry(699, COURT_B), entityIds: ['not-a-uuid'] });
    const good = Array.from({ length: 9 }, (_, i) => audit.record(actor, entry(650 + i, COURT_B)));
    await expect(bad).rejects.toThrow(/uuid/);
    await Promise.all(good);
    expect(await rows()).toMatchObject({ n: 49, span: 49 });
    expect(await verifier.verify()).toMatchObject({ ok: true, rowsChecked: 163 + 49 });
  });

  // Last: it leaves court A's chain rewritten.
  it("finds a court's chain rewritten consistently from some row on only through a head recorded earlier", async () => {
    const intact = await verifier.verify();
    const recorded = intact.chains.filter((c) => c.headId !== null).map((c) => ({ id: c.headId as string, hash: c.headHash }));
    expect(recorded).toHaveLength(3);
    const from = await idAt(COURT_A, 20);
    await bypassingTriggers(
      [`UPDATE audit_events SET basis = 'self' WHERE id = $1`, [from]],
      `DO $$
       DECLARE r audit_events; previous char(64);
       BEGIN
         SELECT hash INTO previous FROM audit_events WHERE court_id = '${COURT_A}' AND chain_seq = 19;
         FOR r IN SELECT * FROM audit_events WHERE court_id = '${COURT_A}' AND chain_seq >= 20 ORDER BY chain_seq LOOP
           UPDATE audit_events e SET prev_hash = previous WHERE id = r.id;
           UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = r.id
             RETURNING hash INTO previous;
         END LOOP;
         UPDATE audit_chain_heads SET last_hash = previous WHERE chain_key = '${COURT_A}';
       END $$`,
    );
    expect((await verifier.verify()).ok).toBe(true);
    const result = await verifier.verify({ anchors: [{ id: await idAt(COURT_A, 10), hash: (await saved(await idAt(COURT_A, 10))).hash }, ...recorded] });
    const headA = chain(intact, COURT_A).headId;
    expect(onlyBroken(result, COURT_A)).toMatchObject({ firstBrokenId: headA });
    expect(result.problem).toContain('rewritten');
  });
});

describe('audit log: the cut-over from the single chain (migration AuditChainPerCourt)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let superuser: Client;
  const later = MIGRATIONS.length - MIGRATIONS.indexOf(AuditChainPerCourt1796533081909);

  beforeAll(async () => {
    ({ db, dataSource, superuser } = await openDatabase());
  });

  afterAll(async () => {
    await superuser?.end();
    await dataSource?.destroy();
    await db?.drop();
  });

  it('keeps the rows of the single chain verifiable, hashes unchanged, and starts every court chain from its last hash', async () => {
    // Back to the schema before the migration (and the ones after it), with rows written by the old trigger.
    for (let i = 0; i < later; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const audit = new AuditService(dataSource, new TestClock('2026-11-23T15:00:00Z'));
    for (let i = 0; i < 3; i++) await audit.record(actor, Array.from({ length: 4 }, (_, j) => entry(i * 4 + j, courtOf(j))));
    const before = await superuser.query(`SELECT e.id::text AS id, e.hash FROM audit_events e ORDER BY e.id`);
    const [oldHead] = (await superuser.query(`SELECT last_id::text AS id, last_hash AS hash FROM audit_chain_head`)).rows;
    expect(before.rows).toHaveLength(12);
    expect(oldHead).toEqual(before.rows[11]);

    await dataSource.runMigrations({ transaction: 'each' });
    const verifier = new AuditChainVerifier(dataSource);
    const migrated = await verifier.verify({ anchors: [before.rows[5], oldHead] });
    expect(migrated).toMatchObject({ ok: true, rowsChecked: 12 });
    expect(migrated.chains[0]).toMatchObject({ chain: 'legacy', rowsChecked: 12, headId: oldHead.id, headHash: oldHead.hash });
    expect((await superuser.query(`SELECT e.id::text AS id, e.hash FROM audit_events e ORDER BY e.id`)).rows).toEqual(before.rows);

    await audit.record(actor, [entry(100, COURT_A), entry(101, COURT_B), entry(102, COURT_A), entry(103, null)]);
    const rows = await superuser.query(`SELECT id::int AS id, court_id, chain_seq::int AS seq, prev_hash FROM audit_events WHERE id > 12 ORDER BY id`);
    // Ids carry on from the old chain; each court's first row links to the old chain's last hash.
    expect(rows.rows.map((r) => r.id)).toEqual([13, 14, 15, 16]);
    const firsts = rows.rows.filter((r) => r.seq === 1);
    expect(firsts).toHaveLength(3);
    for (const first of firsts) expect(first.prev_hash).toBe(oldHead.hash);
    const after = await verifier.verify({ anchors: [oldHead] });
    expect(after).toMatchObject({ ok: true, rowsChecked: 16 });
    expect(after.chains.map((c) => [c.chain, c.rowsChecked])).toEqual(
      expect.arrayContaining([
        ['legacy', 12],
        ['system', 1],
        [`court:${COURT_A}`, 2],
        [`court:${COURT_B}`, 1],
      ]),
    );

    // A tampered old row is still found, in the old chain.
    await superuser.query(`SET session_replication_role = replica`);
    await superuser.query(`UPDATE audit_events SET basis = 'self' WHERE id = 7`);
    await superuser.query(`SET session_replication_role = DEFAULT`);
    const tampered = await verifier.verify();
    expect(tampered).toMatchObject({ ok: false, firstBrokenId: '7' });
    expect(tampered.chains.filter((c) => !c.ok).map((c) => c.chain)).toEqual(['legacy']);
  });

  it('refuses to revert once rows were written on per-court chains (they cannot join the single chain unaltered)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await expect(new AuditChainPerCourt1796533081909().down(runner)).rejects.toThrow('cannot be reverted: 4 audit row(s)');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
