export * from './participant.entity';
