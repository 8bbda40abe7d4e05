export * from './audit-log/audit-event.entity';
export * from './consents/consent.entity';
export * from './consents/consent-signature.entity';
export * from './consents/consent-terms';
export * from './consents/consent-status';
export * from './consents/consents.service';
export * from './consents/redisclosure-notice.service';
export * from './audit-log/audit.service';
export * from './audit-log/audit-chain-verifier';
export * from './audit-log/chain-heads-file';
export * from './audit-log/audit-log-reader';
export * from './audit-log/audit-actions';
export * from './audit.module';
// Never export ./http from here: it imports @app/auth, which imports this barrel.
export * from './exports/export-spec';
export * from './exports/export-table';
export * from './exports/exportable.decorator';
