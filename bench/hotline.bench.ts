import { courtDateAt } from '@app/core';
import { ChildProcess } from 'node:child_process';
import { Pool } from 'pg';
import twilio from 'twilio';
import { SecretHasher } from '../libs/auth/src/sign-in/secret-hasher';
import { freePort } from '../tools/services/free-port';
import { openSessions, seedCallInCourt } from './call-in.bench';
import { checkDraw, runMeasuredProcess } from './draw.bench';
import { BenchStack, Figure, startProcess, stopProcess } from './harness';

/**
 * The hotline in the morning rush: 100 calls at once (100 phone channels in
 * use), each a whole call as Twilio plays it (greeting, language,
 * participant number, PIN: four signed webhooks), a caller taking
 * THINK_MS between prompts (a real caller takes several seconds to hear a
 * prompt and key a PIN; this is far quicker), through the built API as
 * production runs it, while 100 web users at a time call in
 * (POST /api/v1/call-ins, signed in, THINK_MS between one user and the
 * next on each connection) in the same run. The figure is the final step (the PIN checked with the
 * production argon2 cost, the call-in, the answer spoken) at p99; the
 * baseline is the web call-in's p99 measured at the same time. Afterwards
 * every call and every web call-in must be exactly one call-in row of a
 * distinct participant.
 */

const CALLS = 1_000;
const WEB_CALL_INS = 1_000;
/** Between a caller hearing a prompt and keying their answer, and between one web user and the next. */
const THINK_MS = 1_500;
const CONCURRENT = 100;
const WARM_UP = 100;
const P99_TARGET_MS = 300;
const AUTH_SECRET = 'bench-auth-secret-0123456789abcdefghijklmnop';
const TWILIO_TOKEN = 'bench-twilio-auth-token-0123456789';
const HOTLINE = '+13125550100';
const ZONE = 'America/Chicago';
const PIN = '135790';

async function startHotlineApi(stack: BenchStack): Promise<{ api: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PORT: String(port),
    HOST: '127.0.0.1',
    AUTH_SECRET,
    RATE_LIMIT_PER_MINUTE: '100000000',
    TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
    PUBLIC_BASE_URL: base,
  };
  const api = await startProcess('dist/apps/api/src/main.js', [], { ...process.env, ...env, DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redisUrl }, `${base}/health`);
  return { api, base };
}

async function post(url: string, params: Record<string, string>): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TWILIO_TOKEN, url, params) },
    body: new URLSearchParams(params),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`hotline bench: ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

const nextUrl = (twiml: string) => {
  const match = /action="([^"]+)"/.exec(twiml);
  if (!match) throw new Error(`hotline bench: no next step in ${twiml.slice(0, 300)}`);
  return match[1].replace(/&amp;/g, '&');
};

/** One whole call; resolves with the final step's time in ms. */
async function playCall(base: string, participantNumber: string, index: number): Promise<number> {
  const call = { CallSid: `CA${String(index).padStart(32, '0')}`, From: `+1312${String(5_000_000 + index).padStart(7, '0')}`, To: HOTLINE };
  const greeting = await post(`${base}/api/v1/hotline/voice`, call);
  await pause();
  const numberPrompt = await post(nextUrl(greeting), { ...call, Digits: '1' });
  await pause();
  const pinPrompt = await post(nextUrl(numberPrompt), { ...call, Digits: participantNumber.replace(/\D/g, '') });
  await pause();
  const started = performance.now();
  const answer = await post(nextUrl(pinPrompt), { ...call, Digits: PIN });
  const ms = performance.now() - started;
  if (!/You must test today|No test today/.test(answer)) throw new Error(`hotline bench: the call of ${participantNumber} heard ${answer.slice(0, 400)}`);
  return ms;
}

/** A caller's pause, spread ±50% so the channels do not move in step. */
const pause = () => new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));

async function webCallIn(base: string, token: string): Promise<number> {
  await pause();
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/call-ins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ channel: 'web' }),
  });
  await response.text();
  if (response.status !== 200) throw new Error(`hotline bench: a web call-in answered ${response.status}`);
  return performance.now() - started;
}

/** `work(i)` for every i below `count`, `CONCURRENT` at a time; each one's time in ms. */
async function concurrently(count: number, work: (i: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (next < count) times.push(await work(next++));
    }),
  );
  return times;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
};

export async function hotlineFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 4 });
  let api: ChildProcess | undefined;
  try {
    const total = WARM_UP + CALLS + WEB_CALL_INS;
    const { courtId, userIds } = await seedCallInCourt(pool, total, 'HOTLINE');
    const day = courtDateAt(new Date(), ZONE);
    const draw = await runMeasuredProcess(stack.databaseUrl, 'draw', courtId, day);
    await checkDraw(pool, draw.drawId, total);
    // Every participant's PIN hashed at the production cost (one hash shared: verifying costs the same).
    const pinHash = await new SecretHasher().hash(PIN);
    await pool.query(`UPDATE users SET secret_hash = $1 WHERE id = ANY($2::uuid[])`, [pinHash, userIds]);
    await pool.query(`UPDATE courts SET hotline_number = $2 WHERE id = $1`, [courtId, HOTLINE]);
    const numbers = (await pool.query<{ participant_number: string }>(`SELECT participant_number FROM participants WHERE court_id = $1 ORDER BY participant_number`, [courtId])).rows.map(
      (r) => r.participant_number,
    );
    const callers = numbers.slice(0, WARM_UP + CALLS);
    const tokens = await openSessions(pool, userIds.slice(WARM_UP + CALLS));

    const started = await startHotlineApi(stack);
    api = started.api;
    const base = started.base;
    await concurrently(WARM_UP, (i) => playCall(base, callers[i], i));

    // The measured rush: the hotline's calls and the web's call-ins at the same time.
    const [callTimes, webTimes] = await Promise.all([
      concurrently(CALLS, (i) => playCall(base, callers[WARM_UP + i], WARM_UP + i)),
      concurrently(WEB_CALL_INS, (i) => webCallIn(base, tokens[i])),
    ]);

    const [row] = (
      await pool.query<{ n: number; participants: number; phone: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT participant_id)::int AS participants, count(*) FILTER (WHERE channel = 'phone')::int AS phone
           FROM call_ins WHERE court_id = $1 AND court_day = $2`,
        [courtId, day],
      )
    ).rows;
    if (row.n !== total || row.participants !== total || row.phone !== WARM_UP + CALLS) {
      throw new Error(`hotline bench: ${row.n} call-ins of ${row.participants} participants (${row.phone} by phone) for ${total} calls and call-ins`);
    }
    const p99 = percentile(callTimes, 99);
    const webP99 = percentile(webTimes, 99);
    return [
      {
        name: `hotline final step (PIN, call-in, answer), ${CONCURRENT} calls at once beside ${CONCURRENT} web call-ins, p99`,
        value: p99,
        unit: 'ms',
        baselineName: 'web call-in p99 in the same run',
        baseline: webP99,
        ratio: webP99 / Math.max(p99, 1),
        target: `p99 < ${P99_TARGET_MS} ms`,
        met: p99 < P99_TARGET_MS,
        notes:
          `${CALLS} calls (4 signed webhooks each, ${THINK_MS} ms ±50% between prompts), final step p50 ${percentile(callTimes, 50)} ms, max ${Math.round(Math.max(...callTimes))} ms; ` +
          `${WEB_CALL_INS} web call-ins p50 ${percentile(webTimes, 50)} ms; one call-in row per participant, ${WARM_UP + CALLS} by phone`,
      },
    ];
  } finally {
    if (api) await stopProcess(api);
    await pool.end();
  }
}
