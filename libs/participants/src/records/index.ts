export * from './record-rules';
export * from './ledger-balance';
export * from './participant-records.module';
export * from './ledger.service';
export * from './milestones.service';
export * from './admitted-use.service';
export * from './case-notes.service';
