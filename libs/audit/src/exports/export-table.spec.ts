import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@app/core';
import { EXPORT_CATALOGUES } from './export-catalogue';
import type { ExportSpec } from './export-spec';
import { cellOf, columnOf, csvLine, csvText, defused, spreadsheetDate } from './export-table';

describe('export cells', () => {
  it('writes an instant in the court’s wall time, across a daylight-saving change', () => {
    expect(cellOf('2026-11-23T18:00:00.000Z', 'auto', 'America/Chicago')).toEqual({ type: 'datetime', value: '2026-11-23T12:00:00' });
    expect(cellOf('2026-07-01T18:00:00Z', 'auto', 'America/Chicago')).toEqual({ type: 'datetime', value: '2026-07-01T13:00:00' });
  });

  it('keeps a calendar date as the court’s date, and a spreadsheet shows it as that day', () => {
    const cell = cellOf('2026-03-08', 'auto', 'Pacific/Honolulu');
    expect(cell).toEqual({ type: 'date', value: '2026-03-08' });
    expect(spreadsheetDate(cell as { type: 'date'; value: string }).toISOString()).toBe('2026-03-08T00:00:00.000Z');
  });

  it('types numbers and booleans as such, and leaves a text that looks like a date as text when the column says so', () => {
    expect(cellOf(0.75, 'auto', 'UTC')).toEqual({ type: 'number', value: 0.75 });
    expect(cellOf(false, 'auto', 'UTC')).toEqual({ type: 'boolean', value: false });
    expect(cellOf('2026-11-23', 'text', 'UTC')).toEqual({ type: 'text', value: '2026-11-23' });
    expect(cellOf(null, 'auto', 'UTC')).toEqual({ type: 'empty' });
    expect(cellOf({ nested: 1 }, 'auto', 'UTC')).toEqual({ type: 'empty' });
    expect(cellOf(['a', 'b'], 'auto', 'UTC')).toEqual({ type: 'text', value: 'a, b' });
  });

  it('defuses a text a spreadsheet would run as a formula, and never a number', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(defused(text).startsWith("'")).toBe(true);
    expect(defused('O’Brien')).toBe('O’Brien');
    expect(csvText(cellOf(-3, 'auto', 'UTC'))).toBe('-3');
    expect(csvText(cellOf('=1+1', 'auto', 'UTC'))).toBe("'=1+1");
  });

  it('quotes fields as RFC 4180 says and ends lines with CRLF', () => {
    expect(csvText({ type: 'text', value: 'Smith, "Jr"' })).toBe('"Smith, ""Jr"""');
    expect(csvText({ type: 'text', value: 'two\nlines' })).toBe('"two\nlines"');
    expect(csvLine(['a', 'b'])).toBe('a,b\r\n');
    expect(csvText({ type: 'datetime', value: '2026-11-23T12:00:00' })).toBe('2026-11-23 12:00:00');
  });
});

/** Every `*.export.ts` under libs/: the specs routes declare. */
async function exportSpecs(): Promise<ExportSpec[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.export.ts')) files.push(path);
    }
  };
  walk(join(__dirname, '../../../'));
  const modules = (await Promise.all(files.map((file) => import(file)))) as Array<Record<string, ExportSpec>>;
  return modules.flatMap((module) => Object.values(module));
}

describe('export headers', () => {
  let specs: ExportSpec[];
  beforeAll(async () => {
    specs = await exportSpecs();
  });

  it('finds the declared exports', () => {
    expect(specs.map((s) => s.name).sort()).toEqual(
      expect.arrayContaining(['audit-log', 'caseload', 'deadlines', 'phases', 'readiness', 'swiftness', 'testing-board', 'testing-fidelity']),
    );
  });

  it.each([...LANGUAGES])('has every column header and sheet name in %s', (language) => {
    const missing = specs.flatMap((spec) =>
      spec.sheets.flatMap((sheet) => [
        ...(EXPORT_CATALOGUES[language].sheets[sheet.name] ? [] : [`sheets.${sheet.name}`]),
        ...sheet.columns.map(columnOf).flatMap((c) => (EXPORT_CATALOGUES[language].columns[c.label ?? c.key] ? [] : [`columns.${c.label ?? c.key}`])),
      ]),
    );
    expect(missing).toEqual([]);
  });
});
