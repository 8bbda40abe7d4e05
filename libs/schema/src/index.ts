export * from './schema';
export * from './schema-drift';
