import { Pool } from 'pg';
import { freePort } from '../tools/services/free-port';
import { openSessions, seedCallInCourt, startApi } from './call-in.bench';
import { BenchStack, Figure, load, LoadResult, startProcess, stopProcess } from './harness';

/**
 * The HTTP stack, then a participant's business route through it:
 *
 * 1. requests per second of a NestJS route with no I/O (GET /api/v1/version,
 *    the full production stack: Fastify adapter, global guards, pipes and
 *    filters, request ids, security headers, one request log line at `info`)
 *    against a bare Fastify server answering the same JSON;
 * 2. the participant's `GET /api/v1/me/today`, signed in, with the auth guard,
 *    the session check, the rate limiter (counters in Redis) and the audit row,
 *    against a bare Fastify route doing the same SQL and the same audit row
 *    through plain `pg` (bench/bare-server.ts).
 *
 * Same machine, one after the other, same concurrency.
 */

const CONNECTIONS = 50;
const SECONDS = 8;
/** Participants of the court whose first one asks for their day (the others make the tables realistic). */
const COURT_SIZE = 1_000;

interface Pair {
  api: LoadResult;
  bare: LoadResult;
}

function clean(result: LoadResult): boolean {
  return result.errors === 0 && result.non2xx === 0;
}

export async function httpFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'http-bench' });
  let version: Pair;
  let today: Pair;
  try {
    const { userIds } = await seedCallInCourt(pool, COURT_SIZE, 'TODAY');
    const [participant] = (await pool.query<{ id: string }>(`SELECT id FROM participants WHERE user_id = $1`, [userIds[0]])).rows;
    const [token] = await openSessions(pool, [userIds[0]]);

    // Each pair back to back, the idle server of the other kind waiting: the version pair first, before any
    // audited load leaves Postgres work (checkpoints, autovacuum) behind to slow whichever comes next.
    const barePort = await freePort();
    const bareServer = await startProcess('dist/bench/bare-server.js', [String(barePort), stack.databaseUrl], process.env);
    try {
      const { api, base } = await startApi(stack);
      try {
        const probe = await fetch(`${base}/api/v1/me/today`, { headers: { authorization: `Bearer ${token}` } });
        if (probe.status !== 200) throw new Error(`http bench: GET /api/v1/me/today answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
        const bareBase = `http://127.0.0.1:${barePort}`;
        const options = { connections: CONNECTIONS, seconds: SECONDS };
        version = { bare: await load(`${bareBase}/api/v1/version`, options), api: await load(`${base}/api/v1/version`, options) };
        today = {
          bare: await load(`${bareBase}/api/v1/me/today`, { ...options, headers: { 'x-participant-id': participant.id } }),
          api: await load(`${base}/api/v1/me/today`, { ...options, headers: { authorization: `Bearer ${token}` } }),
        };
      } finally {
        await stopProcess(api);
      }
    } finally {
      await stopProcess(bareServer);
    }
  } finally {
    await pool.end();
  }

  const versionRatio = version.api.requestsPerSecond / version.bare.requestsPerSecond;
  const todayRatio = today.api.requestsPerSecond / today.bare.requestsPerSecond;
  const latency = (p: Pair) =>
    `p50 ${p.api.p50Ms} ms, p99 ${p.api.p99Ms} ms (bare p50 ${p.bare.p50Ms} ms, p99 ${p.bare.p99Ms} ms); errors ${p.api.errors}, non-2xx ${p.api.non2xx} (bare ${p.bare.errors}, ${p.bare.non2xx})`;
  return [
    {
      name: 'NestJS route, no I/O (GET /api/v1/version)',
      value: version.api.requestsPerSecond,
      unit: 'req/s',
      baselineName: 'bare Fastify',
      baseline: version.bare.requestsPerSecond,
      ratio: versionRatio,
      target: '≥ 0.50',
      met: versionRatio >= 0.5 && clean(version.api),
      notes: `${CONNECTIONS} connections, ${SECONDS} s; security headers, x-request-id, one request log line each; ${latency(version)}`,
    },
    {
      name: "participant's day (GET /api/v1/me/today), signed in",
      value: today.api.requestsPerSecond,
      unit: 'req/s',
      baselineName: 'bare Fastify + pg, same SQL and audit row',
      baseline: today.bare.requestsPerSecond,
      ratio: todayRatio,
      target: '≥ 0.50',
      met: todayRatio >= 0.5 && clean(today.api) && clean(today.bare),
      notes:
        `${CONNECTIONS} connections, ${SECONDS} s, one participant (not yet called in) of a court of ${COURT_SIZE.toLocaleString('en-US')}; ` +
        `auth guard and session check, rate limiter on (Redis counters), each read audited in its court's chain; ${latency(today)}`,
    },
  ];
}
