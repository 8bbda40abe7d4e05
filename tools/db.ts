/**
 * Schema commands for developers: `npm run migration:run|revert|check|generate`.
 * Against DATABASE_URL when set, otherwise against the embedded Postgres of `npm start`.
 */
import { spawnSync } from 'node:child_process';
import { startStack } from './services/embedded-stack';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const stack = await startStack(process.env, (line) => console.log(line), { redis: false });
  try {
    const result = spawnSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    process.exitCode = result.status ?? 1;
  } finally {
    await stack.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
