export * from './provider-referral.entity';
export * from './treatment-note.entity';
