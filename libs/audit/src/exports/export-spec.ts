import type { ExportSheet } from './export-table';

/** How a list answers in pages, so an export reads every page of the same read, one after the other. */
export type ExportPaging =
  /** `page`/`pageSize` in the query, `total` in the answer (the caseload). */
  | { kind: 'numbered'; pageSize: number }
  /** A cursor: `before` in the query, `nextBefore` in the answer, `limit` per page (the audit log). */
  | { kind: 'cursor'; limit: number };

/**
 * What a GET route gives as a spreadsheet. A route declares it with
 * `@Exportable(spec)`; its answer is turned into sheets by these columns, so a
 * new list or measure exports by declaring its sheets and their headers
 * (`libs/audit/src/exports/i18n`), with no code of its own.
 */
export interface ExportSpec {
  /** The file's name (`<name>-<date>.csv`) and the audit action (`export.<name>`). */
  name: string;
  sheets: readonly ExportSheet[];
  paging?: ExportPaging;
}

export const EXPORT_SPEC = 'export:spec';
export const CSV_MEDIA_TYPE = 'text/csv';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
