import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, SchemaDefinition } from './data-source-options';

/** The application's one DataSource, built from the validated config and the schema listing. */
@Module({})
export class DatabaseModule {
  static forRoot(schema: SchemaDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.database.url, schema, config.database.poolSize),
            // Reachability is checked before start-up with a clear message; no silent retry loop here.
            retryAttempts: 0,
          }),
        }),
      ],
    };
  }
}
