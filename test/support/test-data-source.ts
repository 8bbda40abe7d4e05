import { dataSourceOptions } from '@app/core';
import { SCHEMA } from '@app/schema';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from './test-env';

/**
 * A migrated database of the suite's own and a TypeORM DataSource on it,
 * opened before the suite's tests and dropped after them: for integration
 * tests of SQL, migrations and triggers that need no Nest application.
 * Read `db` and `dataSource` inside the tests (they exist once beforeAll ran).
 */
export function useTestDataSource(): { readonly db: TestDatabase; readonly dataSource: DataSource } {
  let db: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, SCHEMA, 2)).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });
  return {
    get db() {
      if (!db) throw new Error('the test database opens in beforeAll');
      return db;
    },
    get dataSource() {
      if (!dataSource) throw new Error('the test database opens in beforeAll');
      return dataSource;
    },
  };
}
