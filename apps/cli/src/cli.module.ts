import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, Clock, CoreModule } from '@app/core';
import { QueueModule } from '@app/queue';
import { SCHEMA } from '@app/schema';

/** The domain services without HTTP, for commands such as seeding the demo data. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot({ service: 'cli', schema: SCHEMA, config, clock }), QueueModule],
    };
  }
}
