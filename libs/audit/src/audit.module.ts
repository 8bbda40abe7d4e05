import { Module } from '@nestjs/common';
import { AuditChainVerifier } from './audit-log/audit-chain-verifier';
import { AuditLogReader } from './audit-log/audit-log-reader';
import { AuditService } from './audit-log/audit.service';
import { ConsentsService } from './consents/consents.service';
import { RedisclosureNoticeService } from './consents/redisclosure-notice.service';

/**
 * The audit log and consents: services only, so the access layer can use
 * them without a cycle. Their HTTP routes live in `AuditHttpModule`
 * (`@app/audit/http`), which sits above the access layer.
 */
@Module({
  providers: [AuditService, AuditChainVerifier, AuditLogReader, ConsentsService, RedisclosureNoticeService],
  exports: [AuditService, AuditChainVerifier, AuditLogReader, ConsentsService, RedisclosureNoticeService],
})
export class AuditModule {}
