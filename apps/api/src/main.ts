import 'reflect-metadata';
import { loadConfig, preflight } from '@app/core';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  for (const warning of await preflight(config, { redis: 'optional' })) console.warn(`api: ${warning}`);
  const app = await createApi(config);
  await app.listen(config.http.port, config.http.host);
  console.log(`API listening on http://${config.http.host}:${config.http.port}${config.apiDocs ? ' (docs at /api/docs)' : ''}`);
}

main().catch((error: Error) => {
  // Configuration and reachability problems are one clear line; anything else keeps its stack.
  const expected = ['ConfigError', 'DependencyUnreachableError'].includes(error.name);
  console.error(expected ? `api: ${error.message}` : error);
  process.exit(1);
});
