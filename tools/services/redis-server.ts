import { ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ensureSystemProgram } from './system-package';

export interface RedisOptions {
  dataDir: string;
  port: number;
  /** Keep an append-only file (the system's default); tests turn it off for speed. */
  persistent?: boolean;
  log?: (line: string) => void;
}

export interface RunningRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Finds redis-server, installing Debian's package when running as root on
 * Debian or Ubuntu; otherwise stops with one line saying how to install it.
 */
export function ensureRedisServer(log: (line: string) => void = console.log): string {
  return ensureSystemProgram({
    commands: ['redis-server'],
    debianPackage: 'redis-server',
    log,
    howToInstall:
      'redis-server is not installed: install it with `sudo apt-get install redis-server` (Debian/Ubuntu) or `brew install redis` (macOS), or set REDIS_URL to a running Redis.',
  });
}

/**
 * Starts a real redis-server bound to 127.0.0.1, with the settings BullMQ
 * needs: append-only persistence and `maxmemory-policy noeviction`.
 */
export async function startRedisServer(options: RedisOptions): Promise<RunningRedis> {
  const binary = ensureRedisServer(options.log);
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const args = [
    '--port', String(options.port),
    '--bind', '127.0.0.1',
    '--dir', dataDir,
    '--appendonly', options.persistent === false ? 'no' : 'yes',
    '--appendfsync', 'everysec',
    '--save', '',
    '--maxmemory-policy', 'noeviction',
    '--daemonize', 'no',
    '--protected-mode', 'yes',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolveReady, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n').filter(Boolean)) options.log?.(line);
      if (text.includes('Ready to accept connections')) resolveReady();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited with code ${code} before it was ready on port ${options.port}:\n${output.slice(-2000)}`)),
    );
    child.once('error', reject);
  });
  return {
    url: `redis://127.0.0.1:${options.port}`,
    port: options.port,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
