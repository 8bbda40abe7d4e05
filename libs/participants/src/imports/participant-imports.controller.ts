import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@app/auth';
import { type Language, ReaderLanguage } from '@app/core';
import { CsvImport } from './csv-import.decorator';
import { ImportQueryDto, ImportReportDto } from './dto/import-report.dto';
import { ParticipantImportsService } from './participant-imports.service';

@ApiTags('imports')
@Controller('courts/:courtId/imports')
export class ParticipantImportsController {
  constructor(private readonly imports: ParticipantImportsService) {}

  @CsvImport('participants', 'Participants from a CSV file (the body, text/csv; columns in the README): a dry run by default, reporting every problem by line and column and writing nothing; with dryRun=false, all lines or none. Participants already in the court (by number) are left as they are')
  participants(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @ReaderLanguage() language: Language,
  ): Promise<ImportReportDto> {
    return this.imports.importParticipants(principal, courtId, csv, query.dryRun ?? true, language);
  }
}
