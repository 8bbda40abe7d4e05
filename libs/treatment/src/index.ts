export * from './provider-referral.entity';
export * from './treatment-note.entity';
export * from './treatment.module';
export * from './provider-referrals.service';
export * from './treatment-notes.service';
export * from './treatment-attendance.entity';
export * from './treatment-attendance.service';
