export * from './drug-test-result.entity';
