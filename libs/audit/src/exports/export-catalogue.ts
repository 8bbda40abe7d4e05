import type { Language } from '@app/core';
import en from './i18n/en.json';
import es from './i18n/es.json';
import pt from './i18n/pt.json';

/** Column headers and sheet names of exports, in each language: the header row a reader gets in their own. */
export interface ExportCatalogue {
  columns: Record<string, string>;
  sheets: Record<string, string>;
}

export const EXPORT_CATALOGUES: Readonly<Record<Language, ExportCatalogue>> = { en, es, pt };

/** The header of a column in the reader's language; English, then the key, where a catalogue lacks it (a unit test keeps them complete). */
export const columnHeader = (language: Language, label: string): string =>
  EXPORT_CATALOGUES[language].columns[label] ?? EXPORT_CATALOGUES.en.columns[label] ?? label;

/** A sheet's name, within the 31 characters and the characters a workbook allows. */
export const sheetName = (language: Language, name: string): string =>
  (EXPORT_CATALOGUES[language].sheets[name] ?? EXPORT_CATALOGUES.en.sheets[name] ?? name).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
