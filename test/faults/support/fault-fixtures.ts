/**
 * Courts with many participants, written in a few statements (thousands of
 * rows), and violations recorded through the domain's own recorder, so each
 * has its clock rows and outbox jobs committed with it. Every instant is
 * derived from the real now: the built worker and BullMQ run on real time.
 */
import { hash } from '@node-rs/argon2';
import { dataSourceOptions } from '@app/core';
import { SCHEMA } from '@app/schema';
import { recordViolations } from '@app/violations';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createCourt, createTestingProgram, CourtFixture, PIN, ProgramFixture } from '../../support/fixtures';

export const HOUR = 3_600_000;

/** The domain's DataSource on the fault stack's database (small pool). */
export async function openDataSource(url: string): Promise<DataSource> {
  const ds = new DataSource({ ...dataSourceOptions(url, SCHEMA, 3), extra: { max: 3, connectionTimeoutMillis: 5_000, application_name: 'fault-test' } });
  return ds.initialize();
}

export interface BigCourt {
  court: CourtFixture;
  program: ProgramFixture;
  participantIds: string[];
  numbers: string[];
}

/**
 * A court with `count` active participants in one program. With `pins`,
 * each has a participant account (PIN 135790), so they can call in.
 */
export async function createBigCourt(
  ds: DataSource,
  code: string,
  count: number,
  options: { pins?: boolean; reminderHours?: number[]; timeZone?: string; window?: [string, string] } = {},
): Promise<BigCourt> {
  const court = await createCourt(ds, code, { timeZone: options.timeZone ?? 'UTC', window: options.window ?? ['00:00', '24:00'] });
  const program = await createTestingProgram(ds, court.id, `${code}P`, { testsPerWeek: 1 });
  if (options.reminderHours) await ds.query(`UPDATE programs SET reminder_hours = $2 WHERE id = $1`, [program.id, options.reminderHours]);
  const numbers = Array.from({ length: count }, (_, i) => `${code}-${String(i + 1).padStart(5, '0')}`);
  let userIds: Array<string | null> = numbers.map(() => null);
  if (options.pins) {
    // One argon2 hash (low cost) for every account: they all share the PIN.
    const secret = await hash(PIN, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });
    const users = (await ds.query(
      `INSERT INTO users (kind, username, display_name, secret_hash)
       SELECT 'participant', NULL, n, $2 FROM unnest($1::text[]) WITH ORDINALITY AS u(n, ord) ORDER BY ord RETURNING id`,
      [numbers, secret],
    )) as Array<{ id: string }>;
    userIds = users.map((u) => u.id);
    await ds.query(`INSERT INTO court_memberships (user_id, court_id, role) SELECT unnest($1::uuid[]), $2, 'participant'`, [userIds, court.id]);
  }
  const rows = (await ds.query(
    `INSERT INTO participants (court_id, participant_number, first_name, last_name, status, user_id,
                               program_id, phase_plan_id, phase_id, phase_started_on, enrolled_on)
     SELECT $1, n, 'Pat', 'Doe ' || n, 'active', u, $4, $5, $6, CURRENT_DATE - 60, CURRENT_DATE - 60
       FROM unnest($2::text[], $3::uuid[]) WITH ORDINALITY AS x(n, u, ord) ORDER BY ord
     RETURNING id`,
    [court.id, numbers, userIds, program.id, program.phasePlanId, program.phaseId],
  )) as Array<{ id: string }>;
  return { court, program, participantIds: rows.map((r) => r.id), numbers };
}

/** One violation per participant, detected at `detectedAt`, recorded by the domain's recorder in one transaction. */
export async function recordMissedCallIns(ds: DataSource, bigCourt: BigCourt, detectedAt: Date, tag: string, participantIds = bigCourt.participantIds): Promise<string[]> {
  return ds.transaction((manager) =>
    recordViolations(
      manager,
      participantIds.map((participantId, i) => ({
        courtId: bigCourt.court.id,
        participantId,
        kind: 'missed_call_in',
        detectedAt,
        sourceKey: `fault:${tag}:${i}`,
        evidence: {},
      })),
    ),
  );
}

/**
 * Today's draw for a court, written as the draw writer leaves it (every
 * participant an entry, none selected), with its window closed `closedAgoMs`
 * ago in real time: what the window-close job finds due.
 */
export async function insertClosedDraw(ds: DataSource, bigCourt: BigCourt, closedAgoMs: number): Promise<string> {
  const now = Date.now();
  return insertDraw(ds, bigCourt, new Date(now - closedAgoMs - 4 * HOUR), new Date(now - closedAgoMs), new Date(now + 8 * HOUR));
}

/** Today's draw (UTC court), its window open now: a call-in finds its answer. */
export async function insertOpenDraw(ds: DataSource, bigCourt: BigCourt): Promise<string> {
  const now = Date.now();
  return insertDraw(ds, bigCourt, new Date(now - HOUR), new Date(now + 4 * HOUR), new Date(now + 8 * HOUR), new Date(now));
}

async function insertDraw(ds: DataSource, bigCourt: BigCourt, opensAt: Date, closesAt: Date, reportBy: Date, dayOf = closesAt): Promise<string> {
  const seed = randomBytes(32);
  const [draw] = (await ds.query(
    `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
                        participant_count, selected_count)
     VALUES ($1, ($7::timestamptz AT TIME ZONE 'UTC')::date, 'fault-test', encode(sha256($3), 'hex'), $3, $4, $4, $2, $5, $6, 0)
     RETURNING id`,
    [bigCourt.court.id, closesAt, seed, opensAt, reportBy, bigCourt.participantIds.length, dayOf],
  )) as Array<{ id: string }>;
  await ds.query(
    `INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, selected)
     SELECT $1, unnest($2::uuid[]), 1, 1.0 / 7, false`,
    [draw.id, bigCourt.participantIds],
  );
  return draw.id;
}

/** A BullMQ queue client on the fault stack's Redis, to count jobs. */
export function queueClient(redisPort: number, prefix: string, name: string): Queue {
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null, retryStrategy: () => 200 }, prefix });
  queue.on('error', () => undefined);
  return queue;
}

/** Job ids of the given states whose id starts with `idPrefix` (BullMQ ids use '/' for ':'). */
export async function jobIds(queue: Queue, idPrefix: string, states: Parameters<Queue['getJobs']>[0] = ['waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized', 'paused', 'waiting-children']): Promise<string[]> {
  const ids: string[] = [];
  const jobs = await queue.getJobs(states, 0, -1);
  for (const job of jobs) if (job?.id?.startsWith(idPrefix)) ids.push(job.id);
  return ids;
}
