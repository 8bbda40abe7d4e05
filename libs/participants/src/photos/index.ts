export * from './participant-photo.entity';
export * from './participant-photos.module';
