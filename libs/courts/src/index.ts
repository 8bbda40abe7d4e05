export * from './court.entity';
export * from './court-holiday.entity';
export * from './provider-organisation.entity';
