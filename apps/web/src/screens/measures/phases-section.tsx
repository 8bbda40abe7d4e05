import { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { Chart } from '../../components/chart';
import { Column, DataTable } from '../../components/data-table';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { KeyFigure } from './key-figure';
import { phaseLabel, phaseShortLabel } from './labels';
import { MeasureSection } from './measure-section';
import { shortMonth } from './period';
import type { PhaseFigures, PhaseMeasures } from './types';

/** Phase progress and outcomes: who is in which phase, moves and exits per month, graduation rate, time in each phase. */
export function PhasesSection({ query }: { query: UseQueryResult<PhaseMeasures, ApiProblem> }) {
  const { t } = useTranslation('measures');
  return (
    <MeasureSection id="phases" heading={t('phases.heading')} intro={t('phases.intro')} query={query}>
      {({ totals, months, phases, asOf }) => {
        const monthLabels = months.map((m) => shortMonth(m.month));
        return (
          <>
            <div className="grid">
              <KeyFigure
                label={t('phases.graduationRate')}
                value={formatPercent(totals.graduationRate)}
                detail={
                  totals.left === 0
                    ? t('phases.nobodyLeft')
                    : t('phases.graduationDetail', {
                        graduations: formatNumber(totals.graduations),
                        count: totals.left,
                        terminations: formatNumber(totals.terminations),
                        withdrawals: formatNumber(totals.withdrawals),
                        transfers: formatNumber(totals.transfers),
                      })
                }
              />
              <KeyFigure label={t('phases.inProgram')} value={formatNumber(totals.inProgramNow)} detail={t('phases.asOf', { date: formatDate(asOf) })} />
              <KeyFigure
                label={t('phases.promotions')}
                value={formatNumber(totals.promotions)}
                detail={t('phases.demotionsDetail', { count: totals.demotions })}
              />
              <KeyFigure
                label={t('phases.graduations')}
                value={formatNumber(totals.graduations)}
                detail={t('phases.terminationsDetail', { count: totals.terminations })}
              />
            </div>
            <div className="measures-charts">
              {phases.length > 0 && (
                <Chart
                  title={t('phases.nowChart', { date: formatDate(asOf) })}
                  labels={phases.map((p) => phaseShortLabel(t, p.programCode, p.phasePosition))}
                  labelHeader={t('labelHeaders.phase')}
                  series={[{ name: t('phases.nowSeries'), values: phases.map((p) => p.participantsNow) }]}
                  format={(v) => formatNumber(v, 1)}
                />
              )}
              {phases.length > 0 && (
                <Chart
                  title={t('phases.daysChart')}
                  labels={phases.map((p) => phaseShortLabel(t, p.programCode, p.phasePosition))}
                  labelHeader={t('labelHeaders.phase')}
                  series={[
                    { name: t('phases.daysCompletedSeries'), values: phases.map((p) => p.medianDaysInPhase) },
                    { name: t('phases.daysSoFarSeries'), values: phases.map((p) => p.medianDaysSoFar), style: 'hatched' },
                  ]}
                  format={(v) => formatNumber(v, 1)}
                />
              )}
              <Chart
                title={t('phases.movesChart')}
                labels={monthLabels}
                  labelHeader={t('labelHeaders.month')}
                series={[
                  { name: t('phases.promotionsSeries'), values: months.map((m) => m.promotions) },
                  { name: t('phases.demotionsSeries'), values: months.map((m) => m.demotions), style: 'hatched' },
                ]}
                format={(v) => formatNumber(v, 1)}
              />
              <Chart
                title={t('phases.exitsChart')}
                labels={monthLabels}
                  labelHeader={t('labelHeaders.month')}
                series={[
                  { name: t('phases.graduationsSeries'), values: months.map((m) => m.graduations) },
                  { name: t('phases.terminationsSeries'), values: months.map((m) => m.terminations), style: 'hatched' },
                ]}
                format={(v) => formatNumber(v, 1)}
              />
            </div>
            {phases.length > 0 && <PhaseTable rows={phases} />}
          </>
        );
      }}
    </MeasureSection>
  );
}

function PhaseTable({ rows }: { rows: PhaseFigures[] }) {
  const { t } = useTranslation('measures');
  const num = (value: (r: PhaseFigures) => number | null, digits = 0): Pick<Column<PhaseFigures>, 'render' | 'sortValue' | 'className'> => ({
    render: (r) => formatNumber(value(r), digits),
    sortValue: value,
    className: 'num',
  });
  const columns: Column<PhaseFigures>[] = [
    { key: 'program', header: t('table.program'), render: (r) => r.programName, sortValue: (r) => r.programName },
    { key: 'phase', header: t('table.phase'), render: (r) => phaseLabel(t, r.phasePosition, r.phaseName), sortValue: (r) => r.phasePosition },
    { key: 'now', header: t('table.now'), ...num((r) => r.participantsNow) },
    { key: 'soFar', header: t('table.daysSoFar'), ...num((r) => r.medianDaysSoFar, 1) },
    { key: 'stays', header: t('table.completedStays'), ...num((r) => r.completedStays) },
    { key: 'days', header: t('table.daysInPhase'), ...num((r) => r.medianDaysInPhase, 1) },
    { key: 'promoted', header: t('table.promoted'), ...num((r) => r.promotedOut) },
    { key: 'demoted', header: t('table.demoted'), ...num((r) => r.demotedOut) },
  ];
  return <DataTable caption={t('phases.tableCaption')} columns={columns} rows={rows} rowKey={(r) => `${r.programId}-${r.phasePosition}`} />;
}
