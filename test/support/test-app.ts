import { Test } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, Clock, configureHttp, createFastifyAdapter } from '@app/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { ProbeController, UndeclaredProbeController } from './probe.controller';

/** The API as production builds it, plus the test-only probe routes, ready for `inject`. */
export async function createTestApi(config: AppConfig, clock?: Clock): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, clock })],
    controllers: [ProbeController, UndeclaredProbeController],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config), { bufferLogs: true });
  await configureHttp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
