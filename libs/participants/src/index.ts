export * from './participant-status';
export * from './entities/participant.entity';
export * from './entities/history.entities';
export * from './entities/screening.entities';
export * from './entities/record.entities';
export * from './participants.module';
export * from './participants.service';
