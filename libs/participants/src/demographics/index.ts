export * from './demographics';
export * from './demographic-migration-issue.entity';
export * from './demographic-input';
export * from './demographics.module';
