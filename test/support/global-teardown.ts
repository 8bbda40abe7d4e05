import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __TEST_SERVICES__?: { postgres: { stop(): Promise<void> }; redis: { stop(): Promise<void> }; dir: string } })
    .__TEST_SERVICES__;
  if (!services) return;
  await services.redis.stop();
  await services.postgres.stop();
  await rm(services.dir, { recursive: true, force: true });
}
