import { dataSourceOptions } from '@app/core';
import { SCHEMA, schemaDrift } from '@app/schema';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const options = dataSourceOptions(url, SCHEMA, 2);
  // A migration's backfill reads and rewrites whole tables (a state's two million collections): the 30-second
  // limits that keep a request from hanging would stop it halfway, on every deploy to a large court.
  const dataSource = new DataSource({ ...options, extra: { ...options.extra, query_timeout: undefined, statement_timeout: 0 }, logging: ['error'] });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name));
}

export function revertLastMigration(url: string): Promise<void> {
  return withDataSource(url, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
}

/** Migrates, then reports the SQL still needed to match the entities (none when they agree). */
export function checkDrift(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'each' });
    return (await schemaDrift(dataSource)).up;
  });
}

/** Writes migrations/<epoch-ms>-<Name>.ts with the SQL that brings the schema up to the entities. */
export function generateMigration(url: string, name: string, directory: string): Promise<string | undefined> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('A migration name is PascalCase, e.g. AddHearings');
  return withDataSource(url, async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'each' });
    const { up, down } = await schemaDrift(dataSource);
    if (up.length === 0) return undefined;
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(\`${q.replace(/`/g, '\\`')}\`);`).join('\n');
    const file = join(directory, `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down.reverse())}
  }
}
`,
    );
    return file;
  });
}
