export * from './violation.entity';
