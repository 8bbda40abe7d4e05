/**
 * `npm start`: the whole system on one machine. Starts (or uses) Postgres and
 * Redis, applies migrations, seeds the demo data into an empty database,
 * then runs the API and the worker until Ctrl-C, and stops everything cleanly.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pretty from 'pino-pretty';
import { EMBEDDED_DEFAULTS, startStack, Stack } from './services/embedded-stack';
import { MailCatcher, startMailCatcher } from './services/mail-catcher';

const log = (line: string) => console.log(`[start] ${line}`);
const STOP_TIMEOUT_MS = 20_000;

/**
 * The signing and encryption secret of the local system, made once and kept
 * in .data/ so that sign-ins and second factors survive a restart.
 */
function localAuthSecret(): string {
  const file = resolve(EMBEDDED_DEFAULTS.dataDir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(EMBEDDED_DEFAULTS.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function runCli(env: NodeJS.ProcessEnv, ...args: string[]): void {
  const result = spawnSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed`);
}

function startApp(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Structured JSON logs, made readable for a person at a terminal.
  const out = pretty({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', messageFormat: `[${name}] {msg}` });
  child.stdout!.pipe(out);
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the API exited during start-up (see its output above)');
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  let stack: Stack | undefined;
  let mail: MailCatcher | undefined;
  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping: API and worker first (active jobs finish), then Redis and Postgres…');
    await Promise.all(children.map(stopChild));
    await mail?.stop();
    await stack?.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    stack = await startStack(process.env, log);
    const port = process.env.PORT ?? '3000';
    // Email goes to a real SMTP server of our own unless a relay is configured.
    if (!process.env.SMTP_URL) mail = await startMailCatcher(resolve(EMBEDDED_DEFAULTS.dataDir, 'mail'), log);
    // The owner's URL goes to the migrate command only, never to the API or the worker.
    const { MIGRATION_DATABASE_URL: _owner, ...inherited } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      PORT: port,
      AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(),
      SMTP_URL: process.env.SMTP_URL ?? mail?.url,
    };
    log('applying migrations');
    runCli({ ...env, MIGRATION_DATABASE_URL: stack.migrationDatabaseUrl }, 'migrate');
    runCli(env, 'seed');
    const api = startApp('api', 'dist/apps/api/src/main.js', env);
    const worker = startApp('worker', 'dist/apps/worker/src/main.js', env);
    children.push(api, worker);
    for (const [name, child] of [['api', api], ['worker', worker]] as const) {
      child.once('exit', (code, signal) => {
        if (stopping) return;
        log(`${name} exited (${signal ?? `code ${code}`}); stopping the rest`);
        void shutdown(1);
      });
    }
    const url = `http://localhost:${port}`;
    await waitForHealth(url, api);
    const logins = spawnSync(process.execPath, ['dist/apps/cli/src/main.js', 'demo-logins'], { env }).stdout.toString().trim();
    console.log(
      [
        '',
        `  Treatment court system is running at ${url}`,
        `  API docs:  ${url}/api/docs      health: ${url}/health`,
        mail ? `  Email:     every email the system sends is kept in ${mail.dir} (local SMTP server ${mail.url})` : `  Email:     sent through ${process.env.SMTP_URL ? 'SMTP_URL' : 'nowhere'}`,
        `  Messages:  every email and text the demo produces at ${url}/administration/dev-outbox (sign in as courtadmin)`,
        logins ? `  Demo logins:\n${logins.split('\n').map((l) => `    ${l}`).join('\n')}` : '  Demo logins: none yet',
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`[start] ${(error as Error).message}`);
    await shutdown(1);
  }
}

void main();
