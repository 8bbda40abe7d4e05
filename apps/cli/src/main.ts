import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditChainVerifier, chainLabel } from '@app/audit';
import { Clock, loadConfig, loadDatabaseConfig } from '@app/core';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { CliModule } from './cli.module';
import { checkDrift, generateMigration, revertLastMigration, runMigrations, withDataSource } from './migrations';
import { DEMO_SEEDERS } from './seed/demo-seeders';
import { runDemoSeed } from './seed/run-demo-seed';

const USAGE = `usage: cli <command>
  migrate             apply pending migrations
  migrate:revert      revert the last applied migration
  migrate:check       fail when the entities need SQL that no migration has (drift)
  migrate:generate N  write migrations/<ms>-N.ts from the difference
  audit:verify [ID:HASH ...]
                      re-check the audit log's hash chains (one per court, one for system rows, and the
                      single chain from before them); report each, fail naming the first altered or
                      missing row of each broken chain (each ID:HASH, a head printed by an earlier run,
                      must still be in its chain)
  seed                seed the demo data into an empty, non-production database
  demo-logins         print the demo logins`;

async function seed(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const outcome = await runDemoSeed(app, app.get<DataSource>(getDataSourceToken()), DEMO_SEEDERS, {
      production: config.isProduction,
      now: app.get(Clock).now(),
    });
    console.log(outcome.seeded ? `demo data seeded (${outcome.seeders.join(', ') || 'nothing to seed yet'})` : `demo data not seeded: ${outcome.detail}`);
  } finally {
    await app.close();
  }
}

async function verifyAuditChain(args: string[]): Promise<void> {
  const anchors = args.map((arg) => {
    const match = /^(\d+):([0-9a-f]{64})$/i.exec(arg);
    if (!match) throw new Error(`audit:verify takes ID:HASH pairs (as printed by an earlier run), not ${arg}`);
    return { id: match[1], hash: match[2] };
  });
  const result = await withDataSource(loadDatabaseConfig().url, (dataSource) => new AuditChainVerifier(dataSource).verify({ anchors }));
  for (const chain of result.chains) {
    const line = `${chainLabel(chain)}: ${chain.rowsChecked} row(s)`;
    if (chain.ok) console.log(`${line} intact; head ${chain.headId === null ? 'none (empty)' : `${chain.headId}:${chain.headHash}`}`);
    else console.error(`${line} checked, TAMPERED: first broken row ${chain.firstBrokenId}: ${chain.problem}`);
  }
  const heads = result.chains.filter((c) => c.ok && c.headId !== null).map((c) => `${c.headId}:${c.headHash}`);
  if (result.ok) {
    console.log(`audit log intact: ${result.rowsChecked} row(s) in ${result.chains.length} chain(s) checked`);
    // Each chain proves no row changed after later ones were written; heads kept elsewhere
    // (and passed to a later run) also prove the rows up to them were not all rewritten since.
    console.log(`keep these heads (ID:HASH) outside this database and pass them to later runs:\n${heads.join(' ')}`);
  } else {
    console.error(`audit log TAMPERED: ${result.problem}`);
    console.error(`${result.rowsChecked} row(s) checked`);
    process.exitCode = 1;
  }
}

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case 'migrate': {
      const applied = await runMigrations(loadDatabaseConfig().url);
      console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'schema is up to date');
      return;
    }
    case 'migrate:revert':
      await revertLastMigration(loadDatabaseConfig().url);
      console.log('reverted the last migration');
      return;
    case 'migrate:check': {
      const drift = await checkDrift(loadDatabaseConfig().url);
      if (drift.length > 0) {
        console.error(`entities and migrations disagree; a migration is missing for:\n${drift.join(';\n')}`);
        process.exitCode = 1;
      } else console.log('entities and migrations agree');
      return;
    }
    case 'migrate:generate': {
      if (!args[0]) throw new Error('migrate:generate needs a PascalCase name');
      const file = await generateMigration(loadDatabaseConfig().url, args[0], resolve('migrations'));
      console.log(file ? `wrote ${file}; add it to migrations/index.ts` : 'no changes: entities and migrations agree');
      return;
    }
    case 'audit:verify':
      return verifyAuditChain(args);
    case 'seed':
      return seed();
    case 'demo-logins':
      for (const login of DEMO_SEEDERS.flatMap((s) => s.logins)) console.log(`${login.who}: ${login.credentials}`);
      return;
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: Error) => {
  console.error(error.name === 'ConfigError' ? `cli: ${error.message}` : error);
  process.exit(1);
});
