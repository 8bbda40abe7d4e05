/**
 * Schema commands for developers: `npm run migration:run|revert|check|generate`.
 * Against DATABASE_URL (migrations as MIGRATION_DATABASE_URL when set) when set, otherwise
 * against the embedded Postgres of `npm start` (migrations as its superuser).
 */
import { spawnSync } from 'node:child_process';
import { startStack } from './services/embedded-stack';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const stack = await startStack(process.env, (line) => console.log(line), { redis: false });
  try {
    const result = spawnSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: stack.databaseUrl, MIGRATION_DATABASE_URL: stack.migrationDatabaseUrl },
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
