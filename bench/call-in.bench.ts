import autocannon from 'autocannon';
import { courtDateAt } from '@app/core';
import jwt from 'jsonwebtoken';
import { ChildProcess } from 'node:child_process';
import { createHmac, createSecretKey } from 'node:crypto';
import { Client, Pool } from 'pg';
import { freePort } from '../tools/services/free-port';
import { checkDraw, runMeasuredProcess, seedTestingCourt } from './draw.bench';
import { BenchStack, Figure, inTransaction, startProcess, stopProcess } from './harness';

/**
 * The morning rush of call-ins: every participant of a court, each signed in
 * with a session of their own, calls in once (POST /api/v1/call-ins) through
 * the whole API — token and session check, rate limit, access check, the
 * call-in transaction with its audit row — 100 at a time, against the same
 * durable work done by a bare Fastify route through plain `pg` (bench/bare-server.ts:
 * the day's draw read and share-locked, the call-in upserted, one audit row through
 * the same chain trigger, in one transaction) for the participants of a court of
 * its own, at the same concurrency, in the same run. Afterwards every 2xx must be
 * exactly one call-in row of a distinct participant, for both.
 *
 * Then three small bursts in the same court, the middle one while another
 * court holds an audit transaction open for 10 s (the audit log has one hash
 * chain per court, so that must not slow this court down), the other two with
 * nothing held (their mean is the baseline, so a drift of the machine's load
 * over the three does not count against the held one).
 */

const CONNECTIONS = 100;
/** Enough for a sustained burst of well over a minute (so sessions older than 60 s are touched, as in a real morning). */
const PARTICIPANTS = 20_000;
/** Participants who call in before the measured burst (JIT, pools, caches), plus one probe: never measured. */
const WARM_UP = 1_000;
/** The burst stops after this long even if not everyone has called in. */
const MAX_SECONDS = 600;
const ZONE = 'America/Chicago';
const AUTH_SECRET = 'bench-auth-secret-0123456789abcdefghijklmnop';
/** The longest access-token lifetime the API accepts (AUTH_ACCESS_TOKEN_TTL_SECONDS ≤ 3600). */
const TOKEN_TTL_SECONDS = 3600;
const LARGE_COURT = 100_000;
/** Participants of the baseline's court: a warm-up of WARM_UP, then the measured burst. */
const BASELINE_PARTICIPANTS = 10_000;
const P99_TARGET_MS = 250;
const WINDOW_SECONDS = 4 * 3600;
/** Participants of each of the three small bursts: nothing held, another court's audit transaction held open, nothing held. */
const SIDE_BURST = 1_000;
/** How long the other court's audit transaction stays open: longer than the burst takes. */
const HOLD_SECONDS = 10;
/** An audit row of the other court, as any audited request there appends it. */
const OTHER_COURT_AUDIT_ROW = `INSERT INTO audit_events (occurred_at, actor_role, court_id, action, entity_type, basis)
  VALUES (now(), 'case_manager', $1, $2, 'participant', 'role:case_manager')`;

/**
 * A court whose call-in window is open all day, its participants each with a
 * participant account and membership (as test/support/fixtures.ts
 * `createParticipant` makes them), and one testing site for the "selected"
 * answer to list. Set-based. Returns the participants' user ids.
 */
export async function seedCallInCourt(pool: Pool, count: number, code = 'CALLIN'): Promise<{ courtId: string; userIds: string[] }> {
  const courtId = await inTransaction(pool, async (client) => {
    const id = await seedTestingCourt(client, code, { window: ['00:00', '24:00'], reportBy: '24:00' }, count);
    // Each user's id is drawn first, so participants are matched to their users on the primary key.
    await client.query(
      `WITH m AS (SELECT id AS participant_id, gen_random_uuid() AS user_id, participant_number FROM participants WHERE court_id = $1),
            u AS (INSERT INTO users (id, kind, display_name) SELECT user_id, 'participant', participant_number FROM m)
       UPDATE participants p SET user_id = m.user_id FROM m WHERE p.id = m.participant_id`,
      [id],
    );
    await client.query(`INSERT INTO court_memberships (user_id, court_id, role) SELECT user_id, court_id, 'participant' FROM participants WHERE court_id = $1`, [id]);
    await client.query(`INSERT INTO testing_sites (court_id, name, address, hours) VALUES ($1, 'County lab', '1 Court Street', 'Mon-Sun 06:00-22:00')`, [id]);
    return id;
  });
  await pool.query('VACUUM ANALYZE');
  const rows = (await pool.query<{ user_id: string }>(`SELECT user_id FROM participants WHERE court_id = $1 ORDER BY participant_number`, [courtId])).rows;
  return { courtId, userIds: rows.map((r) => r.user_id) };
}

/** A court of `count` participants as seedCallInCourt makes it, with today's draw made; its participants' ids. */
async function seedBaselineCourt(stack: BenchStack, pool: Pool, count: number, day: string): Promise<string[]> {
  const { courtId } = await seedCallInCourt(pool, count, 'CALLIN-BARE');
  const draw = await runMeasuredProcess(stack.databaseUrl, 'draw', courtId, day);
  await checkDraw(pool, draw.drawId, count);
  return (await pool.query<{ id: string }>(`SELECT id FROM participants WHERE court_id = $1 ORDER BY participant_number`, [courtId])).rows.map((r) => r.id);
}

/**
 * One session per user, as sign-in opens it, and the access token the API
 * would issue for it (libs/auth/src/sessions/access-tokens.ts: HS256 with a
 * key derived from AUTH_SECRET, claims sub/sid/typ). Skips 30,000 argon2
 * verifications, which sign-in rightly makes slow; the refresh tokens that
 * sign-in also stores are not needed to call in and not written.
 */
export async function openSessions(pool: Pool, userIds: string[], options: { secondFactorPresented?: boolean } = {}): Promise<string[]> {
  const rows = (
    await pool.query<{ id: string; user_id: string }>(
      `INSERT INTO auth_sessions (user_id, last_seen_at, expires_at, mfa_satisfied)
       SELECT u, now(), now() + interval '12 hours', $2 FROM unnest($1::uuid[]) AS u
       RETURNING id, user_id`,
      [userIds, options.secondFactorPresented ?? false],
    )
  ).rows;
  const key = createSecretKey(createHmac('sha256', AUTH_SECRET).update('access-token-signing').digest());
  const iat = Math.floor(Date.now() / 1000);
  return rows.map((s) => jwt.sign({ sub: s.user_id, sid: s.id, typ: 'access', iat, exp: iat + TOKEN_TTL_SECONDS }, key, { algorithm: 'HS256' }));
}

/** The built API as production runs it, with the per-address limit raised: the whole court calls from one address here. */
export async function startApi(stack: BenchStack): Promise<{ api: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', AUTH_SECRET, RATE_LIMIT_PER_MINUTE: '100000000' };
  const api = await startProcess('dist/apps/api/src/main.js', [], { ...process.env, ...env, DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redisUrl }, `${base}/health`);
  return { api, base };
}

const CALL_IN = { method: 'POST' as const, path: '/api/v1/call-ins', body: JSON.stringify({ channel: 'web' }) };

/** One call-in, checked: it must be answered 200 with the day's draw found (a 404 means the route is not registered). */
async function probeCallIn(base: string, token: string): Promise<void> {
  const response = await fetch(`${base}${CALL_IN.path}`, {
    method: CALL_IN.method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: CALL_IN.body,
  });
  const text = await response.text();
  if (response.status === 404) throw new Error(`call-in bench: POST ${CALL_IN.path} answered 404 (route not registered?): ${text.slice(0, 300)}`);
  const status = response.ok ? (JSON.parse(text) as { status?: string }).status : undefined;
  if (response.status !== 200 || (status !== 'selected' && status !== 'not_selected')) {
    throw new Error(`call-in bench: the probe call-in answered ${response.status}: ${text.slice(0, 500)}`);
  }
}

/** `requested`: distinct participants a request was sent for (each token is used once). */
type Burst = Record<'ok' | 'non2xx' | 'errors' | 'requested' | 'seconds' | 'requestsPerSecond' | 'p50Ms' | 'p99Ms' | 'maxMs', number> & { statusCodes: string };

/**
 * Every token calls in once, `CONNECTIONS` at a time (autocannon `amount`); each request takes the next token,
 * sent as a bearer token (the API) or, for the bare server, as the participant's id (`header`).
 */
function callInBurst(base: string, tokens: string[], header: (token: string) => Record<string, string> = (t) => ({ authorization: `Bearer ${t}` })): Promise<Burst> {
  let next = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        amount: tokens.length,
        timeout: 30,
        requests: [
          {
            ...CALL_IN,
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...header(tokens[next++]) } }),
          },
        ],
      },
      (error, result) => {
        clearTimeout(timer);
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => `${code}×${stat.count ?? 0}`);
        resolve({
          ok: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          requested: Math.min(next, tokens.length),
          seconds,
          requestsPerSecond: Math.round((result['2xx'] + result.non2xx) / seconds),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          maxMs: result.latency.max,
          statusCodes: codes.join(', '),
        });
      },
    );
    const timer = setTimeout(() => instance.stop(), MAX_SECONDS * 1000);
  });
}

/** No lost and no duplicated call-in: one row per 2xx, each a distinct participant, and every participant asked answered. */
async function checkCallIns(pool: Pool, courtId: string, courtDay: string, ok: number, requested: number): Promise<void> {
  const [row] = (
    await pool.query<{ n: number; participants: number; unanswered: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT participant_id)::int AS participants, count(*) FILTER (WHERE told IS NULL)::int AS unanswered
         FROM call_ins WHERE court_id = $1 AND court_day = $2`,
      [courtId, courtDay],
    )
  ).rows;
  if (row.n !== ok || row.participants !== ok || ok !== requested || row.unanswered !== 0) {
    throw new Error(
      `call-in bench: ${row.n} call-ins of ${row.participants} participants (${row.unanswered} without the draw's answer) ` +
        `for ${ok} answered 2xx and ${requested} participants requested`,
    );
  }
}

/**
 * Runs `burst` while another court holds an audit transaction open for
 * HOLD_SECONDS: it appends an audit row in that court and does not commit,
 * which keeps that court's chain head locked. A second append in that court,
 * started at the same time, measures how long the head really stayed held.
 */
async function whileAnotherCourtHoldsItsAuditChain(
  stack: BenchStack,
  pool: Pool,
  otherCourtId: string,
  tokens: string[],
  burst: (tokens: string[]) => Promise<Burst>,
): Promise<Burst & { otherCourtWaitMs: number; endedBeforeReleaseMs: number }> {
  const holder = new Client({ connectionString: stack.databaseUrl, application_name: 'call-in-bench-hold' });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query(OTHER_COURT_AUDIT_ROW, [otherCourtId, 'bench.held_open']);
    const heldAt = performance.now();
    const released = new Promise<number>((resolve, reject) =>
      setTimeout(() => holder.query('COMMIT').then(() => resolve(performance.now()), reject), HOLD_SECONDS * 1000),
    );
    const otherCourt = pool.query(OTHER_COURT_AUDIT_ROW, [otherCourtId, 'bench.waits']).then(() => performance.now() - heldAt);
    const result = await burst(tokens);
    const ended = performance.now();
    const [otherCourtWaitMs, releasedAt] = await Promise.all([otherCourt, released]);
    return { ...result, otherCourtWaitMs, endedBeforeReleaseMs: releasedAt - ended };
  } finally {
    await holder.end();
  }
}

export async function callInFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 4, application_name: 'call-in-bench' });
  let burst: Burst;
  let quiet: [Burst, Burst];
  let held: Awaited<ReturnType<typeof whileAnotherCourtHoldsItsAuditChain>>;
  let bare: Burst;
  try {
    const { courtId, userIds } = await seedCallInCourt(pool, 1 + WARM_UP + PARTICIPANTS + 3 * SIDE_BURST);
    const otherCourtId = await inTransaction(pool, (client) => seedTestingCourt(client, 'HELD', { window: ['00:00', '24:00'], reportBy: '24:00' }, 0));
    // Today's draw, made by the library in a process of its own as the worker would.
    const today = courtDateAt(new Date(), ZONE);
    const draw = await runMeasuredProcess(stack.databaseUrl, 'draw', courtId, today);
    await checkDraw(pool, draw.drawId, userIds.length);

    // The baseline: the same durable work through a bare route, for the participants of a court of its own.
    const bareIds = await seedBaselineCourt(stack, pool, WARM_UP + BASELINE_PARTICIPANTS, today);
    const barePort = await freePort();
    const bareServer = await startProcess('dist/bench/bare-server.js', [String(barePort), stack.databaseUrl], process.env);
    try {
      const byId = (id: string) => ({ 'x-participant-id': id });
      const bareBase = `http://127.0.0.1:${barePort}`;
      const bareWarm = await callInBurst(bareBase, bareIds.slice(0, WARM_UP), byId);
      bare = await callInBurst(bareBase, bareIds.slice(WARM_UP), byId);
      const [bareCourt] = (await pool.query<{ court_id: string }>(`SELECT court_id FROM participants WHERE id = $1`, [bareIds[0]])).rows;
      await checkCallIns(pool, bareCourt.court_id, today, bareWarm.ok + bare.ok, bareWarm.requested + bare.requested);
      console.log(`call-in baseline: ${bare.ok} 2xx of ${bare.requested} in ${bare.seconds.toFixed(1)} s (${bare.requestsPerSecond} req/s, p50 ${bare.p50Ms} ms, p99 ${bare.p99Ms} ms)`);
    } finally {
      await stopProcess(bareServer);
    }

    const { api, base } = await startApi(stack);
    try {
      const warmTokens = await openSessions(pool, userIds.slice(0, 1 + WARM_UP));
      await probeCallIn(base, warmTokens[0]);
      const warm = await callInBurst(base, warmTokens.slice(1));
      // Opened just before the burst, as a participant signs in and then calls in; after 60 s each request also
      // refreshes its session's last_seen_at, as for any session older than a minute (sessions.service.ts).
      const tokens = await openSessions(pool, userIds.slice(1 + WARM_UP, 1 + WARM_UP + PARTICIPANTS));
      burst = await callInBurst(base, tokens);
      console.log(
        `call-in burst: ${burst.ok} 2xx, ${burst.non2xx} non-2xx, ${burst.errors} errors of ${burst.requested} requested in ${burst.seconds.toFixed(1)} s ` +
          `(${burst.requestsPerSecond} req/s, p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms; status ${burst.statusCodes}); warm-up ${warm.ok}/${warm.requested} 2xx`,
      );
      const side = userIds.slice(1 + WARM_UP + PARTICIPANTS);
      const sideTokens = await openSessions(pool, side);
      const before = await callInBurst(base, sideTokens.slice(0, SIDE_BURST));
      held = await whileAnotherCourtHoldsItsAuditChain(stack, pool, otherCourtId, sideTokens.slice(SIDE_BURST, 2 * SIDE_BURST), (t) => callInBurst(base, t));
      const after = await callInBurst(base, sideTokens.slice(2 * SIDE_BURST));
      quiet = [before, after];
      console.log(
        `call-in burst of ${SIDE_BURST}: ${before.ok} and ${after.ok} 2xx in ${before.seconds.toFixed(2)} and ${after.seconds.toFixed(2)} s with nothing held, ` +
          `${held.ok} 2xx in ${held.seconds.toFixed(2)} s while another court's audit transaction was open ${HOLD_SECONDS} s ` +
          `(an append in that court waited ${(held.otherCourtWaitMs / 1000).toFixed(2)} s)`,
      );
      if (courtDateAt(new Date(), ZONE) !== today) throw new Error('call-in bench: the court day changed during the run; run it again');
      await checkCallIns(
        pool,
        courtId,
        today,
        1 + warm.ok + burst.ok + before.ok + held.ok + after.ok,
        1 + warm.requested + burst.requested + before.requested + held.requested + after.requested,
      );
    } finally {
      await stopProcess(api);
    }
  } finally {
    await pool.end();
  }

  const ratio = burst.requestsPerSecond / bare.requestsPerSecond;
  const capacity = (burst.requestsPerSecond * WINDOW_SECONDS) / LARGE_COURT;
  const clean = burst.errors === 0 && burst.non2xx === 0;
  const quietRequestsPerSecond = Math.round((quiet[0].requestsPerSecond + quiet[1].requestsPerSecond) / 2);
  const heldRatio = held.requestsPerSecond / quietRequestsPerSecond;
  const heldClean = [held, ...quiet].every((b) => b.errors === 0 && b.non2xx === 0);
  // The hold was real (an append in the held court waited about HOLD_SECONDS), the burst was over before it
  // ended, and no call-in waited for it (had one, its latency would be seconds, not milliseconds).
  const notBlocked = held.otherCourtWaitMs >= HOLD_SECONDS * 1000 * 0.9 && held.endedBeforeReleaseMs > 0 && held.maxMs < (HOLD_SECONDS * 1000) / 2;
  return [
    {
      name: `call-in burst (${PARTICIPANTS.toLocaleString('en-US')} participants, each once)`,
      value: burst.requestsPerSecond,
      unit: 'req/s',
      baselineName: 'bare Fastify + pg, same durable work',
      baseline: bare.requestsPerSecond,
      ratio,
      target: `≥ 0.50; p99 < ${P99_TARGET_MS} ms; none lost or duplicated`,
      met: clean && ratio >= 0.5 && burst.p99Ms < P99_TARGET_MS,
      notes:
        `${CONNECTIONS} connections, ${burst.requested} participants in ${burst.seconds.toFixed(1)} s after ${WARM_UP} warm-up call-ins; ` +
        `p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms (baseline: ${bare.requested} participants of a court of their own after ${WARM_UP} warm-up, ` +
        `p50 ${bare.p50Ms} ms, p99 ${bare.p99Ms} ms); errors ${burst.errors}, non-2xx ${burst.non2xx}; ` +
        `call_ins rows = distinct participants = 2xx = participants requested, for both; sessions older than 60 s are touched`,
    },
    {
      name: `call-in window capacity (court of ${LARGE_COURT.toLocaleString('en-US')}, 4-hour window)`,
      value: Number(capacity.toFixed(2)),
      unit: '× over',
      baselineName: 'one call-in each',
      baseline: 1,
      ratio: capacity,
      target: '≥ 1',
      met: capacity >= 1,
      notes: `at ${burst.requestsPerSecond} req/s a court of ${LARGE_COURT.toLocaleString('en-US')} calls in within ${Math.round(LARGE_COURT / burst.requestsPerSecond / 60)} min`,
    },
    {
      name: `call-in burst (${SIDE_BURST.toLocaleString('en-US')}) while another court holds an audit transaction open ${HOLD_SECONDS} s`,
      value: held.requestsPerSecond,
      unit: 'req/s',
      baselineName: 'same burst, nothing held',
      baseline: quietRequestsPerSecond,
      ratio: heldRatio,
      target: '~1 (≥ 0.7); none waits for the hold',
      met: heldClean && notBlocked && heldRatio >= 0.7,
      notes:
        `held: ${held.requested} participants in ${held.seconds.toFixed(2)} s, p50 ${held.p50Ms} ms, p99 ${held.p99Ms} ms, max ${held.maxMs} ms, ` +
        `over ${(held.endedBeforeReleaseMs / 1000).toFixed(2)} s before the other court committed; ` +
        `nothing held (before, after): ${quiet.map((b) => `${b.requestsPerSecond} req/s, p50 ${b.p50Ms} ms, p99 ${b.p99Ms} ms, max ${b.maxMs} ms`).join('; ')}; ` +
        `an append in the other court waited ${(held.otherCourtWaitMs / 1000).toFixed(2)} s (its chain's head was held); ` +
        `errors ${held.errors + quiet[0].errors + quiet[1].errors}, non-2xx ${held.non2xx + quiet[0].non2xx + quiet[1].non2xx}`,
    },
  ];
}
