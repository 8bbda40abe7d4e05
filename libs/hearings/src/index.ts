export * from './hearing.entity';
