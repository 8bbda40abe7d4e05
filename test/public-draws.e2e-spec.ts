import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { drawCommitment, DrawMaker } from '@app/drug-testing';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import {
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  ParticipantFixture,
  placeInProgram,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';

const VERIFIER = resolve(__dirname, '../tools/verify-draw/verify-draw.mjs');
const DAY = '2026-11-24';
const NEXT_DAY = '2026-11-25';
/** America/Chicago, CST: each draw at 04:00 local (10:00Z), the day over at midnight local (06:00Z next day). */
const AT = { draw: '2026-11-24T10:00:00Z', dayOver: '2026-11-25T06:00:00Z', nextDraw: '2026-11-25T10:00:00Z', nextDayOver: '2026-11-26T06:00:00Z' };

interface VerifierRun {
  code: number;
  stdout: string;
}

/** The standalone verifier as a child process, as a lawyer would run it. */
function verify(...args: string[]): Promise<VerifierRun> {
  return new Promise((done) => {
    execFile(process.execPath, [VERIFIER, ...args], { timeout: 60_000 }, (error, stdout) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout });
    });
  });
}

type PublicDay = {
  court: string;
  courtDay: string;
  commitment: string;
  seedCommitment: string;
  seed: string | null;
  selectedCount: number | null;
  chain: { year: number; index: number; anchor: string; publishedAt: string };
  entries: Array<{
    token: string;
    testsPerWeek: string;
    maxUntestedDays: number | null;
    maxTestsPer7Days: number | null;
    untestedDays: number | null;
    testsInPrevious6Days: number | null;
    rule: string | null;
    probability: string;
    selected: boolean;
  }> | null;
  [key: string]: unknown;
};

/** The commitment a forger would recompute after changing the record (the server's own function). */
const recommitted = (day: PublicDay): PublicDay => ({
  ...day,
  commitment: drawCommitment({
    court: day.court,
    courtDay: day.courtDay,
    algorithm: day.algorithm as string,
    seedCommitment: day.seedCommitment,
    chain: day.chain,
    entries: day.entries!.map((e) => ({
      token: e.token,
      testsPerWeek: e.testsPerWeek,
      rails: { maxUntestedDays: e.maxUntestedDays, maxTestsPer7Days: e.maxTestsPer7Days },
      recent: e.untestedDays === null || e.testsInPrevious6Days === null ? null : { untestedDays: e.untestedDays, testsInPrevious6Days: e.testsInPrevious6Days },
      rule: e.rule as never,
      probability: e.probability,
    })),
  }),
});

describe('the public draw record and the standalone verifier', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  let base: string;
  let dir: string;
  const clock = new TestClock(AT.draw);
  let court: CourtFixture;
  const people: ParticipantFixture[] = [];
  const names = ['Quinn', 'Rivera', 'Okafor', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Moreau', 'Kowalski', 'Lindqvist'];
  const get = async (url: string) => app.inject({ method: 'GET', url });
  const dayRecord = async (date = DAY) => (await get(`/api/v1/public/courts/PUB/draws/${date}`)).json() as PublicDay;
  const runOnFile = async (record: unknown, ...args: string[]) => {
    const file = join(dir, `${randomBytes(4).toString('hex')}.json`);
    await writeFile(file, JSON.stringify(record));
    return verify('--file', file, ...args);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    app = await createTestApi(config, clock);
    await app.listen(0, '127.0.0.1');
    base = app.getHttpServer().address() ? `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` : '';
    jobs = await createTestingJobs(config, clock);
    ds = dataSourceOf(app);
    dir = await mkdtemp(join(tmpdir(), 'verify-draw-'));
    court = await createCourt(ds, 'PUB', { timeZone: 'America/Chicago', window: ['05:00', '09:00'] });
    const guarded = await createTestingProgram(ds, court.id, 'GUARD', { testsPerWeek: 2.5, maxUntestedDays: 4, maxTestsPer7Days: 3 });
    const plain = await createTestingProgram(ds, court.id, 'PLAIN', { testsPerWeek: 3 });
    for (const [i, last] of names.entries()) {
      const participant = await createParticipant(ds, court, `P-${String(i + 1).padStart(4, '0')}`, { firstName: 'Pat', lastName: last });
      await placeInProgram(ds, participant.id, i % 2 === 0 ? guarded : plain, '2026-10-01');
      people.push(participant);
    }
    const staff = await createStaff(ds, 'pub-coord', 'coordinator', court.id);
    await jobs.get(DrawMaker).drawDueDays(court.id);
    // One force and one excuse for the day: not part of the random draw, but counted in the public record.
    for (const [participant, action] of [
      [people[0], 'force'],
      [people[1], 'excuse'],
    ] as const) {
      await ds.query(`INSERT INTO draw_overrides (court_id, participant_id, court_day, action, reason, recorded_by) VALUES ($1, $2, $3, $4, 'court order', $5)`, [
        court.id,
        participant.id,
        DAY,
        action,
        staff.id,
      ]);
    }
  });

  afterAll(async () => {
    await jobs?.close();
    await app?.close();
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('publishes the commitment at once, and the seed, counts and entries only once the day is over', async () => {
    const before = await dayRecord();
    expect(before).toMatchObject({ court: 'PUB', courtDay: DAY, algorithm: 'chain-token-hmac-sha256/v2', revealed: false, seed: null, entries: null, selectedCount: null });
    expect(before.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(before.chain).toMatchObject({ year: 2026, index: 328 });
    const list = (await get('/api/v1/public/courts/PUB/draws')).json();
    expect(list.days[0]).toMatchObject({ courtDay: DAY, commitment: before.commitment, seed: null });
    expect(list.chains).toEqual([expect.objectContaining({ year: 2026, length: 365, anchor: before.chain.anchor })]);
    expect((await verify(`${base}/api/v1/public/courts/PUB/draws/${DAY}`)).code).toBe(2);

    clock.set(AT.dayOver);
    const after = await dayRecord();
    expect(after.commitment).toBe(before.commitment);
    expect(after).toMatchObject({ revealed: true, participantCount: 10, forced: 1, excused: 1 });
    expect(createHash('sha256').update(Buffer.from(after.seed!, 'hex')).digest('hex')).toBe(after.seedCommitment);
    expect(after.entries).toHaveLength(10);
    expect(after.entries!.filter((e) => e.testsPerWeek === '2.5').every((e) => e.maxUntestedDays === 4 && e.probability === '5/14')).toBe(true);
    expect(after.entries!.filter((e) => e.testsPerWeek === '3').every((e) => e.maxUntestedDays === null && e.probability === '3/7')).toBe(true);
  });

  it('names nobody: no participant id, number or name appears in the public record', async () => {
    const text = (await get(`/api/v1/public/courts/PUB/draws/${DAY}`)).body + (await get('/api/v1/public/courts/PUB/draws')).body;
    for (const [i, participant] of people.entries()) {
      expect(text).not.toContain(participant.id);
      expect(text).not.toContain(participant.number);
      expect(text).not.toContain(names[i]);
    }
  });

  it('is verified by the standalone script against the running server', async () => {
    const run = await verify(`${base}/api/v1/public/courts/PUB/draws/${DAY}`);
    expect(run.stdout).toContain('VERIFIED: 10 entries');
    expect(run.stdout).toContain('1 forced and 1 excused');
    expect(run.stdout).not.toContain('FAIL');
    expect(run.code).toBe(0);
    // The staff verification recomputes the same draw from the database and names the same commitment.
    const staff = (await (await signIn(app, 'pub-coord')).get(`/api/v1/courts/${court.id}/draws/${DAY}/verification`)).json();
    const record = await dayRecord();
    expect(staff).toMatchObject({ algorithm: 'chain-token-hmac-sha256/v2', commitment: record.commitment, seed: record.seed, verified: true, mismatchedEntries: 0 });
  });

  it('fails when an entry is removed', async () => {
    const record = await dayRecord();
    const run = await runOnFile({ ...record, entries: record.entries!.slice(1), participantCount: 9 });
    expect(run.stdout).toContain('FAIL the commitment covers exactly these entries');
    expect(run.code).toBe(1);
  });

  it('fails when a probability is raised, even with the commitment recomputed', async () => {
    const record = await dayRecord();
    const raised = { ...record, entries: record.entries!.map((e, i) => (i === 0 ? { ...e, probability: '6/7' } : e)) };
    const plain = await runOnFile(raised);
    expect(plain.stdout).toContain('FAIL the commitment covers exactly these entries');
    expect(plain.stdout).toContain('FAIL every probability follows exactly');
    expect(plain.code).toBe(1);
    const forged = await runOnFile(recommitted(raised));
    expect(forged.stdout).toContain('OK   the commitment covers exactly these entries');
    expect(forged.stdout).toContain(`FAIL every probability follows exactly from its frequency and guard rails (${record.entries![0].token})`);
    expect(forged.code).toBe(1);
  });

  it('fails when the seed is replaced by one not from the chain, even with both commitments recomputed', async () => {
    const record = await dayRecord();
    const seed = randomBytes(32);
    const replaced = recommitted({ ...record, seed: seed.toString('hex'), seedCommitment: createHash('sha256').update(seed).digest('hex') });
    const run = await runOnFile(replaced);
    expect(run.stdout).toContain('OK   the seed hashes to the seed commitment');
    expect(run.stdout).toContain('OK   the commitment covers exactly these entries');
    expect(run.stdout).toContain("FAIL the seed is on the court's 2026 chain");
    expect(run.code).toBe(1);
  });

  it('keeps the court’s seed chain as made: the application can neither change nor delete it', async () => {
    await expect(ds.query(`UPDATE draw_seed_chains SET last_link = '\\x00'::bytea`)).rejects.toThrow(/permission denied for table draw_seed_chains/);
    await expect(ds.query(`DELETE FROM draw_seed_chains`)).rejects.toThrow(/permission denied for table draw_seed_chains/);
    expect(await ds.query(`SELECT count(*)::int AS n FROM draw_seed_chains`)).toEqual([{ n: 1 }]);
  });

  it('fails against an anchor other than the one in the court’s public notice', async () => {
    const record = await dayRecord();
    expect((await runOnFile(record, '--anchor', record.chain.anchor)).code).toBe(0);
    const run = await runOnFile(record, '--anchor', 'ab'.repeat(32));
    expect(run.stdout).toContain('FAIL the record names the anchor given with --anchor');
    expect(run.code).toBe(1);
  });

  it('gives each participant a new token every day, which their own page lists with their selection and overrides', async () => {
    clock.set(AT.nextDraw);
    await jobs.get(DrawMaker).drawDueDays(court.id);
    clock.set(AT.nextDayOver);
    const [first, second] = [await dayRecord(DAY), await dayRecord(NEXT_DAY)];
    const secondTokens = new Set(second.entries!.map((e) => e.token));
    expect(first.entries!.some((e) => secondTokens.has(e.token))).toBe(false);
    // Each day's seed is the next link of the chain: hashing it gives the day before's.
    expect(createHash('sha256').update(Buffer.from(second.seed!, 'hex')).digest('hex')).toBe(first.seed);
    expect((await verify(`${base}/api/v1/public/courts/PUB/draws/${NEXT_DAY}`)).code).toBe(0);

    const mine = (await (await signInParticipant(app, people[0])).get('/api/v1/me/draws')).json();
    expect(mine.court).toBe('PUB');
    expect(mine.days.map((d: { courtDay: string }) => d.courtDay)).toEqual([NEXT_DAY, DAY]);
    const [, firstDay] = mine.days;
    const line = first.entries!.find((e) => e.token === firstDay.token)!;
    expect(line).toBeDefined();
    expect(firstDay).toMatchObject({ inDraw: true, selected: line.selected, probability: line.probability, override: 'force', overrideReason: 'court order' });
    const run = await verify(`${base}/api/v1/public/courts/PUB/draws/${DAY}`, '--token', firstDay.token);
    expect(run.stdout).toContain('OK   your token is in the draw');
    expect(run.code).toBe(0);
  });

  it('answers 404 for an unknown court or day and 422 for a malformed code, date or range, unauthenticated', async () => {
    expect((await get('/api/v1/public/courts/NOPE/draws')).statusCode).toBe(404);
    expect((await get('/api/v1/public/courts/PUB/draws/2026-01-02')).statusCode).toBe(404);
    for (const url of [
      '/api/v1/public/courts/pub;drop/draws',
      '/api/v1/public/courts/PUB/draws/2026-13-01',
      '/api/v1/public/courts/PUB/draws?from=2026-01-01&to=2026-06-01',
      '/api/v1/public/courts/PUB/draws?from=2026-06-01&to=2026-01-01',
      '/api/v1/public/courts/PUB/draws?extra=1',
    ]) {
      const response = await get(url);
      expect([url, response.statusCode]).toEqual([url, 422]);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await get('/api/v1/me/draws')).statusCode).toBe(401);
  });
});
