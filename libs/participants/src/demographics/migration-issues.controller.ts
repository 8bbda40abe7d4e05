import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Exportable } from '@app/audit';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent } from '@app/core';
import { DemographicMigrationIssueDto, DemographicMigrationIssuesDto, MigrationIssuesQueryDto } from './dto/migration-issue.dto';
import { MIGRATION_ISSUES_EXPORT } from './migration-issues.export';
import { MigrationIssuesService } from './migration-issues.service';

@ApiTags('demographics')
@Controller('courts/:courtId/demographics/migration-issues')
export class MigrationIssuesController {
  constructor(private readonly issues: MigrationIssuesService) {}

  @Get()
  @Allow(Permission.DemographicsReview)
  @Exportable(MIGRATION_ISSUES_EXPORT)
  @ApiOperation({
    summary:
      'The free-text gender, race and ethnicity recorded before the answers were codes that did not map to a code, with the original text; open ones by default. Correcting the participant’s demographics resolves them',
  })
  @ApiOkResponse({ type: DemographicMigrationIssuesDto })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: MigrationIssuesQueryDto,
  ): Promise<DemographicMigrationIssuesDto> {
    return this.issues.list(principal, courtId, query.state ?? 'open');
  }

  @Post(':issueId/resolve')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.DemographicsReview)
  @ApiOperation({ summary: 'Close an issue by hand (e.g. the participant would not answer again); closing a closed one changes nothing' })
  @ApiOkResponse({ type: DemographicMigrationIssueDto })
  resolve(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Param('issueId', ParseUUIDPipe) issueId: string,
  ): Promise<DemographicMigrationIssueDto> {
    return this.issues.resolve(principal, courtId, issueId);
  }
}
