import { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { Chart } from '../../components/chart';
import { Column, DataTable } from '../../components/data-table';
import { formatNumber, formatPercent } from '../../i18n/format';
import { KeyFigure } from './key-figure';
import { phaseLabel, phaseShortLabel } from './labels';
import { MeasureSection } from './measure-section';
import { shortDay } from './period';
import type { TestingFidelity, TestingPhase } from './types';

/** Two days of seven: the share of tests on weekends if testing ignored the day of the week (weekends must not be safe). */
const WEEKEND_DAYS = 2;

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Random testing as ordered against as done: per participant per week, by week and by phase, and on weekends. */
export function TestingFidelitySection({ query }: { query: UseQueryResult<TestingFidelity, ApiProblem> }) {
  const { t } = useTranslation('measures');
  return (
    <MeasureSection id="testing" heading={t('testing.heading')} intro={t('testing.intro')} query={query}>
      {(data) => {
        const { all, weeks, byPhase } = data;
        if (all.participantDays === 0 && all.collected === 0) return <p className="notice">{t('testing.none')}</p>;
        const weekLabels = weeks.map((w) => shortDay(w.weekStart));
        const phaseLabels = byPhase.map((p) => phaseShortLabel(t, p.programCode, p.phasePosition));
        return (
          <>
            <div className="grid">
              <KeyFigure
                label={t('testing.ordered')}
                value={formatNumber(all.orderedPerParticipantWeek, 1)}
                detail={t('testing.orderedDetail', { expected: formatNumber(all.expectedPerParticipantWeek, 1) })}
              />
              <KeyFigure
                label={t('testing.collected')}
                value={formatNumber(all.collectedPerParticipantWeek, 1)}
                detail={t('testing.collectedDetail', { count: all.collected, participants: formatNumber(all.participants) })}
              />
              <KeyFigure
                label={t('testing.share')}
                value={formatPercent(all.shareOrderedCollected)}
                detail={t('testing.shareDetail', {
                  done: formatNumber(all.orderedCollected),
                  count: all.ordered,
                  drawn: formatNumber(all.drawn),
                  excused: formatNumber(all.excused),
                  forced: formatNumber(all.forced),
                })}
              />
              <KeyFigure
                label={t('testing.weekend')}
                value={formatPercent(all.weekendShareOfCollected)}
                detail={t('testing.weekendDetail', { calendar: formatPercent(data.weekendDayShare), ordered: formatPercent(all.weekendShareOfOrdered) })}
              />
            </div>
            {all.participantDaysUnderOrder > 0 && (
              <p className="measures-note">
                {t('testing.underOrder', { count: all.drawnUnderOrder, days: formatNumber(all.participantDaysUnderOrder) })}
              </p>
            )}
            <div className="measures-charts">
              <Chart
                title={t('testing.weeklyChart')}
                labels={weekLabels}
                  labelHeader={t('labelHeaders.week')}
                series={[
                  { name: t('testing.orderedSeries'), values: weeks.map((w) => w.orderedPerParticipantWeek) },
                  { name: t('testing.collectedSeries'), values: weeks.map((w) => w.collectedPerParticipantWeek), style: 'hatched' },
                ]}
                format={(v) => formatNumber(v, 2)}
              />
              <Chart
                title={t('testing.weekendChart')}
                kind="line"
                labels={weekLabels}
                  labelHeader={t('labelHeaders.week')}
                series={[
                  { name: t('testing.weekendSeries'), values: weeks.map((w) => percent(w.weekendShareOfCollected)) },
                  { name: t('testing.calendarSeries'), values: weeks.map(() => percent(data.weekendDayShare)), style: 'dotted' },
                ]}
                max={100}
                format={(v) => formatPercent(v / 100)}
                references={[{ value: (WEEKEND_DAYS / 7) * 100, label: t('testing.weekendReference', { share: formatPercent(WEEKEND_DAYS / 7) }) }]}
              />
              {byPhase.length > 0 && (
                <Chart
                  title={t('testing.phaseChart')}
                  labels={phaseLabels}
                  labelHeader={t('labelHeaders.phase')}
                  series={[
                    { name: t('testing.orderedSeries'), values: byPhase.map((p) => p.orderedPerParticipantWeek) },
                    { name: t('testing.collectedSeries'), values: byPhase.map((p) => p.collectedPerParticipantWeek), style: 'hatched' },
                  ]}
                  format={(v) => formatNumber(v, 2)}
                />
              )}
            </div>
            {byPhase.length > 0 && <TestingByPhaseTable rows={byPhase} />}
          </>
        );
      }}
    </MeasureSection>
  );
}

function TestingByPhaseTable({ rows }: { rows: TestingPhase[] }) {
  const { t } = useTranslation('measures');
  const num = (value: (r: TestingPhase) => number | null, digits = 0): Pick<Column<TestingPhase>, 'render' | 'sortValue' | 'className'> => ({
    render: (r) => formatNumber(value(r), digits),
    sortValue: value,
    className: 'num',
  });
  const columns: Column<TestingPhase>[] = [
    { key: 'program', header: t('table.program'), render: (r) => r.programName ?? '—', sortValue: (r) => r.programName },
    { key: 'phase', header: t('table.phase'), render: (r) => phaseLabel(t, r.phasePosition, r.phaseName), sortValue: (r) => r.phasePosition },
    { key: 'participants', header: t('table.participants'), ...num((r) => r.participants) },
    { key: 'weeks', header: t('table.participantWeeks'), ...num((r) => r.participantDays / 7, 1) },
    { key: 'planned', header: t('table.planned'), ...num((r) => r.plannedTestsPerWeek, 1) },
    { key: 'expected', header: t('table.expected'), ...num((r) => r.expectedPerParticipantWeek, 2) },
    { key: 'ordered', header: t('table.ordered'), ...num((r) => r.orderedPerParticipantWeek, 2) },
    { key: 'collected', header: t('table.collected'), ...num((r) => r.collectedPerParticipantWeek, 2) },
    { key: 'share', header: t('table.orderedCollected'), render: (r) => formatPercent(r.shareOrderedCollected), sortValue: (r) => r.shareOrderedCollected, className: 'num' },
    { key: 'weekend', header: t('table.weekendShare'), render: (r) => formatPercent(r.weekendShareOfCollected), sortValue: (r) => r.weekendShareOfCollected, className: 'num' },
  ];
  return <DataTable caption={t('testing.tableCaption')} columns={columns} rows={rows} rowKey={(r) => `${r.programId ?? 'none'}-${r.phasePosition ?? ''}`} />;
}
