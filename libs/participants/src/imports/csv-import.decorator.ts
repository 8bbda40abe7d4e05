import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, Permission } from '@app/auth';
import { Idempotent } from '@app/core';
import { ImportReportDto } from './dto/import-report.dto';

/**
 * One import route: `POST …/imports/{kind}` with the CSV file as the body,
 * 200 with the report (a dry run answers as the real run does), for those
 * holding `data.import`, repeatable with the same Idempotency-Key.
 */
export function CsvImport(kind: string, summary: string): MethodDecorator {
  return applyDecorators(
    Post(kind),
    Idempotent(),
    HttpCode(200),
    Allow(Permission.DataImport),
    ApiOperation({ summary }),
    ApiConsumes('text/csv'),
    ApiBody({ schema: { type: 'string', format: 'binary' } }),
    ApiOkResponse({ type: ImportReportDto }),
  );
}
