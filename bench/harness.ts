import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import type { Pool, PoolClient } from 'pg';
import { startScratchStack } from '../tools/services/scratch-stack';

/** Postgres and Redis started the way the tests start them: free ports, data in a temporary directory. */
export interface BenchStack {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  // Durable settings (fsync, AOF), as production runs, unlike the tests' fast ones.
  const stack = await startScratchStack({ name: 'bench', database: 'bench', fast: false });
  return { databaseUrl: stack.postgres.url, redisUrl: stack.redis.url, stop: stack.stop };
}

/** Starts a node script and waits until it prints READY (or its health URL answers). */
export async function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv, readyUrl?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-4000)));
  child.stdout!.on('data', () => undefined);
  const deadline = Date.now() + 60_000;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
    if (!readyUrl) {
      child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
      return;
    }
    const poll = async () => {
      try {
        if ((await fetch(readyUrl)).ok) return resolve();
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) return reject(new Error(`${script} not ready: ${output}`));
      setTimeout(poll, 200);
    };
    void poll();
  });
  child.removeAllListeners('exit');
  return child;
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Drives a URL with autocannon; a short warm-up run is discarded. */
export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> } = { connections: 50, seconds: 8 },
): Promise<LoadResult> {
  const run = (duration: number) => autocannon({ url, connections: options.connections, duration, headers: options.headers });
  await run(2);
  const result = await run(options.seconds);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  baselineName: string;
  baseline: number;
  /** value ÷ baseline, or baseline ÷ value for figures where lower is better. */
  ratio: number;
  target: string;
  met: boolean;
  notes?: string;
}

export function printFigures(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toLocaleString('en-US')} ${f.unit}`,
    `${f.baselineName}: ${f.baseline.toLocaleString('en-US')} ${f.unit}`,
    f.ratio.toFixed(2),
    f.target,
    f.met ? 'met' : 'NOT MET',
  ]);
  const header = ['figure', 'measured', 'baseline (same run)', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const f of figures.filter((x) => x.notes)) console.log(`  ${f.name}: ${f.notes}`);
}

/** `work` in one transaction on one pooled client (rolled back if it throws). */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
