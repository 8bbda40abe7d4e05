import { parse } from 'csv-parse/sync';
import type { ImportProblem } from './participant-import-format';

/** A CSV file as header and data lines, each with the line a text editor shows it on. */
export interface CsvFile {
  header: string[];
  records: Array<{ line: number; fields: string[] }>;
}

/**
 * Reads an import file: UTF-8 CSV, a byte-order mark allowed, empty lines
 * skipped. A file that cannot be read, or has no header, is one problem.
 */
export function readCsvFile(csv: string): CsvFile | ImportProblem {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { line, column: null, code: 'unreadable', params: { reason: (error as Error).message } };
  }
  if (records.length === 0) return { line: 1, column: null, code: 'empty-file' };
  // The line a record ends on, as a text editor counts them (a quoted field may span lines).
  return { header: records[0].record, records: records.slice(1).map((r) => ({ line: r.info.lines, fields: r.record })) };
}
