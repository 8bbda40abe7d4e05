import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@app/auth';
import { type Language, ReaderLanguage } from '@app/core';
import { CsvImport } from './csv-import.decorator';
import { ImportQueryDto, ImportReportDto } from './dto/import-report.dto';
import type { HistoryKind } from './history-import-format';
import { HistoryImportsService } from './history-imports.service';

const HISTORY =
  'a dry run by default, reporting every problem by line and column and writing nothing; with dryRun=false, all lines or none. ' +
  'Records already imported (by participant number and source_id) are left as they are. Imported records are history: no clock, alert, message or violation follows from them';

/** A court's history from its earlier records, one route a kind of record (columns in the README). */
@ApiTags('imports')
@Controller('courts/:courtId/imports')
export class HistoryImportsController {
  constructor(private readonly imports: HistoryImportsService) {}

  private run(principal: Principal, courtId: string, kind: HistoryKind, query: ImportQueryDto, csv: unknown, language: Language): Promise<ImportReportDto> {
    return this.imports.importHistory(principal, courtId, kind, csv, query.dryRun ?? true, language);
  }

  @CsvImport('drug-tests', `Drug tests and their results from a CSV file (the body, text/csv): ${HISTORY}`)
  drugTests(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @ReaderLanguage() language: Language,
  ): Promise<ImportReportDto> {
    return this.run(principal, courtId, 'drug-tests', query, csv, language);
  }

  @CsvImport('violations', `Closed violations (answered or dismissed) from a CSV file (the body, text/csv): ${HISTORY}`)
  violations(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @ReaderLanguage() language: Language,
  ): Promise<ImportReportDto> {
    return this.run(principal, courtId, 'violations', query, csv, language);
  }

  @CsvImport('responses', `Incentives, sanctions and service responses from a CSV file (the body, text/csv): ${HISTORY}`)
  responses(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @ReaderLanguage() language: Language,
  ): Promise<ImportReportDto> {
    return this.run(principal, courtId, 'responses', query, csv, language);
  }

  @CsvImport('criminal-history', `Arrests and convictions from a records system's CSV file (the body, text/csv), counted by the outcome measures: ${HISTORY}`)
  criminalHistory(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @ReaderLanguage() language: Language,
  ): Promise<ImportReportDto> {
    return this.run(principal, courtId, 'criminal-history', query, csv, language);
  }

  @CsvImport('hearings', `Hearings held, with attendance and outcome, from a CSV file (the body, text/csv): ${HISTORY}`)
  hearings(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @ReaderLanguage() language: Language,
  ): Promise<ImportReportDto> {
    return this.run(principal, courtId, 'hearings', query, csv, language);
  }
}
