import { useTestDataSource } from '../../../test/support/test-data-source';
import { MIGRATIONS } from '../../../migrations';
import { withDataSource } from '../../../apps/cli/src/migrations';
import { schemaDrift } from './schema-drift';

/** CI fails here when an entity changed without a migration (or a migration is not listed). */
describe('schema: entities and migrations agree', () => {
  const suite = useTestDataSource();
  const ds = () => suite.dataSource;

  it('needs no SQL beyond the migrations', async () => {
    expect((await schemaDrift(ds())).up).toEqual([]);
  });

  it('every migration reverts and re-applies cleanly', async () => {
    const applied = MIGRATIONS.length;
    for (let i = 0; i < applied; i++) await ds().undoLastMigration({ transaction: 'each' });
    const [{ count }] = await ds().query(`SELECT count(*)::int AS count FROM schema_migrations`);
    expect(count).toBe(0);
    await ds().runMigrations({ transaction: 'each' });
    expect((await schemaDrift(ds())).up).toEqual([]);
  });

  it('migrates without the requests’ 30-second limits, which would stop a backfill of a large court halfway', async () => {
    const [{ statement_timeout }] = await withDataSource(suite.db.url, (migrating) => migrating.query(`SHOW statement_timeout`));
    expect(statement_timeout).toBe('0');
  });
});
