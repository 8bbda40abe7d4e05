import { DateTime } from 'luxon';

/**
 * The pure half of exports: which cells a row gives, with which type, and how
 * a cell is written in CSV. No Nest, no streams, so it is tested in microseconds.
 */

/** How a column's values are typed in a spreadsheet. `auto` decides from each value. */
export type ColumnType = 'auto' | 'text' | 'number' | 'boolean' | 'date' | 'datetime';

export interface ExportColumn {
  /** Dotted path into a row (`phase.position`); also the column's key in the header catalogue unless `label` says otherwise. */
  key: string;
  /** The header catalogue key, when the path is not a good one (`phase.position` → `phase`). */
  label?: string;
  type?: ColumnType;
}

export interface ExportSheet {
  /** The sheet's name in the catalogue (`sheets.<name>`), and its `?table=` name for CSV. */
  name: string;
  /** The rows of the route's answer that make this sheet (a method, so each spec may name its answer's type). */
  rows(body: unknown): readonly unknown[];
  columns: ReadonlyArray<string | ExportColumn>;
}

/** A cell as both writers need it: its type, its value, and a date-time already in the court's wall time. */
export type Cell =
  | { type: 'empty' }
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: string }
  | { type: 'datetime'; value: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const columnOf = (column: string | ExportColumn): ExportColumn => (typeof column === 'string' ? { key: column } : column);

export function valueAt(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * One value as a cell. Instants become the court's wall time (`YYYY-MM-DD
 * HH:mm`), since a spreadsheet has no time zones and a court reads its own
 * clock; calendar dates stay the court's dates. Arrays are joined, objects
 * have no cell (a column names the scalar it wants).
 */
export function cellOf(value: unknown, type: ColumnType, zone: string): Cell {
  if (value === null || value === undefined || value === '') return { type: 'empty' };
  if (Array.isArray(value)) return cellOf(value.map(String).join(', '), type === 'auto' ? 'text' : type, zone);
  if (value instanceof Date) return cellOf(value.toISOString(), type, zone);
  if (typeof value === 'object') return { type: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value } : { type: 'empty' };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  const text = String(value);
  const wanted = type === 'auto' ? (DATE.test(text) ? 'date' : DATETIME.test(text) ? 'datetime' : 'text') : type;
  if (wanted === 'date' && DATE.test(text)) return { type: 'date', value: text };
  if (wanted === 'datetime' && DATETIME.test(text)) {
    const local = DateTime.fromISO(text, { setZone: false }).setZone(zone);
    if (local.isValid) return { type: 'datetime', value: local.toFormat("yyyy-MM-dd'T'HH:mm:ss") };
  }
  if (wanted === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return { type: 'number', value: Number(text) };
  return { type: 'text', value: text };
}

/**
 * A text that a spreadsheet program would run as a formula (`=`, `+`, `-`,
 * `@`, or a tab or carriage return before one) is written with a leading
 * apostrophe, as OWASP advises for CSV injection. Numbers are not text and
 * keep their sign.
 */
export function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV field under RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell as CSV text: dates as `YYYY-MM-DD`, date-times as `YYYY-MM-DD HH:mm:ss` (court wall time), which spreadsheet programs read as dates. */
export function csvText(cell: Cell): string {
  switch (cell.type) {
    case 'empty':
      return '';
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.value;
    case 'datetime':
      return cell.value.replace('T', ' ');
    case 'text':
      return csvField(defused(cell.value));
  }
}

export const csvLine = (fields: readonly string[]): string => `${fields.join(',')}\r\n`;

/** A date or date-time cell as the JavaScript Date exceljs writes: its UTC fields are the court's wall time, which is what the sheet shows. */
export function spreadsheetDate(cell: Extract<Cell, { type: 'date' | 'datetime' }>): Date {
  return new Date(`${cell.value.length === 10 ? `${cell.value}T00:00:00` : cell.value}Z`);
}
