import { Module } from '@nestjs/common';
import { AuditModule } from '../audit.module';
import { AuditEventsController } from './audit-events.controller';
import { AuditLogApiService } from './audit-log-api.service';
import { ConsentsApiService } from './consents-api.service';
import { ConsentsController } from './consents.controller';

/**
 * The audit log's and consents' HTTP routes. Separate from `AuditModule`
 * because these use the access layer (`@app/auth`, global), which itself
 * depends on `AuditModule`.
 */
@Module({
  imports: [AuditModule],
  controllers: [AuditEventsController, ConsentsController],
  providers: [AuditLogApiService, ConsentsApiService],
})
export class AuditHttpModule {}
