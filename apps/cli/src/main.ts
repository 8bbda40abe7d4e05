import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Clock, loadConfig, loadDatabaseConfig, loadPublicUrl, SystemClock } from '@app/core';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { CliModule } from './cli.module';
import { auditVerify } from './audit-verify';
import { createAdministrator, parseCreateAdminArgs } from './create-admin';
import { describeAppLogin, ensureAppLogin } from './database-roles';
import { checkDrift, generateMigration, revertLastMigration, runMigrations, withDataSource } from './migrations';
import { demoTotpCode } from './seed/access.seeder';
import { DEMO_SEEDERS } from './seed/demo-seeders';
import { runDemoSeed } from './seed/run-demo-seed';

const USAGE = `usage: cli <command>
  migrate             apply pending migrations
  migrate:revert      revert the last applied migration
  migrate:check       fail when the entities need SQL that no migration has (drift)
  migrate:generate N  write migrations/<ms>-N.ts from the difference
  audit:verify [--heads FILE ...] [--export-heads FILE] [ID:HASH ...]
                      re-check the audit log's hash chains (one per court, one for system rows, and the
                      single chain from before them); report each, fail naming the first altered or
                      missing row of each broken chain. Each head recorded earlier (ID:HASH, or every
                      line of a FILE written by --export-heads) must still be in its chain, unchanged.
                      --export-heads writes today's heads to a new FILE (- : standard output, the report
                      then on standard error), to keep outside the database
  create-admin --username NAME [--display-name "Full Name"] [--email ADDRESS]
                      create a system administrator with no password and print a one-time
                      activation link (24 hours; PUBLIC_URL is its base) through which its owner
                      sets their own: how a production install gets its first administrator
  seed                seed the demo data into an empty, non-production database
  demo-logins         print the demo logins
  demo-totp           print the current second-factor code of the demo accounts that need one
                      (sysadmin, courtadmin, judge, judge2), for scripts and for trying the demo`;

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

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case 'migrate': {
      // As the tables' owner; then the application's login role (DATABASE_URL) joins tc_app.
      const database = loadDatabaseConfig();
      const applied = await runMigrations(database.migrationUrl);
      console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'schema is up to date');
      console.log(describeAppLogin(await ensureAppLogin(database.migrationUrl, database.url)));
      return;
    }
    case 'migrate:revert':
      await revertLastMigration(loadDatabaseConfig().migrationUrl);
      console.log('reverted the last migration');
      return;
    case 'migrate:check': {
      const drift = await checkDrift(loadDatabaseConfig().migrationUrl);
      if (drift.length > 0) {
        console.error(`entities and migrations disagree; a migration is missing for:\n${drift.join(';\n')}`);
        process.exitCode = 1;
      } else console.log('entities and migrations agree');
      return;
    }
    case 'migrate:generate': {
      if (!args[0]) throw new Error('migrate:generate needs a PascalCase name');
      const file = await generateMigration(loadDatabaseConfig().migrationUrl, args[0], resolve('migrations'));
      console.log(file ? `wrote ${file}; add it to migrations/index.ts` : 'no changes: entities and migrations agree');
      return;
    }
    case 'audit:verify':
      // Reads only: as the application's role.
      if (!(await auditVerify(loadDatabaseConfig().url, args, { log: console.log, error: console.error, write: (text) => process.stdout.write(text) }))) process.exitCode = 1;
      return;
    case 'create-admin': {
      const input = parseCreateAdminArgs(args);
      const publicUrl = loadPublicUrl();
      const created = await withDataSource(loadDatabaseConfig().url, (dataSource) => createAdministrator(dataSource, new SystemClock(), publicUrl, input));
      console.log(`system administrator ${created.username} created, with no password yet.`);
      console.log(`Give its owner this one-time activation link (it is shown only now, and works until ${created.expiresAt.toISOString()}):`);
      console.log(created.url);
      return;
    }
    case 'seed':
      return seed();
    case 'demo-logins':
      for (const login of DEMO_SEEDERS.flatMap((s) => s.logins)) console.log(`${login.who}: ${login.credentials}`);
      return;
    case 'demo-totp':
      console.log(demoTotpCode(new Date()));
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
