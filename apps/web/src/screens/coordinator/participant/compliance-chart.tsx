import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart';
import { formatNumber, formatShortDay } from '../../../i18n/format';
import { courtDayOf } from '../shared';
import { weeklyCompliance } from './compliance';
import type { ParticipantRecords } from './records';

/**
 * Compliance over time, per week: tests (negative against positive or
 * missed), violations, and incentives against sanctions, each chart with
 * its figures table. Records the reader may not see are left out, and said so.
 */
export function ComplianceChart({
  records,
  enrolledOn,
  today,
  timeZone,
}: {
  records: ParticipantRecords;
  enrolledOn: string | null;
  today: string;
  timeZone?: string;
}) {
  const { t } = useTranslation('coordinator');
  const { tests, violations, responses } = records;
  if (tests.isPending || violations.isPending || responses.isPending) return null;
  const weekly = weeklyCompliance({
    from: enrolledOn,
    today,
    collections: tests.data?.collections ?? [],
    missedTests: tests.data?.missedTests ?? [],
    violations: (violations.data ?? []).map((violation) => ({ violation, courtDay: courtDayOf(violation.detectedAt, timeZone) })),
    responses: responses.data?.items ?? [],
  });
  const labels = weekly.weeks.map((w) => t('compliance.weekOf', { date: formatShortDay(w) }));
  const ratio = responses.data?.ratio;
  return (
    <section aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">{t('compliance.title')}</h2>
      <p className="hint">{t('compliance.intro', { count: weekly.weeks.length })}</p>
      {(tests.error || violations.error || responses.error) && <p className="notice-muted">{t('compliance.partial')}</p>}
      {ratio && (
        <p>
          {t('compliance.ratio', {
            incentives: formatNumber(ratio.incentives),
            sanctions: formatNumber(ratio.sanctions),
            ratio: ratio.incentivesPerSanction === null ? '—' : formatNumber(ratio.incentivesPerSanction, 1),
          })}
        </p>
      )}
      <div className="compliance-charts">
        {tests.data && (
          <Chart
            title={t('compliance.testsChart')}
            labels={labels}
            series={[
              { name: t('compliance.negativeTests'), values: weekly.negativeTests, style: 'solid' },
              { name: t('compliance.positiveOrMissedTests'), values: weekly.positiveOrMissedTests, style: 'hatched' },
            ]}
          />
        )}
        {violations.data && (
          <Chart title={t('compliance.violationsChart')} labels={labels} series={[{ name: t('compliance.violations'), values: weekly.violations, style: 'solid' }]} />
        )}
        {responses.data && (
          <Chart
            title={t('compliance.responsesChart')}
            labels={labels}
            series={[
              { name: t('compliance.incentives'), values: weekly.incentives, style: 'solid' },
              { name: t('compliance.sanctions'), values: weekly.sanctions, style: 'hatched' },
            ]}
          />
        )}
      </div>
    </section>
  );
}
