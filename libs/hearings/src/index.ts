export * from './court-session.entity';
export * from './hearing.entity';
export * from './hearing-outcome.entity';
export * from './hearings.service';
export * from './hearings.module';
