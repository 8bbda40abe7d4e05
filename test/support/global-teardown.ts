import type { ScratchStack } from '../../tools/services/scratch-stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_SERVICES__?: ScratchStack }).__TEST_SERVICES__?.stop();
}
