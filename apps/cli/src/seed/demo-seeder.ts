import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A login the demo data provides, printed by `npm start`. */
export interface DemoLogin {
  who: string;
  credentials: string;
}

/**
 * One module's part of the demo data. Each capability adds its seeder to
 * DEMO_SEEDERS, so the demo always shows everything that exists. Seeders run
 * in list order, in one transaction, through the modules' own services.
 */
export interface DemoSeeder {
  readonly name: string;
  /** The logins this seeder creates (stable across runs, so they can be printed on every start). */
  readonly logins: DemoLogin[];
  seed(context: { app: INestApplicationContext; manager: EntityManager; now: Date }): Promise<void>;
}
