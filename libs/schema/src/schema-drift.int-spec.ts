import { dataSourceOptions } from '@app/core';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-env';
import { MIGRATIONS } from '../../../migrations';
import { withDataSource } from '../../../apps/cli/src/migrations';
import { SCHEMA } from './schema';
import { schemaDrift } from './schema-drift';

/** CI fails here when an entity changed without a migration (or a migration is not listed). */
describe('schema: entities and migrations agree', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, SCHEMA, 2)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('needs no SQL beyond the migrations', async () => {
    expect((await schemaDrift(dataSource)).up).toEqual([]);
  });

  it('every migration reverts and re-applies cleanly', async () => {
    const applied = MIGRATIONS.length;
    for (let i = 0; i < applied; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM schema_migrations`);
    expect(count).toBe(0);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await schemaDrift(dataSource)).up).toEqual([]);
  });

  it('migrates without the requests’ 30-second limits, which would stop a backfill of a large court halfway', async () => {
    const [{ statement_timeout }] = await withDataSource(db.url, (migrating) => migrating.query(`SHOW statement_timeout`));
    expect(statement_timeout).toBe('0');
  });
});
