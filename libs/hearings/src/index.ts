export * from './hearing.entity';
export * from './hearings.service';
export * from './hearings.module';
