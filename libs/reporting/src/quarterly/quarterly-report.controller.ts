import { Controller, Get, Header, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Matches } from 'class-validator';
import { QuarterlyReportService } from './quarterly-report.service';

export class QuarterlyReportQueryDto {
  @ApiProperty({ example: '2026-Q3', description: 'The calendar quarter, YYYY-Qn; one under way is reported up to today' })
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'quarter must be written YYYY-Qn, e.g. 2026-Q3' })
  quarter: string;
}

@ApiTags('measures')
@Controller()
export class QuarterlyReportController {
  constructor(private readonly reports: QuarterlyReportService) {}

  @Get('courts/:courtId/reports/quarterly')
  @Allow(Permission.MeasuresRead)
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'The quarterly report for the court’s funder as one PDF in the court’s language: testing, time to results, swiftness, phases and outcomes (by race and ethnicity too), from the same figures as the measures screens; counts of 1 to 4 read "<5"',
  })
  @ApiOkResponse({ description: 'A PDF document', schema: { type: 'string', format: 'binary' } })
  async quarterly(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: QuarterlyReportQueryDto,
  ): Promise<StreamableFile> {
    const pdf = await this.reports.render(principal, courtId, query.quarter);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="quarterly-report-${query.quarter}.pdf"` });
  }
}
