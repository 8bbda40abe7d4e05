export * from './audit-log/audit-event.entity';
export * from './consents/consent.entity';
export * from './consents/consent-terms';
export * from './audit-log/audit.service';
export * from './audit.module';
export * from './consents/redisclosure-notice.service';
