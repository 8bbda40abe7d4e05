import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor, StreamableFile } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, courtDateAt, isUuid, type Language, negotiateLanguage, ValidationFailedError } from '@app/core';
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { lastValueFrom, Observable, of } from 'rxjs';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../audit-log/audit.service';
import { columnHeader, sheetName } from './export-catalogue';
import { CSV_MEDIA_TYPE, EXPORT_FORMATS, EXPORT_SPEC, type ExportFormat, type ExportSpec, XLSX_MEDIA_TYPE } from './export-spec';
import { type Cell, cellOf, columnOf, csvLine, csvText, type ExportColumn, type ExportSheet, spreadsheetDate, valueAt } from './export-table';

/** The request as the auth guard left it (the principal's shape, without importing the access layer above us). */
type ExportRequest = FastifyRequest & {
  query: Record<string, unknown>;
  params: Record<string, string | undefined>;
  principal?: { memberships: ReadonlyArray<{ courtId: string }>; auditActor(courtId: string | null): AuditActor };
};

const UTF8_BOM = '\uFEFF';
const FALLBACK_ZONE = 'UTC';

/** A sheet's rows, one page at a time. */
type Pages = AsyncIterable<readonly unknown[]>;

/**
 * Turns an exportable route's answer into CSV or XLSX (see `@Exportable`).
 *
 * It runs the route's handler itself, page after page for a paged list (each
 * call goes through the route's own validation, access checks and audit,
 * exactly as a screen's request would), and streams rows out as the pages
 * come, so a court's whole caseload never sits in memory as one workbook.
 * The first page is read before any byte is sent, so a refusal (404, 403,
 * 422) is still an ordinary problem+json answer.
 */
@Injectable()
export class ExportInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ExportInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<ExportRequest>();
    const format = this.formatOf(request);
    if (!format) return next.handle();
    const spec = this.reflector.get<ExportSpec>(EXPORT_SPEC, context.getHandler());
    const sheets = this.sheetsFor(spec, format, request);
    const language = negotiateLanguage(request.headers['accept-language']);

    const pages = this.pagesOf(spec, request, next);
    const first = await pages.next();
    const firstBody = first.done ? undefined : first.value;
    const courtId = this.courtOf(request, firstBody);
    const zones = await this.zones(request, courtId);

    await this.recordExport(request, spec, format, courtId);

    const stream = new PassThrough();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    void reply.header('content-language', language);
    const fileName = `${spec.name}-${courtDateAt(this.clock.now(), zones.get(courtId ?? '') ?? FALLBACK_ZONE)}.${format}`;
    const bodies = (async function* () {
      if (firstBody !== undefined) yield firstBody;
      for (;;) {
        const page = await pages.next();
        if (page.done) return;
        yield page.value;
      }
    })();
    const rowsOf = (sheet: ExportSheet): Pages => (async function* () {
      for await (const body of bodies) yield sheet.rows(body);
    })();
    // A single-page answer is read once and serves every sheet; a paged list has one sheet.
    const produce =
      format === 'csv'
        ? this.writeCsv(stream, sheets[0], spec.paging ? rowsOf(sheets[0]) : once(sheets[0].rows(firstBody)), language, zones, courtId)
        : this.writeXlsx(stream, sheets, (sheet) => (spec.paging ? rowsOf(sheet) : once(sheet.rows(firstBody))), language, zones, courtId);
    produce.catch((error: unknown) => {
      // Headers are gone by now: the download ends short, and the log says why.
      this.logger.error({ err: error, export: spec.name }, 'export failed while streaming');
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return of(
      new StreamableFile(stream, {
        type: format === 'csv' ? `${CSV_MEDIA_TYPE}; charset=utf-8` : XLSX_MEDIA_TYPE,
        disposition: `attachment; filename="${fileName}"`,
      }),
    );
  }

  /** `?format=` wins over `Accept`; the parameter is taken out of the query, which the route's DTO would refuse as unknown. */
  private formatOf(request: ExportRequest): ExportFormat | null {
    const asked = request.query.format;
    if (asked !== undefined) {
      delete request.query.format;
      if (typeof asked === 'string' && (EXPORT_FORMATS as readonly string[]).includes(asked)) return asked as ExportFormat;
      throw new ValidationFailedError([{ field: 'format', message: `format must be one of: ${EXPORT_FORMATS.join(', ')}` }]);
    }
    const accept = String(request.headers.accept ?? '').toLowerCase();
    if (accept.startsWith(CSV_MEDIA_TYPE)) return 'csv';
    if (accept.startsWith(XLSX_MEDIA_TYPE)) return 'xlsx';
    return null;
  }

  private sheetsFor(spec: ExportSpec, format: ExportFormat, request: ExportRequest): readonly ExportSheet[] {
    const table = request.query.table;
    delete request.query.table;
    if (table === undefined) return spec.sheets;
    const chosen = spec.sheets.find((s) => s.name === table);
    if (!chosen || format !== 'csv') {
      throw new ValidationFailedError([{ field: 'table', message: `table must be one of: ${spec.sheets.map((s) => s.name).join(', ')}, with format csv` }]);
    }
    return [chosen];
  }

  /** The route's answers, one per page: the handler runs again for each, with the next page in its query. */
  private async *pagesOf(spec: ExportSpec, request: ExportRequest, next: CallHandler): AsyncGenerator<unknown> {
    const paging = spec.paging;
    if (!paging) {
      yield await lastValueFrom(next.handle());
      return;
    }
    if (paging.kind === 'numbered') {
      let seen = 0;
      for (let page = 1; ; page++) {
        request.query.page = String(page);
        request.query.pageSize = String(paging.pageSize);
        const body = (await lastValueFrom(next.handle())) as { items: unknown[]; total: number };
        yield body;
        seen += body.items.length;
        if (body.items.length === 0 || seen >= body.total) return;
      }
    }
    delete request.query.before;
    for (;;) {
      request.query.limit = String(paging.limit);
      const body = (await lastValueFrom(next.handle())) as { items: unknown[]; nextBefore: string | null };
      yield body;
      if (!body.nextBefore || body.items.length === 0) return;
      request.query.before = body.nextBefore;
    }
  }

  /** The court the export is of: the route's, the filter's, or the one court of the answer. */
  private courtOf(request: ExportRequest, body: unknown): string | null {
    const candidate = request.params.courtId ?? request.query.courtId ?? valueAt(body, 'courtId');
    return typeof candidate === 'string' && isUuid(candidate) ? candidate : null;
  }

  /** Time zones of the courts the rows can be of (the reader's courts), so each instant is written in its court's wall time. */
  private async zones(request: ExportRequest, courtId: string | null): Promise<Map<string, string>> {
    const ids = [...new Set([...(courtId ? [courtId] : []), ...(request.principal?.memberships ?? []).map((m) => m.courtId)])];
    const rows = (await this.dataSource.query(`SELECT id, time_zone FROM courts WHERE id = ANY($1::uuid[])`, [ids])) as Array<{ id: string; time_zone: string }>;
    return new Map(rows.map((r) => [r.id, r.time_zone]));
  }

  private zoneOf(row: unknown, zones: Map<string, string>, courtId: string | null): string {
    const own = valueAt(row, 'courtId');
    return zones.get(typeof own === 'string' ? own : (courtId ?? '')) ?? (zones.size === 1 ? [...zones.values()][0] : FALLBACK_ZONE);
  }

  private async recordExport(request: ExportRequest, spec: ExportSpec, format: ExportFormat, courtId: string | null): Promise<void> {
    if (!request.principal) return;
    const actor = request.principal.auditActor(courtId);
    const { page: _page, pageSize: _pageSize, limit: _limit, before: _before, ...filter } = request.query;
    await this.audit.record(actor, {
      courtId,
      action: `export.${spec.name}`,
      entityType: 'export',
      basis: `role:${actor.role}`,
      details: { format, filter, params: request.params },
    });
  }

  private cellsOf(row: unknown, columns: readonly ExportColumn[], zone: string): Cell[] {
    return columns.map((c) => cellOf(valueAt(row, c.key), c.type ?? 'auto', zone));
  }

  private async writeCsv(stream: PassThrough, sheet: ExportSheet, pages: Pages, language: Language, zones: Map<string, string>, courtId: string | null): Promise<void> {
    const columns = sheet.columns.map(columnOf);
    await write(stream, UTF8_BOM + csvLine(columns.map((c) => csvText({ type: 'text', value: columnHeader(language, c.label ?? c.key) }))));
    for await (const rows of pages) {
      let chunk = '';
      for (const row of rows) chunk += csvLine(this.cellsOf(row, columns, this.zoneOf(row, zones, courtId)).map(csvText));
      await write(stream, chunk);
    }
    stream.end();
  }

  private async writeXlsx(
    stream: PassThrough,
    sheets: readonly ExportSheet[],
    pagesOf: (sheet: ExportSheet) => Pages,
    language: Language,
    zones: Map<string, string>,
    courtId: string | null,
  ): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    for (const sheet of sheets) {
      const columns = sheet.columns.map(columnOf);
      const worksheet = workbook.addWorksheet(sheetName(language, sheet.name));
      worksheet.columns = columns.map((c) => ({ header: columnHeader(language, c.label ?? c.key), key: c.key, width: 18 }));
      worksheet.getRow(1).font = { bold: true };
      worksheet.getRow(1).commit();
      for await (const rows of pagesOf(sheet)) {
        for (const row of rows) {
          const cells = this.cellsOf(row, columns, this.zoneOf(row, zones, courtId));
          const added = worksheet.addRow(cells.map(xlsxValue));
          cells.forEach((cell, i) => {
            if (cell.type === 'date') added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
            if (cell.type === 'datetime') added.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
          });
          added.commit();
        }
      }
      worksheet.commit();
    }
    await workbook.commit();
  }
}

async function* once(rows: readonly unknown[]): Pages {
  yield rows;
}

/** Writes with back-pressure: a slow download slows the reading of pages, not the server's memory. */
function write(stream: PassThrough, text: string): Promise<void> {
  if (stream.write(text, 'utf8')) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', closed);
      resolve();
    };
    const closed = () => reject(new Error('the download was closed'));
    stream.once('drain', done);
    stream.once('close', closed);
  });
}

/** A cell as exceljs stores it: numbers and booleans as themselves, dates as dates, text as text (never a formula). */
function xlsxValue(cell: Cell): ExcelJS.CellValue {
  switch (cell.type) {
    case 'empty':
      return null;
    case 'date':
    case 'datetime':
      return spreadsheetDate(cell);
    default:
      return cell.value;
  }
}
