export * from './participant.entity';
export * from './participants.module';
export * from './participants.service';
