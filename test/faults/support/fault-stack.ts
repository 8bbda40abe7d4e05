/**
 * Servers of a fault spec's own, so killing them disturbs no other test: a
 * durable Postgres (fsync on, as in production) and a Redis with its
 * append-only file (as `npm start` runs it), on free ports with their data in
 * a temporary directory, and the BUILT API and worker as child processes
 * (node dist/apps/…/main.js), each killed by pid with SIGKILL.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Pool } from 'pg';
import { runMigrations } from '../../../apps/cli/src/migrations';
import { RunningPostgres, startEmbeddedPostgres } from '../../../tools/services/embedded-postgres';
import { freePort } from '../../../tools/services/free-port';
import { RunningRedis, startRedisServer } from '../../../tools/services/redis-server';

const root = resolve(__dirname, '../../..');
export const BUILT = { api: 'dist/apps/api/src/main.js', worker: 'dist/apps/worker/src/main.js' } as const;

/** A pid is alive while signal 0 reaches it. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)])
      .toString()
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

function parentOf(pid: number): number | undefined {
  try {
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)]).toString().trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** Copies a directory tree that may change while it is read (a live data directory). */
function copyTree(from: string, to: string, exclude: string[]): void {
  mkdirSync(to, { recursive: true });
  const excludes = exclude.map((pattern) => `--exclude='${pattern}'`).join(' ');
  execFileSync('bash', ['-c', `set -o pipefail; tar -C '${from}' ${excludes} --warning=no-file-changed --ignore-failed-read -cf - . | tar -C '${to}' -xpf -; test $? -le 1`]);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(25);
  }
  return check();
}

/** The API or the worker, running from the build, with its output kept in a log file. */
export class ServerProcess {
  private tail = '';
  readonly started = Date.now();

  constructor(
    readonly kind: 'api' | 'worker',
    readonly child: ChildProcess,
    private readonly logFile: string,
  ) {
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      this.tail = (this.tail + text).slice(-6000);
      void appendFile(this.logFile, text).catch(() => undefined);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.tail;
  }

  waitFor(text: string, timeoutMs = 60_000): Promise<void> {
    return new Promise((ready, fail) => {
      if (this.tail.includes(text)) return ready();
      const timer = setTimeout(() => fail(new Error(`${this.kind} did not print "${text}" within ${timeoutMs} ms:\n${this.tail}`)), timeoutMs);
      const onData = () => {
        if (this.tail.includes(text)) {
          clearTimeout(timer);
          this.child.stdout!.off('data', onData);
          ready();
        }
      };
      this.child.stdout!.on('data', onData);
      this.child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`${this.kind} exited (code ${code}) before "${text}":\n${this.tail}`));
      });
    });
  }

  /** SIGKILL by pid: no shutdown hook runs, in-flight transactions and jobs are cut where they are. */
  async kill(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    process.kill(this.pid, 'SIGKILL');
    await exited;
  }
}

export interface FaultStack {
  dir: string;
  databaseUrl: string;
  redisUrl: string;
  redisPort: number;
  queuePrefix: string;
  /** A small pool of the test's own (application_name `fault-test`). */
  db: Pool;
  count(sql: string, params?: unknown[]): Promise<number>;
  startWorker(env?: Record<string, string>): Promise<ServerProcess>;
  startApi(env?: Record<string, string>): Promise<{ server: ServerProcess; url: string }>;
  /** kill -9 of the postmaster (pid from postmaster.pid); returns when every Postgres process is gone. */
  killPostgres(): Promise<{ postmasterPid: number }>;
  startPostgres(): Promise<void>;
  /** SIGKILL of redis-server. */
  killRedis(): Promise<void>;
  /** Starts redis-server again on the same port with the same append-only file. */
  startRedis(): Promise<void>;
  /**
   * An online backup of the running Postgres into `target`: the documented
   * low-level base backup (pg_backup_start, a copy of the data directory,
   * pg_backup_stop, the WAL written meanwhile, and the backup label).
   */
  backupPostgres(target: string): Promise<void>;
  /** Another Postgres and an empty Redis started from a backup, for a restore; stopped with the stack. */
  startRestored(backupDir: string): Promise<{ databaseUrl: string; redisUrl: string; redisPort: number }>;
  /** Kills everything still running and removes the data. */
  stop(): Promise<void>;
}

export async function startFaultStack(name: string): Promise<FaultStack> {
  for (const built of Object.values(BUILT)) {
    if (!existsSync(resolve(root, built))) throw new Error(`${built} is missing: the fault tier runs the built servers (npm run test:faults builds them)`);
  }
  const dir = await mkdtemp(join(tmpdir(), `tc-fault-${name}-`));
  await chmod(dir, 0o755);
  const [pgPort, redisPort] = [await freePort(), await freePort()];
  const pgDir = join(dir, 'postgres');
  const queuePrefix = `f${randomBytes(4).toString('hex')}`;
  const servers: ServerProcess[] = [];
  const extraStops: Array<() => Promise<void>> = [];
  let postgres: RunningPostgres | undefined;
  let redis: RunningRedis | undefined;

  const startPg = async () => {
    // Durable (fsync and synchronous commit on): a receipt given must survive kill -9.
    postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, database: 'faults', fast: false });
  };
  const startRd = async () => {
    redis = await startRedisServer({ dataDir: join(dir, 'redis'), port: redisPort, persistent: true });
  };
  const postmasterPid = (): number | undefined => {
    const file = join(pgDir, 'postmaster.pid');
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return pid > 0 && alive(pid) ? pid : undefined;
  };

  const killPostgres = async () => {
    const pid = postmasterPid();
    if (!pid) throw new Error('Postgres is not running');
    const runner = parentOf(pid);
    const backends = childrenOf(pid);
    process.kill(pid, 'SIGKILL');
    // Backends notice their postmaster died and exit; any still there after 3 s are killed too.
    await until(() => backends.every((b) => !alive(b)), 3_000);
    backends.forEach((b) => killQuietly(b));
    await until(() => !alive(pid) && backends.every((b) => !alive(b)), 5_000);
    // The embedded-postgres runner only supervised the server; it cannot stop a dead one, so it goes too.
    if (runner && runner !== process.pid) killQuietly(runner);
    postgres = undefined;
    return { postmasterPid: pid };
  };

  const spawnServer = (kind: 'api' | 'worker', env: Record<string, string>): ServerProcess => {
    const child = spawn(process.execPath, [BUILT[kind]], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        // The machine's environment, as any process started here gets it (a clock moved by
        // libfaketime's LD_PRELOAD included); then the stack's own settings.
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: postgres?.url ?? databaseUrl,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        QUEUE_PREFIX: queuePrefix,
        AUTH_SECRET: randomBytes(32).toString('base64url'),
        LOG_LEVEL: 'warn',
        ...env,
      },
    });
    const server = new ServerProcess(kind, child, join(dir, `${kind}.log`));
    servers.push(server);
    return server;
  };

  await startPg();
  await startRd();
  const databaseUrl = postgres!.url;
  await runMigrations(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'fault-test', connectionTimeoutMillis: 5_000 });
  // A connection of this pool dropped by a Postgres kill must not crash the test.
  pool.on('error', () => undefined);

  const stack: FaultStack = {
    dir,
    databaseUrl,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    redisPort,
    queuePrefix,
    db: pool,
    count: async (sql, params = []) => Number((await pool.query(sql, params)).rows[0].n),
    startWorker: async (env = {}) => {
      const worker = spawnServer('worker', env);
      await worker.waitFor('worker ready', 90_000);
      return worker;
    },
    startApi: async (env = {}) => {
      const port = await freePort();
      const api = spawnServer('api', { PORT: String(port), HOST: '127.0.0.1', ...env });
      await api.waitFor('API listening', 90_000);
      return { server: api, url: `http://127.0.0.1:${port}` };
    },
    killPostgres,
    startPostgres: startPg,
    killRedis: async () => {
      const current = redis;
      if (!current || current.process.exitCode !== null) throw new Error('Redis is not running');
      const exited = new Promise((r) => current.process.once('exit', r));
      process.kill(current.process.pid!, 'SIGKILL');
      await exited;
      redis = undefined;
    },
    startRedis: startRd,
    backupPostgres: async (target) => {
      const client = new Client({ connectionString: databaseUrl, application_name: 'fault-backup' });
      await client.connect();
      try {
        await client.query(`SELECT pg_backup_start('fault-tier', true)`);
        // Files change while they are copied (that is what the WAL replay after the label fixes): tar's status 1 says so.
        copyTree(pgDir, target, ['./postmaster.pid', './postmaster.opts', './pg_wal/*']);
        const { rows } = await client.query(`SELECT labelfile FROM pg_backup_stop(true)`);
        copyTree(join(pgDir, 'pg_wal'), join(target, 'pg_wal'), []);
        writeFileSync(join(target, 'backup_label'), rows[0].labelfile);
        execFileSync('chown', ['-R', `--reference=${pgDir}`, target]);
        execFileSync('chmod', ['0700', target]);
      } finally {
        await client.end();
      }
    },
    startRestored: async (backupDir) => {
      const restored = await startEmbeddedPostgres({ dataDir: backupDir, port: await freePort(), database: 'faults', fast: false });
      extraStops.push(() => restored.stop());
      const port = await freePort();
      const emptyRedis = await startRedisServer({ dataDir: join(dir, `redis-restored-${port}`), port, persistent: true });
      extraStops.push(() => emptyRedis.stop());
      return { databaseUrl: restored.url, redisUrl: emptyRedis.url, redisPort: port };
    },
    stop: async () => {
      for (const stopOne of extraStops.reverse()) await stopOne().catch(() => undefined);
      for (const server of servers) await server.kill().catch(() => undefined);
      await pool.end().catch(() => undefined);
      if (redis && redis.process.exitCode === null) {
        const exited = new Promise((r) => redis!.process.once('exit', r));
        killQuietly(redis.process.pid!);
        await exited;
      }
      if (postmasterPid()) await killPostgres().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return stack;
}
