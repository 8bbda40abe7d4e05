import { DynamicModule, Global, Module } from '@nestjs/common';
import type pino from 'pino';
import { AppConfig } from '../config/app-config';
import { createPinoLogger, ServiceName } from './pino';
import { PinoNestLogger } from './pino-nest-logger';

export const PINO_LOGGER = Symbol('PINO_LOGGER');

/** Structured JSON logs (pino) for a process; `app.useLogger(app.get(PinoNestLogger))` routes Nest's logs there. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(service: ServiceName): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        { provide: PINO_LOGGER, inject: [AppConfig], useFactory: (config: AppConfig) => createPinoLogger(service, config.log.level) },
        { provide: PinoNestLogger, inject: [PINO_LOGGER], useFactory: (root: pino.Logger) => new PinoNestLogger(root) },
      ],
      exports: [PINO_LOGGER, PinoNestLogger],
    };
  }
}
