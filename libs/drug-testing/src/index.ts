export * from './entities/drug-test-result.entity';
export * from './entities/testing-site.entity';
export * from './entities/draw.entity';
export * from './entities/call-in.entity';
export * from './entities/collection.entity';
export * from './entities/testing-order.entity';
export * from './entities/system-outage.entity';
