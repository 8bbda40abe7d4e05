import { freePort } from '../tools/services/free-port';
import { BenchStack, Figure, load, startProcess, stopProcess } from './harness';

/**
 * Requests per second of a NestJS route with no I/O (GET /api/v1/version,
 * the full production stack: Fastify adapter, global pipes and filters,
 * request ids, helmet, request logging at `info`) against a bare Fastify
 * server answering the same JSON, on the same machine, one after the other.
 */
export async function httpFigures(stack: BenchStack): Promise<Figure[]> {
  const barePort = await freePort();
  const bare = await startProcess('dist/bench/bare-server.js', [String(barePort)], process.env);
  const bareResult = await load(`http://127.0.0.1:${barePort}/api/v1/version`);
  await stopProcess(bare);

  const apiPort = await freePort();
  const api = await startProcess(
    'dist/apps/api/src/main.js',
    [],
    {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      // Required in production; any fixed 32+ characters will do for a benchmark.
      AUTH_SECRET: 'bench-auth-secret-0123456789abcdefghijklmnop',
    },
    `http://127.0.0.1:${apiPort}/health`,
  );
  const nestResult = await load(`http://127.0.0.1:${apiPort}/api/v1/version`);
  await stopProcess(api);

  const ratio = nestResult.requestsPerSecond / bareResult.requestsPerSecond;
  return [
    {
      name: 'NestJS route, no I/O',
      value: nestResult.requestsPerSecond,
      unit: 'req/s',
      baselineName: 'bare Fastify',
      baseline: bareResult.requestsPerSecond,
      ratio,
      target: '≥ 0.70',
      met: ratio >= 0.7 && nestResult.errors === 0 && nestResult.non2xx === 0,
      notes: `50 connections, 8 s; p99 latency ${nestResult.p99Ms} ms (bare ${bareResult.p99Ms} ms); errors ${nestResult.errors}, non-2xx ${nestResult.non2xx}`,
    },
  ];
}
