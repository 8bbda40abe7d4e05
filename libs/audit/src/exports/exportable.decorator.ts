import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiProduces, ApiQuery } from '@nestjs/swagger';
import { CSV_MEDIA_TYPE, EXPORT_FORMATS, EXPORT_SPEC, type ExportSpec, XLSX_MEDIA_TYPE } from './export-spec';
import { ExportInterceptor } from './export.interceptor';

/**
 * The route's answer as CSV or XLSX on `?format=csv|xlsx` (or `Accept: text/csv`
 * / the XLSX media type), through the same handler: its authorization, court
 * scope, consent filtering and audit apply unchanged, and the export itself is
 * audited.
 */
export const Exportable = (spec: ExportSpec) =>
  applyDecorators(
    SetMetadata(EXPORT_SPEC, spec),
    UseInterceptors(ExportInterceptor),
    ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'Download as CSV (UTF-8 with BOM) or XLSX instead of JSON' }),
    ...(spec.sheets.length > 1
      ? [ApiQuery({ name: 'table', required: false, enum: spec.sheets.map((s) => s.name), description: 'For CSV, which table (default: the first); XLSX has one sheet each' })]
      : []),
    ApiProduces('application/json', CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE),
  );
