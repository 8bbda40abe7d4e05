export * from './violation.entity';
export * from './violation-recorder';
