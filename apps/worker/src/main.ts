import 'reflect-metadata';
import { loadConfig, preflight } from '@app/core';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  await createWorker(config);
  console.log('worker ready: processing queues and relaying the outbox');
}

main().catch((error: Error) => {
  const expected = ['ConfigError', 'DependencyUnreachableError'].includes(error.name) || /maxmemory-policy|handler for job/.test(error.message);
  console.error(expected ? `worker: ${error.message}` : error);
  process.exit(1);
});
