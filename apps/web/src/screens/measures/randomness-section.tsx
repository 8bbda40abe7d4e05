import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { TableWrap } from '../../components/table-wrap';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { MeasureSection } from './measure-section';

type RandomnessCheckRun = components['schemas']['RandomnessCheckRunDto'];

/**
 * The worker's monthly self-check of the draw, as kept: a month whose
 * weekday spread or weekend/holiday share is beyond chance fails, and the
 * staff alert it raises links here. Not tied to the period above: each
 * month is checked once it is over.
 */
export function RandomnessSection({ courtId, timeZone }: { courtId: string; timeZone: string }) {
  const { t } = useTranslation('measures');
  const runs = useApiQuery<RandomnessCheckRun[]>(`/courts/${courtId}/randomness-check/runs`);
  return (
    <MeasureSection id="randomness" heading={t('randomness.heading')} intro={t('randomness.intro')} query={runs}>
      {(list) =>
        list.length === 0 ? (
          <p className="notice">{t('randomness.none')}</p>
        ) : (
          <TableWrap label={t('randomness.caption')}>
            <table>
              <caption>{t('randomness.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('randomness.month')}</th>
                  <th scope="col">{t('randomness.verdict')}</th>
                  <th scope="col">{t('randomness.records')}</th>
                  <th scope="col">{t('randomness.weekdayP')}</th>
                  <th scope="col">{t('randomness.weekendZ')}</th>
                  <th scope="col">{t('randomness.checkedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((run) => (
                  <tr key={run.month}>
                    <th scope="row">{run.month}</th>
                    <td>
                      <span className={run.passed ? 'badge badge-ok' : 'badge badge-bad'}>{t(run.passed ? 'randomness.passed' : 'randomness.failed')}</span>
                    </td>
                    <td>{formatNumber(run.records)}</td>
                    <td>{run.weekdayPValue === null ? '—' : formatNumber(run.weekdayPValue, 3)}</td>
                    <td>{run.weekendZ === null ? '—' : formatNumber(run.weekendZ, 2)}</td>
                    <td>{formatDateTime(run.checkedAt, timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )
      }
    </MeasureSection>
  );
}
