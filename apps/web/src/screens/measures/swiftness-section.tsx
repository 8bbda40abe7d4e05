import { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { Chart } from '../../components/chart';
import { formatNumber, formatPercent } from '../../i18n/format';
import { KeyFigure } from './key-figure';
import { kindLabel } from './labels';
import { MeasureSection } from './measure-section';
import type { Swiftness } from './types';

/** The court's answer to a violation is due within this many hours (the 72-hour clock); the hours chart draws it. */
const RESPONSE_DEADLINE_HOURS = 72;

/**
 * The headline measure: violations brought before the judge and answered
 * within 72 hours, how fast the hearing and the response each came,
 * responses without a hearing, and the dismissed as their own line.
 */
export function SwiftnessSection({ query }: { query: UseQueryResult<Swiftness, ApiProblem> }) {
  const { t } = useTranslation('measures');
  const hours = (v: number) => t('unit.hours', { value: formatNumber(v, 1) });
  return (
    <MeasureSection id="swiftness" heading={t('swiftness.heading')} intro={t('swiftness.intro')} query={query}>
      {({ all, byKind }) => {
        const counted = all.violations - all.dismissed;
        if (all.violations === 0) return <p className="notice">{t('swiftness.none')}</p>;
        const labels = byKind.map((k) => kindLabel(t, k.kind));
        return (
          <>
            <div className="grid">
              <KeyFigure
                label={t('swiftness.share')}
                value={formatPercent(all.shareAnsweredInTime)}
                detail={t('swiftness.shareDetail', { answered: formatNumber(all.answeredInTime), count: counted, dismissed: formatNumber(all.dismissed) })}
              />
              <KeyFigure
                label={t('swiftness.median')}
                value={all.medianHoursToResponse === null ? '—' : hours(all.medianHoursToResponse)}
                detail={all.p90HoursToResponse === null ? t('swiftness.noneAnswered') : t('swiftness.p90Detail', { hours: formatNumber(all.p90HoursToResponse, 1) })}
              />
              <KeyFigure
                label={t('swiftness.medianHearing')}
                value={all.medianHoursToHearing === null ? '—' : hours(all.medianHoursToHearing)}
                detail={all.medianHoursToHearing === null ? t('swiftness.noneHeard') : t('swiftness.hearingDetail', { count: all.heardInTime })}
              />
              <KeyFigure label={t('swiftness.withoutHearing')} value={formatNumber(all.respondedWithoutHearing)} detail={t('swiftness.withoutHearingDetail')} />
              <KeyFigure label={t('swiftness.overdue')} value={formatNumber(all.overdue)} detail={t('swiftness.overdueDetail', { count: all.overdue })} />
              <KeyFigure
                label={t('swiftness.dismissed')}
                value={formatNumber(all.dismissed)}
                detail={t('swiftness.dismissedDetail', { share: formatPercent(all.shareDismissed), overdue: formatNumber(all.dismissedWhileOverdue) })}
              />
              <KeyFigure label={t('swiftness.violations')} value={formatNumber(all.violations)} detail={t('swiftness.violationsDetail', { count: byKind.length })} />
            </div>
            <div className="measures-charts">
              <Chart
                title={t('swiftness.shareChart')}
                labels={labels}
                  labelHeader={t('labelHeaders.kind')}
                series={[{ name: t('swiftness.shareSeries'), values: byKind.map((k) => (k.shareAnsweredInTime === null ? null : k.shareAnsweredInTime * 100)) }]}
                max={100}
                format={(v) => formatPercent(v / 100)}
              />
              <Chart
                title={t('swiftness.hoursChart')}
                labels={labels}
                  labelHeader={t('labelHeaders.kind')}
                series={[
                  { name: t('swiftness.medianSeries'), values: byKind.map((k) => k.medianHoursToResponse) },
                  { name: t('swiftness.p90Series'), values: byKind.map((k) => k.p90HoursToResponse), style: 'hatched' },
                ]}
                format={(v) => formatNumber(v, 1)}
                references={[{ value: RESPONSE_DEADLINE_HOURS, label: t('swiftness.deadlineLine') }]}
              />
            </div>
          </>
        );
      }}
    </MeasureSection>
  );
}
