import { Module } from '@nestjs/common';
import { AuditService } from './audit-log/audit.service';
import { RedisclosureNoticeService } from './consents/redisclosure-notice.service';

/** The audit log and consents: services only, so the access layer can use them without a cycle. */
@Module({
  providers: [AuditService, RedisclosureNoticeService],
  exports: [AuditService, RedisclosureNoticeService],
})
export class AuditModule {}
