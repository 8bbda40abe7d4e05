import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/hooks';
import { useSession } from '../../../auth/session';
import { Chart } from '../../../components/chart';
import { DataTable } from '../../../components/data-table';
import { ExportButtons } from '../../../components/export-buttons';
import { TextField } from '../../../components/fields';
import { ProblemBanner, QueryView, Loading } from '../../../components/problem';
import { formatDate, formatNumber, formatPercent } from '../../../i18n/format';
import { courtToday, lastWeeks } from '../period';
import type { Court, Period } from '../types';
import { type Fidelity, type FidelityLine, formatFigure, formatTarget, partLabel } from './fidelity-format';
import { VerdictBadge } from './verdict-badge';

/**
 * The fidelity dashboard: one row per practice the standards ask of the
 * court, its value from the data against its target with a verdict, a small
 * chart with the target drawn across it, and a link to the cases behind it.
 * The period is kept in the address, so the case list and back keep it.
 */
export function FidelityScreen() {
  const { t } = useTranslation('fidelity');
  const { court } = useSession();
  const details = useApiQuery<Court>(`/courts/${court.courtId}`);
  return (
    <>
      <h1>{t('title')}</h1>
      <QueryView query={details}>{(c) => <CourtFidelity key={court.courtId} courtId={court.courtId} court={c} />}</QueryView>
    </>
  );
}

function CourtFidelity({ courtId, court }: { courtId: string; court: Court }) {
  const { t } = useTranslation(['fidelity', 'measures']);
  const [params, setParams] = useSearchParams();
  const today = courtToday(court.timeZone);
  const fallback = lastWeeks(today);
  const period: Period = { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
  const [draft, setDraft] = useState<Period>(period);
  const fidelity = useApiQuery<Fidelity>(`/courts/${courtId}/measures/fidelity`, { ...period });
  const periodProblem = fidelity.error && fidelity.error.errors.some((f) => f.field === 'from' || f.field === 'to') ? fidelity.error : null;

  const show = (e: FormEvent) => {
    e.preventDefault();
    setParams({ from: draft.from, to: draft.to }, { replace: true });
  };
  const reset = () => {
    setDraft(fallback);
    setParams({ from: fallback.from, to: fallback.to }, { replace: true });
  };

  return (
    <>
      <p className="measures-note">{t('intro', { court: court.name })}</p>
      <form className="toolbar" onSubmit={show} aria-label={t('measures:period.label')}>
        <TextField type="date" label={t('measures:period.from')} name="from" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} problem={periodProblem} required />
        <TextField type="date" label={t('measures:period.to')} name="to" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} problem={periodProblem} required />
        <div className="actions">
          <button type="submit" className="primary">
            {t('measures:period.show')}
          </button>
          <button type="button" onClick={reset}>
            {t('measures:period.last12Weeks')}
          </button>
        </div>
      </form>
      <p className="measures-period" role="status" aria-live="polite">
        {t('measures:period.showing', { from: formatDate(period.from), to: formatDate(period.to) })}
      </p>
      <div className="measures-downloads">
        <ExportButtons path={`/courts/${courtId}/measures/fidelity`} query={{ ...period }} name="fidelity" label={t('title')} />
      </div>
      {fidelity.error ? (
        <ProblemBanner problem={fidelity.error} shownFields={['from', 'to']} />
      ) : fidelity.data === undefined ? (
        <Loading />
      ) : (
        <>
          <DataTable<FidelityLine>
            caption={t('summaryCaption')}
            rows={fidelity.data.lines}
            rowKey={(l) => l.key}
            columns={[
              { key: 'line', header: t('line'), render: (l) => <a href={`#fidelity-${l.key}`}>{t(`lines.${l.key}`)}</a> },
              { key: 'value', header: t('value'), render: (l) => formatFigure(t, l.unit, l.value) },
              { key: 'target', header: t('target'), render: (l) => formatTarget(t, l) },
              { key: 'verdict', header: t('verdict'), render: (l) => <VerdictBadge verdict={l.verdict} /> },
              { key: 'counted', header: t('counted'), render: (l) => formatNumber(l.count) },
            ]}
          />
          <ol className="fidelity-lines">
            {fidelity.data.lines.map((line) => (
              <FidelityLineRow key={line.key} line={line} period={period} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** One line: what it measures, its figure against the target, its chart (each phase when read by phase), its cases. */
function FidelityLineRow({ line, period }: { line: FidelityLine; period: Period }) {
  const { t } = useTranslation('fidelity');
  const name = t(`lines.${line.key}`);
  const parts = line.byPhase ?? [];
  // The axis and the figures table carry bare numbers (the unit is in the line's figure above): a unit on each tick would not fit.
  const format = (v: number) => (line.unit === 'share' ? formatPercent(v) : formatNumber(v, 2));
  const chartMax = line.unit === 'share' ? 1 : undefined;
  // The target as a line across the chart only where every bar shares it; otherwise each part's target is its own bar.
  const reference =
    line.target !== null && parts.every((p) => p.target === line.target) ? { value: line.target, label: t('targetLine', { target: formatTarget(t, line) }) } : undefined;
  const byProgram = parts.length > 0 && parts.every((p) => p.phasePosition === null);
  return (
    <li className="card fidelity-line" id={`fidelity-${line.key}`} aria-labelledby={`fidelity-${line.key}-name`}>
      <div className="fidelity-line-head">
        <h2 id={`fidelity-${line.key}-name`}>{name}</h2>
        <VerdictBadge verdict={line.verdict} />
      </div>
      <p className="measures-note">{t(`explain.${line.key}`)}</p>
      <p className="fidelity-figure">
        <strong>{formatFigure(t, line.unit, line.value)}</strong> · {t('target')}: {formatTarget(t, line)}
        {line.shareWithinTarget !== undefined && line.shareWithinTarget !== null && <> · {t('withinShare', { share: formatPercent(line.shareWithinTarget) })}</>}
      </p>
      {parts.length > 0 ? (
        <Chart
          title={t(byProgram ? 'byProgramCaption' : 'byPhaseCaption', { line: name })}
          labels={parts.map((p) => partLabel(t, p))}
          labelHeader={t('line')}
          series={[
            { name: t('valueSeries'), values: parts.map((p) => p.value) },
            { name: t('targetSeries'), values: parts.map((p) => p.target), style: 'hatched' },
          ]}
          max={chartMax}
          format={format}
          references={reference ? [reference] : []}
        />
      ) : (
        line.value !== null && (
          <Chart
            title={name}
            labels={[t('value')]}
            labelHeader={t('line')}
            series={[{ name: t('valueSeries'), values: [line.value] }]}
            max={chartMax}
            format={format}
            references={reference ? [reference] : []}
          />
        )
      )}
      <p>
        <Link to={`/measures/fidelity/${line.key}?from=${period.from}&to=${period.to}`}>{t('casesLink', { line: name })}</Link>
      </p>
    </li>
  );
}
