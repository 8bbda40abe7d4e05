import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

export type SeedOutcome =
  | { seeded: true; seeders: string[] }
  | { seeded: false; reason: 'production' | 'not-empty'; detail: string };

/** Tables that hold no domain data and so do not make a database "not empty". */
const INFRASTRUCTURE_TABLES = new Set(['outbox_events']);

/** The first table that holds data, if any. */
export async function firstNonEmptyTable(dataSource: DataSource): Promise<string | undefined> {
  for (const metadata of dataSource.entityMetadatas) {
    if (INFRASTRUCTURE_TABLES.has(metadata.tableName)) continue;
    const [row] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${metadata.tableName}") AS present`);
    if (row.present) return metadata.tableName;
  }
  return undefined;
}

/**
 * Seeds the demo data, only into an empty database and never in production:
 * a court's real records must never sit next to invented ones.
 */
export async function runDemoSeed(
  app: INestApplicationContext,
  dataSource: DataSource,
  seeders: DemoSeeder[],
  options: { production: boolean; now: Date },
): Promise<SeedOutcome> {
  if (options.production) return { seeded: false, reason: 'production', detail: 'demo data is never seeded in production mode' };
  const occupied = await firstNonEmptyTable(dataSource);
  if (occupied) return { seeded: false, reason: 'not-empty', detail: `the database already holds data (table ${occupied})` };
  await dataSource.transaction(async (manager) => {
    for (const seeder of seeders) await seeder.seed({ app, manager, now: options.now });
  });
  return { seeded: true, seeders: seeders.map((s) => s.name) };
}
