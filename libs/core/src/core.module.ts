import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { Clock } from './clock/clock';
import { ClockModule } from './clock/clock.module';
import { SchemaDefinition } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { I18nModule } from './i18n/i18n.module';
import { LoggingModule } from './logging/logging.module';
import { ServiceName } from './logging/pino';
import { RedisModule } from './redis/redis.module';

export interface CoreModuleOptions {
  service: ServiceName;
  schema: SchemaDefinition;
  /** Validated configuration; read from the environment when omitted. */
  config?: AppConfig;
  /** Source of "now"; the system clock when omitted (tests pass a TestClock). */
  clock?: Clock;
}

/** What every process of the system stands on: config, clock, logs, the database, Redis and the message catalogues. */
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(options.config),
        ClockModule.forRoot(options.clock),
        LoggingModule.forRoot(options.service),
        DatabaseModule.forRoot(options.schema),
        RedisModule,
        I18nModule,
      ],
    };
  }
}
