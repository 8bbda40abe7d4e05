import { Module } from '@nestjs/common';
import { AuditService } from './audit-log/audit.service';

/** The audit log and consents: services only, so the access layer can use them without a cycle. */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
