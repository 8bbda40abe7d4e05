import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { ProblemBanner } from './problem';
import './export-buttons.css';

const FORMATS = {
  csv: { accept: 'text/csv', extension: 'csv' },
  xlsx: { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
} as const;
type Format = keyof typeof FORMATS;

type Query = Record<string, string | number | boolean | undefined | null>;

/** Hands a downloaded file to the browser under its name, as a link to it would. */
export function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "CSV" and "XLSX" for a list or a measure: the same read as the screen's,
 * with the same filters, as a file in the reader's language (the API's
 * `@Exportable` routes). One small component, so any list can place it.
 */
export function ExportButtons({ path, query, name, label }: { path: string; query?: Query; name: string; label?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const download = async (format: Format) => {
    setBusy(format);
    setProblem(null);
    try {
      const blob = await api.file(path, query, FORMATS[format].accept);
      save(blob, `${name}-${new Date().toISOString().slice(0, 10)}.${FORMATS[format].extension}`);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, { title: String(error) }));
    } finally {
      setBusy(null);
    }
  };
  const caption = label ? t('export.downloadWhat', { what: label }) : t('export.download');
  return (
    <div className="export-buttons" role="group" aria-label={caption}>
      <span className="export-label" aria-hidden="true">
        {caption}
      </span>
      {(Object.keys(FORMATS) as Format[]).map((format) => (
        <button key={format} type="button" disabled={busy !== null} aria-busy={busy === format} onClick={() => void download(format)}>
          {t(`export.${format}`)}
        </button>
      ))}
      <ProblemBanner problem={problem} />
    </div>
  );
}
