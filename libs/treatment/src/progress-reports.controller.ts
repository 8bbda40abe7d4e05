import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { CreateProgressReportDto, ProgressReportDto, ProgressReportListDto } from './dto/progress-report.dto';
import { ProgressReportsService } from './progress-reports.service';

@ApiTags('treatment')
@Controller('participants/:id/progress-reports')
export class ProgressReportsController {
  constructor(private readonly reports: ProgressReportsService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({ summary: "A provider's progress report on its open treatment episode with the participant; needs a consent covering treatment progress" })
  @ApiCreatedResponse({ type: ProgressReportDto })
  write(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateProgressReportDto): Promise<ProgressReportDto> {
    return this.reports.write(principal, id, body);
  }

  @Get()
  @Allow(Permission.TreatmentRead)
  @ApiOperation({ summary: 'Progress reports the caller’s consents cover, newest first, with the 42 CFR §2.32 notice' })
  @ApiOkResponse({ type: ProgressReportListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<ProgressReportListDto> {
    return this.reports.list(principal, id, language);
  }
}
