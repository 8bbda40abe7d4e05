import { AuditEntry, AuditService } from '@app/audit';
import { dataSourceOptions, TestClock } from '@app/core';
import { SCHEMA } from '@app/schema';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-env';
import { auditVerify, parseAuditVerifyArgs } from './audit-verify';

const COURT_A = randomUUID();
const COURT_B = randomUUID();
const entry = (courtId: string | null, n: number): AuditEntry => ({
  courtId,
  action: 'participant.read',
  entityType: 'participant',
  entityIds: [],
  participantIds: [],
  basis: 'role:case_manager',
  details: { n },
});

/** What the command printed, line by line. */
class Captured {
  readonly out: string[] = [];
  readonly err: string[] = [];
  readonly written: string[] = [];
  log = (line: string) => this.out.push(line);
  error = (line: string) => this.err.push(line);
  write = (text: string) => this.written.push(text);
  get all(): string {
    return [...this.out, ...this.err].join('\n');
  }
}

describe('audit:verify against heads exported earlier (npm run audit:verify -- --export-heads / --heads)', () => {
  let db: TestDatabase;
  /** The application, as the API writes audit rows (the application role). */
  let app: DataSource;
  let audit: AuditService;
  /** The tables' owner, bypassing the triggers as only an owner or a superuser can. */
  let owner: Client;
  let dir: string;
  const clock = new TestClock('2026-12-06T15:00:00Z');

  const append = async (count: number) => {
    for (let n = 0; n < count; n += 1) {
      await audit.record({ userId: null, role: 'case_manager', requestId: `r${n}` }, entry([null, COURT_A, COURT_B][n % 3], n));
      clock.advance(1000);
    }
  };
  const run = async (...args: string[]) => {
    const output = new Captured();
    const ok = await auditVerify(db.appUrl, args, output, new Date(clock.now()));
    return { ok, output };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await new DataSource(dataSourceOptions(db.appUrl, SCHEMA, 4)).initialize();
    audit = new AuditService(app, clock);
    owner = new Client({ connectionString: db.url });
    await owner.connect();
    dir = mkdtempSync(join(tmpdir(), 'tc-heads-'));
  });

  afterAll(async () => {
    await owner?.end();
    await app?.destroy();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("exports today's heads, one line per chain, printed too, and never over an earlier file", async () => {
    await append(30);
    const file = join(dir, 'heads-2026-12-06.txt');
    const { ok, output } = await run('--export-heads', file);
    expect(ok).toBe(true);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(output.all.split('\n').find((l) => /^\d+:/.test(l))!.split(' '));
    expect(lines.every((l) => /^\d+:[0-9a-f]{64} (the system chain|court .+'s chain)$/.test(l))).toBe(true);
    expect(output.all).toContain(`heads written to ${file}`);

    await expect(run('--export-heads', file)).rejects.toThrow(`${file} exists: heads are exported to a new file`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('exports to standard output with `-` (out of a container), the report on standard error', async () => {
    const { ok, output } = await run('--export-heads', '-');
    expect(ok).toBe(true);
    expect(output.out).toEqual([]);
    expect(output.err.join('\n')).toContain('audit log intact');
    expect(output.written).toHaveLength(1);
    expect(output.written[0]).toBe(readFileSync(join(dir, 'heads-2026-12-06.txt'), 'utf8'));
  });

  it('verifies a grown log against heads exported earlier', async () => {
    await append(9);
    const { ok, output } = await run('--heads', join(dir, 'heads-2026-12-06.txt'));
    expect(ok).toBe(true);
    expect(output.all).toContain('3 head(s) recorded earlier are still in their chains, unchanged');
  });

  it("finds a court's chain rewritten consistently as the owner with the triggers bypassed only through the heads file", async () => {
    // Every row of court A's chain from position 2 on rewritten, relinked and rehashed, and its head moved:
    // the chain is consistent again, as someone with the owner's password could leave it.
    await owner.query(`SET session_replication_role = replica`);
    await owner.query(`
      DO $$
      DECLARE r audit_events; previous char(64);
      BEGIN
        UPDATE audit_events SET basis = 'self' WHERE court_id = '${COURT_A}' AND chain_seq = 2;
        SELECT hash INTO previous FROM audit_events WHERE court_id = '${COURT_A}' AND chain_seq = 1;
        FOR r IN SELECT * FROM audit_events WHERE court_id = '${COURT_A}' AND chain_seq >= 2 ORDER BY chain_seq LOOP
          UPDATE audit_events e SET prev_hash = previous WHERE id = r.id;
          UPDATE audit_events e SET hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE id = r.id
            RETURNING hash INTO previous;
        END LOOP;
        UPDATE audit_chain_heads SET last_hash = previous WHERE chain_key = '${COURT_A}';
      END $$`);
    await owner.query(`SET session_replication_role = DEFAULT`);

    // Without the file the rewrite goes unseen: every link and hash agrees.
    expect((await run()).ok).toBe(true);

    const file = join(dir, 'heads-2026-12-06.txt');
    const { ok, output } = await run('--heads', file);
    expect(ok).toBe(false);
    expect(output.err.join('\n')).toMatch(/court .+'s chain: \d+ row\(s\) checked, TAMPERED: first broken row \d+: .*no longer has the hash recorded for it earlier/);
    expect(output.err).toContainEqual(expect.stringMatching(/^audit log TAMPERED: /));

    // A tampered log's heads are not exported.
    const next = join(dir, 'heads-2026-12-07.txt');
    expect((await run('--heads', file, '--export-heads', next)).ok).toBe(false);
    expect(existsSync(next)).toBe(false);
  });

  it('finds a whole chain removed, head and all, through the heads file', async () => {
    await owner.query(`SET session_replication_role = replica`);
    await owner.query(`DELETE FROM audit_events WHERE court_id = '${COURT_B}'`);
    await owner.query(`DELETE FROM audit_chain_heads WHERE chain_key = '${COURT_B}'`);
    await owner.query(`SET session_replication_role = DEFAULT`);
    const { ok, output } = await run('--heads', join(dir, 'heads-2026-12-06.txt'));
    expect(ok).toBe(false);
    expect(output.all).toMatch(/no longer (has the hash recorded|in any chain)/);
  });

  it('reads heads files and heads given by hand, and refuses anything else', () => {
    const file = join(dir, 'by-hand.txt');
    writeFileSync(file, `12:${'a'.repeat(64)}\n`);
    expect(parseAuditVerifyArgs(['--heads', file, `7:${'b'.repeat(64)}`, '--export-heads', 'out.txt'])).toEqual({
      anchors: [{ id: '7', hash: 'b'.repeat(64) }],
      headsFiles: [file],
      exportHeads: 'out.txt',
    });
    expect(() => parseAuditVerifyArgs(['--heads'])).toThrow('audit:verify --heads needs a file name');
    expect(() => parseAuditVerifyArgs(['--head', 'x'])).toThrow('audit:verify does not know --head');
    expect(() => parseAuditVerifyArgs(['nonsense'])).toThrow('not an ID:HASH head');
  });
});
