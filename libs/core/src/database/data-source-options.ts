import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The entity classes and migrations that make up the schema, listed explicitly (no globs). */
export interface SchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * The one set of DataSource options, used by the apps, the migration CLI and
 * the tests. The schema only ever changes through migrations.
 */
export function dataSourceOptions(url: string, schema: SchemaDefinition, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into Postgres 13+: no extension to install,
    // so the application's role needs no CREATE privilege on the database.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Times are stored as timestamptz and read as UTC instants.
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      // A query that hangs on a dead server fails instead of holding the request forever.
      query_timeout: 30_000,
      // …and the server stops it too: query_timeout only makes the client give
      // up, while the abandoned statement went on holding a connection and the
      // CPU (a statewide measure kept running for minutes after its request failed).
      statement_timeout: 30_000,
      application_name: 'treatment-court',
    },
  };
}
