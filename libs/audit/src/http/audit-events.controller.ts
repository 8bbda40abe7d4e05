import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { AuditLogApiService } from './audit-log-api.service';
import { AccessLogPageDto, AuditEventPageDto } from './dto/audit-event.dto';
import { AuditEventQueryDto } from './dto/audit-event-query.dto';
import { AuditPageQueryDto } from './dto/audit-page-query.dto';
import { Exportable } from '../exports/exportable.decorator';
import { AUDIT_LOG_EXPORT } from './audit-log.export';

@ApiTags('audit')
@Controller()
export class AuditEventsController {
  constructor(private readonly auditLog: AuditLogApiService) {}

  @Get('audit-events')
  @Allow(Permission.AuditRead)
  @Exportable(AUDIT_LOG_EXPORT)
  @ApiOperation({ summary: "The audit log of the caller's courts, newest first, by participant, user and time" })
  @ApiOkResponse({ type: AuditEventPageDto })
  search(@CurrentPrincipal() principal: Principal, @Query() query: AuditEventQueryDto): Promise<AuditEventPageDto> {
    return this.auditLog.search(principal, query);
  }

  @Get('participants/:id/access-log')
  @Allow(Permission.AccessLogRead)
  @ApiOperation({ summary: "Who accessed a participant's record, when, and on what basis (the participant's own, or a court administrator's view)" })
  @ApiOkResponse({ type: AccessLogPageDto })
  accessLog(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AuditPageQueryDto,
  ): Promise<AccessLogPageDto> {
    return this.auditLog.accessLog(principal, id, query);
  }
}
