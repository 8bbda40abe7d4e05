import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, Clock, configureHttp, createFastifyAdapter } from '@app/core';
import { ApiModule } from './api.module';
import { mountQueueDashboard } from './queue-dashboard';
import { mountWebApp } from './web-app';

/** Builds the API exactly as production runs it; tests call this too. */
export async function createApi(config: AppConfig, clock?: Clock): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot({ config, clock }), createFastifyAdapter(config), {
    bufferLogs: true,
  });
  await configureHttp(app);
  await mountQueueDashboard(app, config);
  await mountWebApp(app, config);
  return app;
}
