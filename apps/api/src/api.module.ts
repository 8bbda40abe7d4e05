import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  ClockModule,
  ConfigModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  RateLimitModule,
  RedisModule,
} from '@app/core';
import { QueueModule } from '@app/queue';
import { SCHEMA } from '@app/schema';

export interface ApiModuleOptions {
  /** Validated configuration; read from the environment when omitted. */
  config?: AppConfig;
  /** Source of "now"; the system clock when omitted (tests pass a TestClock). */
  clock?: Clock;
}

/** The HTTP application: infrastructure plus the domain modules whose controllers it serves. */
@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(options.config),
        ClockModule.forRoot(options.clock),
        LoggingModule.forRoot('api'),
        DatabaseModule.forRoot(SCHEMA),
        RedisModule,
        RateLimitModule,
        QueueModule,
        HealthModule,
      ],
    };
  }
}
